// Here-documents: RUN scripts with and without an interpreter, inside mount
// and env scopes, COPY of inline files, the delimiter kept out of the body,
// the frontends that do not read heredocs, and the body checked by /bin/sh.
#include <cstdio>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/describe.hpp>
#include <ctdf/to_string.hpp>

namespace heredoc_test {

using ctdf_test::error_of;

inline constexpr auto scripts = ctdf::stage<"s">("debian:12")(
    ctdf::run(ctdf::script("set -e", "apt-get update", "", "# kept: not a Dockerfile comment", "make")),
    ctdf::run(ctdf::script(ctdf::interpreter("python3"), "print('$HOME')")),
    ctdf::run(ctdf::script(ctdf::interpreter("bash", "-ex"), "echo \"$0\" <<x")),
    ctdf::run(ctdf::script("#!/usr/bin/env python3", "print(1)")));

inline constexpr auto scoped = ctdf::stage<"m">("debian:12")(
    ctdf::cache("/root/.cache", ctdf::locked)(ctdf::secret("token")(ctdf::run(ctdf::script("make")))),
    ctdf::with_env({{"A", "1 2"}})(ctdf::cache("/c")(ctdf::run({{"CC", "clang"}}, ctdf::script("make")))),
    ctdf::with_env({{"A", "x"}, {"N", ctdf::none}})(
        ctdf::bind(".", "/src")(ctdf::run({{"CC", "clang"}}, ctdf::script(ctdf::interpreter("sh"), "make")))));

inline constexpr auto files = ctdf::stage<"f">("debian:12")(
    ctdf::arg("DIR", "/etc"),
    ctdf::copy(ctdf::inline_file("[app]", "home=$HOME", "", "path=C:\\x"), "/etc/app.conf"),
    ctdf::copy(ctdf::inline_file("#!/bin/sh", "exec app"), "/usr/local/bin/run", ctdf::chmod("0755"),
               ctdf::chown("1000:1000")),
    ctdf::copy(ctdf::inline_file("a"), "/etc/a", ctdf::link, ctdf::chmod("0600")),
    ctdf::copy(ctdf::inline_file(), "/etc/empty"),
    ctdf::copy(ctdf::inline_file("x"), ctdf::expand("${DIR}/x.conf")));

inline constexpr auto collide = ctdf::stage<"c">("img")(
    ctdf::run(ctdf::script("cat <<EOF", "inner", "EOF")),
    ctdf::run(ctdf::script("EOF", "EOF1", "EOF3", " EOF2", "EOF2 ")),
    ctdf::copy(ctdf::inline_file("EOF", "EOF1", "EOF2", "EOF3", "EOF4", "EOF5", "EOF6", "EOF7", "EOF8"), "/f"));

inline constexpr auto triggers = ctdf::stage<"o">("img")(
    ctdf::onbuild(ctdf::run(ctdf::script("make"))), ctdf::onbuild(ctdf::copy(ctdf::inline_file("a"), "/a")));

inline constexpr auto v1_4 = ctdf::dockerfile<files>(ctdf::target(ctdf::dockerfile_1_4));

}  // namespace heredoc_test

using namespace heredoc_test;

TEST_CASE("heredoc: RUN scripts, with the default shell, an interpreter, a shebang", "[heredoc]") {
    STATIC_REQUIRE(ctdf::render<scripts>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS s\n"
                   "RUN <<EOF\nset -e\napt-get update\n\n# kept: not a Dockerfile comment\nmake\nEOF\n"
                   "RUN <<'EOF' python3\nprint('$HOME')\nEOF\n"
                   "RUN <<'EOF' bash -ex\necho \"$0\" <<x\nEOF\n"
                   "RUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n");
    CHECK(ctdf::to_string(scripts) == ctdf::render<scripts>.view());
}

TEST_CASE("heredoc: mounts and variables around a script RUN", "[heredoc]") {
    STATIC_REQUIRE(ctdf::render<scoped>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS m\n"
                   "RUN --mount=type=cache,target=/root/.cache,sharing=locked --mount=type=secret,id=token \\\n"
                   "  <<EOF\nmake\nEOF\n"
                   "RUN --mount=type=cache,target=/c \\\n"
                   "  <<EOF\nexport A='1 2' CC=clang\nmake\nEOF\n"
                   "RUN --mount=type=bind,source=.,target=/src \\\n"
                   "  A=x CC=clang <<'EOF' sh\nmake\nEOF\n");
    CHECK(ctdf::to_string(scoped) == ctdf::render<scoped>.view());
}

TEST_CASE("heredoc: COPY of inline files, quoted, with COPY's flags", "[heredoc]") {
    STATIC_REQUIRE(ctdf::render<files>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS f\n"
                   "ARG DIR=/etc\n"
                   "COPY <<'EOF' /etc/app.conf\n[app]\nhome=$HOME\n\npath=C:\\x\nEOF\n"
                   "COPY --chmod=0755 --chown=1000:1000 <<'EOF' /usr/local/bin/run\n#!/bin/sh\nexec app\nEOF\n"
                   "COPY --link --chmod=0600 <<'EOF' /etc/a\na\nEOF\n"
                   "COPY <<'EOF' /etc/empty\nEOF\n"
                   "COPY <<'EOF' ${DIR}/x.conf\nx\nEOF\n");
    CHECK(ctdf::to_string(files) == ctdf::render<files>.view());
}

TEST_CASE("heredoc: ONBUILD holds a heredoc RUN or COPY", "[heredoc]") {
    STATIC_REQUIRE(ctdf::render<triggers>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS o\n"
                   "ONBUILD RUN <<EOF\nmake\nEOF\n"
                   "ONBUILD COPY <<'EOF' /a\na\nEOF\n");
    CHECK(ctdf::to_string(triggers) == ctdf::render<triggers>.view());
}

TEST_CASE("heredoc: the delimiter is never a line of the body", "[heredoc]") {
    STATIC_REQUIRE(ctdf::render<collide>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS c\n"
                   "RUN <<EOF1\ncat <<EOF\ninner\nEOF\nEOF1\n"
                   "RUN <<EOF2\nEOF\nEOF1\nEOF3\n EOF2\nEOF2 \nEOF2\n"
                   "COPY <<'EOF9' /f\nEOF\nEOF1\nEOF2\nEOF3\nEOF4\nEOF5\nEOF6\nEOF7\nEOF8\nEOF9\n");
    const std::string all = error_of([] {
        (void)ctdf::script(ctdf::dynamic("EOF"), "EOF1", "EOF2", "EOF3", "EOF4", "EOF5", "EOF6", "EOF7", "EOF8",
                           "EOF9");
    });
    CHECK(all.find("every heredoc delimiter, EOF and EOF1 to EOF9, is a line of the body") != std::string::npos);
}

TEST_CASE("heredoc: what a heredoc RUN or COPY cannot hold is refused", "[heredoc]") {
    CHECK(error_of([] { (void)ctdf::run(ctdf::script(ctdf::dynamic("make")), "make install"); })
              .find("a RUN with a script holds that script alone") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::run(ctdf::apt_install("curl"), ctdf::script(ctdf::dynamic("make"))); })
              .find("holds that script alone") != std::string::npos);
    CHECK(error_of([] {
              (void)ctdf::with_env({{"A", "1"}})(ctdf::run(ctdf::script(ctdf::dynamic("#!/bin/python3"), "x")));
          }).find("a script starting with #! takes no variables") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::run({{"A", "1"}}, ctdf::script(ctdf::dynamic("#!/bin/python3"), "x")); })
              .find("a script starting with #! takes no variables") != std::string::npos);
    // A variable whose value is none sets nothing, so nothing goes before #!.
    CHECK_NOTHROW(ctdf::run({{"A", ctdf::none}}, ctdf::script(ctdf::dynamic("#!/bin/python3"), "x")));
    for (const char* dst : {"/etc/", "/my file", "\"/q\"", "<<x"})
        CHECK(error_of([&] { (void)ctdf::copy(ctdf::inline_file("a"), ctdf::dynamic(dst)); })
                  .find("an inline file's destination must be a file path") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::inline_file("a", ctdf::expand(ctdf::dynamic("$X"))); })
              .find("expand() would not expand") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::interpreter(ctdf::expand(ctdf::dynamic("x<<y"))); })
              .find("interpreter word") != std::string::npos);
    // expand() itself refuses a final backslash, before interpreter sees it.
    CHECK(error_of([] { (void)ctdf::interpreter(ctdf::expand(ctdf::dynamic("x\\"))); })
              .find("joining the next line") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::script(ctdf::dynamic("a\nb")); }).find("line break") != std::string::npos);
}

TEST_CASE("heredoc: docker/dockerfile 1.4 reads heredocs; older targets are refused", "[heredoc][frontend]") {
    STATIC_REQUIRE(ctdf::render<v1_4>.view().starts_with("# syntax=docker/dockerfile:1.4\n"));
    for (const ctdf::frontend& f : {ctdf::buildah_1_28, ctdf::docker_20_10, ctdf::dockerfile_1_2}) {
        const std::string copy = error_of([&] { (void)ctdf::dockerfile<files>(ctdf::target(f)); });
        CHECK(copy.find("heredocs (RUN <<EOF, COPY <<EOF) need docker/dockerfile:1.4") != std::string::npos);
        CHECK(copy.find(f.name) != std::string::npos);
        const std::string run = error_of([&] { (void)ctdf::dockerfile<scripts>(ctdf::target(f)); });
        CHECK(run.find("need docker/dockerfile:1.4") != std::string::npos);
    }
    CHECK_NOTHROW(ctdf::dockerfile<scripts>(ctdf::target(ctdf::dockerfile_1_4)));
}

TEST_CASE("heredoc: the description names each heredoc and its body", "[heredoc]") {
    const std::string json = ctdf::to_json(scoped);
    CHECK(json.find("{\"keyword\": \"RUN\", \"flags\": [[\"mount\", \"type=cache,target=/c\"]], \"shell\": \"<<EOF\", "
                    "\"heredocs\": [{\"name\": \"EOF\", \"expand\": true, \"content\": \"export A='1 2' "
                    "CC=clang\\nmake\\n\"}]}") != std::string::npos);
    CHECK(json.find("\"shell\": \"A=x CC=clang <<'EOF' sh\", \"heredocs\": [{\"name\": \"EOF\", \"expand\": false, "
                    "\"content\": \"make\\n\"}]}") != std::string::npos);
    CHECK(ctdf::to_json(files).find("{\"keyword\": \"COPY\", \"flags\": [[\"chmod\", \"0755\"], [\"chown\", "
                                    "\"1000:1000\"]], \"arguments\": [\"/usr/local/bin/run\"], \"heredocs\": "
                                    "[{\"name\": \"EOF\", \"expand\": false, \"content\": \"#!/bin/sh\\nexec "
                                    "app\\n\"}]}") != std::string::npos);
}

namespace heredoc_test {

const std::vector<std::string> lines = {
    "plain", "", "  lead and trail  ", "it's \"all\" $of `them` \\ ; * ~", "$HOME", "${PATH}", "$(echo pwned)",
    "back\\slash", "trailing\\", "#not a comment", "\ttab", "EOF", "EOF1", "'EOF'", "cat <<EOF", "h\xc3\xa9llo",
};

// What BuildKit runs for the one RUN of a stage: the body of a lone heredoc
// as the shell's script; otherwise the RUN line, a newline, the body and the
// delimiter, which the shell reads as a heredoc (dispatchRun in BuildKit's
// dockerfile2llb). Runs it with /bin/sh and returns its output.
template <class Node>
std::string buildkit_run(const Node& n) {
    const std::string file = ctdf::to_string(ctdf::stage<"s">("img")(n));
    const std::string head = "# syntax=docker/dockerfile:1\nFROM img AS s\nRUN ";
    REQUIRE(file.rfind(head, 0) == 0);
    const std::size_t nl = file.find('\n', head.size());
    const std::string line = file.substr(head.size(), nl - head.size());
    const std::size_t at = line.rfind("<<");  // values before it may hold << in quotes
    REQUIRE(at != std::string::npos);
    std::string name = line.substr(at + 2, line.find(' ', at) - at - 2);
    if (name.front() == '\'') name = name.substr(1, name.size() - 2);
    const std::string rest = file.substr(nl + 1);
    REQUIRE(rest.size() >= name.size() + 1);
    REQUIRE(rest.substr(rest.size() - name.size() - 1) == name + "\n");
    const std::string body = rest.substr(0, rest.size() - name.size() - 1);
    const std::string script = line.substr(0, 2) == "<<" && line.find(' ') == std::string::npos
                                   ? body
                                   : line + "\n" + body + name;
    std::FILE* p = ::popen(script.c_str(), "r");
    REQUIRE(p != nullptr);
    std::string out;
    char buf[4096];
    for (std::size_t k; (k = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, k);
    CHECK(::pclose(p) == 0);
    return out;
}

}  // namespace heredoc_test

TEST_CASE("heredoc: /bin/sh feeds an interpreter the body exactly", "[heredoc][shell]") {
    for (const std::string& v : lines) {
        INFO("line: " << v);
        const ctdf::text t = ctdf::dynamic(v);
        CHECK(buildkit_run(ctdf::run(ctdf::script(ctdf::interpreter("cat"), t, "end"))) == v + "\nend\n");
        CHECK(buildkit_run(ctdf::run(ctdf::script(ctdf::interpreter("cat"), "start", t))) == "start\n" + v + "\n");
    }
}

TEST_CASE("heredoc: variables reach the script and the interpreter exactly", "[heredoc][shell]") {
    for (const std::string& v : lines) {
        INFO("value: " << v);
        const ctdf::text t = ctdf::dynamic(v);
        CHECK(buildkit_run(ctdf::with_env({{"A", t}})(ctdf::run(
                  {{"B", t}}, ctdf::script("printf '%s|%s' \"$A\" \"$B\"")))) == v + "|" + v);
        CHECK(buildkit_run(ctdf::with_env({{"A", t}})(ctdf::run(
                  {{"B", t}}, ctdf::script(ctdf::interpreter("sh"), "printf '%s|%s' \"$A\" \"$B\"")))) ==
              v + "|" + v);
    }
}

TEST_CASE("heredoc: a script's lines run as written, in order", "[heredoc][shell]") {
    CHECK(buildkit_run(ctdf::run(ctdf::script("x=1", "", "# a comment", "echo \"$x\" 'EOF'", "cat <<EOF",
                                              "inner $x", "EOF"))) == "1 EOF\ninner 1\n");
}
