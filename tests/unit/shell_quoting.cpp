// Shell quoting, checked by the shell: the rendered RUN text is run through
// /bin/sh and the command must receive exactly the value given.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "catch.hpp"

#include <ctdf.hpp>

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
