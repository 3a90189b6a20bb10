// Shell quoting, checked by the shell: the rendered RUN text is run through
// /bin/sh and the command must receive exactly the value given.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "catch.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace shell_quoting_test {

namespace fs = std::filesystem;

const std::vector<std::string> values = {
    "plain",
    "",
    "two words",
    "  lead and trail  ",
    "it's",
    "'",
    "''",
    "\"double\"",
    "$HOME",
    "${PATH}",
    "$(echo pwned)",
    "`echo pwned`",
    "a;b",
    "a && b || c",
    "a|b>c<d&",
    "*",
    "?",
    "[a-z]*",
    "~",
    "~root",
    "#not a comment",
    "back\\slash",
    "trailing\\",
    "\\'",
    "tab\there",
    "!bang",
    "{a,b}",
    "x=y",
    "-n",
    "--",
    "%s %d %%",
    "h\xc3\xa9llo \xe2\x98\x83 \xe6\x97\xa5\xe6\x9c\xac",
    "\x01\x1b[31m",
    "\xff\xfe",
    "it's \"all\" $of `them` \\ ; * ~",
};

// The shell text of the one RUN of a stage, its lines joined as BuildKit joins
// them: each line-ending backslash goes with its newline.
template <class Node>
std::string run_text(const Node& n) {
    const std::string file = ctdf::to_string(ctdf::stage<"s">("img")(n));
    const std::string head = "# syntax=docker/dockerfile:1\nFROM img AS s\nRUN ";
    REQUIRE(file.rfind(head, 0) == 0);
    REQUIRE(file.back() == '\n');
    std::string text = file.substr(head.size(), file.size() - head.size() - 1);
    for (std::size_t at; (at = text.find("\\\n")) != std::string::npos;) text.erase(at, 2);
    REQUIRE(text.find('\n') == std::string::npos);
    return text;
}

// What /bin/sh -c text writes to standard output; it must exit 0.
std::string shell_output(const std::string& text) {
    std::FILE* p = ::popen(text.c_str(), "r");
    REQUIRE(p != nullptr);
    std::string out;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    CHECK(::pclose(p) == 0);
    return out;
}

}  // namespace shell_quoting_test

using namespace shell_quoting_test;

TEST_CASE("shell quoting: RUN inline env reaches the command exactly", "[shell]") {
    for (const std::string& v : values) {
        INFO("value: " << v);
        const std::string text = run_text(ctdf::run({{"V", ctdf::dynamic(v)}}, "sh -c 'printf %s \"$V\"'"));
        CHECK(text.rfind("V=", 0) == 0);
        CHECK(shell_output(text) == v);
    }
}

TEST_CASE("shell quoting: sh inline env reaches the command exactly", "[shell]") {
    for (const std::string& v : values) {
        INFO("value: " << v);
        const std::string text = run_text(ctdf::run(ctdf::sh("sh -c 'printf %s \"$V\"'", {{"V", ctdf::dynamic(v)}})));
        CHECK(shell_output(text) == v);
    }
}

TEST_CASE("shell quoting: with_env exports reach every command exactly", "[shell]") {
    for (const std::string& v : values) {
        INFO("value: " << v);
        const std::string text =
            run_text(ctdf::with_env({{"V", ctdf::dynamic(v)}})(ctdf::run("printf %s \"$V\"", "printf %s \"$V\"")));
        CHECK(text.rfind("export V=", 0) == 0);
        CHECK(shell_output(text) == v + v);
    }
}

TEST_CASE("shell quoting: exported RUN-wide and per-command values together", "[shell]") {
    for (const std::string& v : values) {
        INFO("value: " << v);
        const ctdf::text t = ctdf::dynamic(v);
        const std::string text = run_text(ctdf::with_env({{"A", t}})(ctdf::run(
            {{"B", t}, {"N", ctdf::none}},
            ctdf::sh("sh -c 'printf \"%s|%s|%s\" \"$A\" \"$B\" \"$C\"'", {{"C", t}}))));
        CHECK(shell_output(text) == v + "|" + v + "|" + v);
    }
}

TEST_CASE("shell quoting: apt_install passes package names exactly", "[shell]") {
    std::string tmpl = (fs::temp_directory_path() / "ctdf-sh-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    const fs::path dir = tmpl;
    // A stand-in apt-get that prints the names it was asked to install.
    std::ofstream(dir / "apt-get") << "#!/bin/sh\n"
                                      "[ \"$1\" = update ] && exit 0\n"
                                      "shift 3\n"
                                      "printf '[%s]' \"$@\"\n";
    fs::permissions(dir / "apt-get", fs::perms::owner_all);
    for (const std::string& v : values) {
        if (v.empty()) continue;  // an empty package name is refused
        INFO("value: " << v);
        const std::string text = run_text(ctdf::run(ctdf::apt_install(ctdf::dynamic(v), "plain")));
        CHECK(shell_output("PATH='" + dir.string() + "':\"$PATH\"; " + text) == "[" + v + "][plain]");
    }
    fs::remove_all(dir);
}

namespace shell_quoting_test {

// A directory of stand-in programs that log their arguments, one file per
// program: <dir>/<program>.log, as [arg][arg]...
struct stand_ins {
    fs::path dir;
    explicit stand_ins(std::initializer_list<const char*> programs) {
        std::string tmpl = (fs::temp_directory_path() / "ctdf-verbs-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        dir = tmpl;
        for (const char* p : programs) {
            std::ofstream(dir / p) << "#!/bin/sh\n"
                                      "[ -t 0 ] || cat >/dev/null\n"
                                      "printf '[%s]' \"$@\" >> \"$0.log\"\n";
            fs::permissions(dir / p, fs::perms::owner_all);
        }
    }
    ~stand_ins() { fs::remove_all(dir); }
    std::string run(const std::string& text) const {
        return shell_output("PATH='" + dir.string() + "':\"$PATH\"; " + text + " </dev/null");
    }
    std::string log(const char* program) const {
        std::ifstream in(dir / (std::string(program) + ".log"), std::ios::binary);
        std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        fs::remove(dir / (std::string(program) + ".log"));
        return s;
    }
};

}  // namespace shell_quoting_test

TEST_CASE("shell quoting: words passes arguments and flag values exactly", "[shell][verbs]") {
    for (const std::string& v : values) {
        INFO("value: " << v);
        const ctdf::text t = ctdf::dynamic(v);
        CHECK(shell_output(run_text(ctdf::run(ctdf::words("printf", "[%s]", t)))) == "[" + v + "]");
        CHECK(shell_output(run_text(ctdf::run(ctdf::words("printf", "%s|", ctdf::flag("some_name", t))))) ==
              "--some-name|" + v + "|");
    }
    CHECK(shell_output(run_text(ctdf::run(ctdf::words("printf", "%s|", ctdf::flag("n", -42), ctdf::flag("on", true),
                                                      ctdf::flag("off", false))))) == "--n|-42|--on|");
}

TEST_CASE("shell quoting: echo writes exactly the text to the file", "[shell][verbs]") {
    const stand_ins tools{};
    for (const std::string& v : values) {
        INFO("value: " << v);
        const std::string file = (tools.dir / "it's a $file").string();
        shell_output(run_text(ctdf::run(ctdf::echo(ctdf::dynamic(v)) > ctdf::dynamic(file),
                                        ctdf::echo(ctdf::dynamic(v)) >> ctdf::dynamic(file))));
        std::ifstream in(file, std::ios::binary);
        const std::string got((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(got == v + "\n" + v + "\n");
    }
}

TEST_CASE("shell quoting: curl_bash, install and fetch_file pass their words exactly", "[shell][verbs]") {
    const stand_ins tools{"curl", "bash", "tar"};
    for (const std::string& v : values) {
        if (v.empty()) continue;  // an empty url is refused
        INFO("value: " << v);
        const ctdf::text t = ctdf::dynamic(v);
        tools.run(run_text(ctdf::run(ctdf::curl_bash(t, t, "-y"))));
        CHECK(tools.log("curl") == "[--proto][=https][--tlsv1.2][-sSf][" + v + "]");
        CHECK(tools.log("bash") == "[-s][--][" + v + "][-y]");
        const std::string dir = (tools.dir / "un pack").string();
        tools.run(run_text(ctdf::run(ctdf::install(t, ctdf::dynamic(dir), 2))));
        CHECK(tools.log("curl") == "[-fsSL][" + v + "]");
        CHECK(tools.log("tar") == "[-xz][-C][" + dir + "][--strip-components=2]");
        const std::string dest = (tools.dir / "new dir" / "it's.txt").string();
        tools.run(run_text(ctdf::run(ctdf::fetch_file(t, ctdf::dynamic(dest)))));
        CHECK(tools.log("curl") == "[-fsSL][" + v + "][-o][" + dest + "]");
        CHECK(fs::is_directory(tools.dir / "new dir"));
    }
}

TEST_CASE("shell quoting: in_dir runs its commands in the directory and comes back", "[shell][verbs]") {
    const stand_ins tools{};
    const fs::path dir = tools.dir / "it's $here";
    fs::create_directories(dir);
    const std::string text = run_text(ctdf::run(ctdf::cd("/"), ctdf::in_dir(ctdf::dynamic(dir.string()))("pwd"),
                                                "pwd"));
    // cd - prints the directory it returns to.
    CHECK(shell_output(text) == dir.string() + "\n/\n/\n");
}

TEST_CASE("shell quoting: apt sources verbs pass their words exactly", "[shell][verbs]") {
    const stand_ins tools{"add-apt-repository", "curl", "gpg", "apt-get", "apt-fast"};
    for (const std::string& v : values) {
        if (v.empty()) continue;
        INFO("value: " << v);
        const ctdf::text t = ctdf::dynamic(v);
        tools.run(run_text(ctdf::run(ctdf::add_apt_ppa(t))));
        CHECK(tools.log("add-apt-repository") == "[-y][" + v + "]");
        tools.run(run_text(ctdf::run(ctdf::fast(ctdf::apt_install(t)))));
        CHECK(tools.log("apt-fast") == "[install][-y][--no-install-recommends][" + v + "]");
        // The sources list goes to /etc/apt; the test writes it to its own file.
        std::string text = run_text(ctdf::run(ctdf::add_apt_repo(t, t, "ctdf-test")));
        const std::string target = "/etc/apt/sources.list.d/ctdf-test.list";
        const std::string list = (tools.dir / "sources.list").string();
        REQUIRE(text.find(target) != std::string::npos);
        text.replace(text.find(target), target.size(), "'" + list + "'");
        tools.run(text);
        CHECK(tools.log("curl") == "[-fsSL][" + v + "]");
        CHECK(tools.log("gpg") == "[--dearmor][-o][/usr/share/keyrings/ctdf-test.gpg]");
        std::ifstream in(list, std::ios::binary);
        const std::string got((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(got == "deb [signed-by=/usr/share/keyrings/ctdf-test.gpg] " + v + "\n");
    }
}
