// WORKDIR (BuildKit's word quoting) and CMD / ENTRYPOINT (JSON exec form).
#include <string>

#include "catch.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace workdir_exec_test {

inline constexpr auto dirs = ctdf::stage<"w">("img", ctdf::image_env("HOME"))(
    ctdf::workdir("/app"),
    ctdf::workdir("relative/dir"),
    ctdf::workdir("/my app"),
    ctdf::workdir("/srv/$x"),
    ctdf::workdir("/srv/\"q\"\\"),
    ctdf::workdir("/it's"),
    ctdf::workdir("/donn\xc3\xa9" "es"),
    ctdf::workdir("/a\tb"),
    ctdf::workdir(ctdf::expand("$HOME/src")));

inline constexpr auto execs = ctdf::stage<"x">("img")(
    ctdf::entrypoint("/usr/bin/server"),
    ctdf::replace(ctdf::entrypoint("python", "-m", "app")),
    ctdf::cmd("--port", "8080"),
    ctdf::replace(ctdf::cmd("say \"hi\"", "C:\\dir\\", "$HOME", "it's", "a b", "/")),
    ctdf::replace(ctdf::cmd("tab\there", "\x01", "\x1f", "esc\x1b", "unicode \xe2\x98\x83 \xc3\xa9")),
    ctdf::replace(ctdf::cmd("")),
    ctdf::replace(ctdf::cmd(ctdf::expand("$HOME"))));

inline constexpr auto dash_dir = ctdf::stage<"d">("img")(ctdf::workdir("/"), ctdf::workdir("--w"));

}  // namespace workdir_exec_test

using namespace workdir_exec_test;

TEST_CASE("workdir: plain paths bare and others double-quoted", "[workdir]") {
    STATIC_REQUIRE(ctdf::render<dirs>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS w\n"
                   "WORKDIR /app\n"
                   "WORKDIR relative/dir\n"
                   "WORKDIR \"/my app\"\n"
                   R"(WORKDIR '/srv/$x')" "\n"
                   R"(WORKDIR "/srv/\"q\"\\")" "\n"
                   "WORKDIR \"/it's\"\n"
                   "WORKDIR \"/donn\xc3\xa9" "es\"\n"
                   "WORKDIR \"/a\tb\"\n"
                   "WORKDIR $HOME/src\n");
    CHECK(ctdf::to_string(dirs) == ctdf::render<dirs>.view());
}

TEST_CASE("workdir: empty path throws ctdf::error", "[workdir]") {
    CHECK_THROWS_AS(ctdf::workdir(ctdf::dynamic("")), ctdf::error);
    CHECK_THROWS_AS(ctdf::workdir(ctdf::dynamic("/a\nRUN rm -rf /")), ctdf::error);
}

// BuildKit takes every leading word that starts with "--" as a flag of the
// instruction, so `WORKDIR --w` fails with "unknown flag"; quoted it is a path.
TEST_CASE("workdir: a path starting with two dashes is not read as a flag", "[workdir]") {
    CHECK(ctdf::render<dash_dir>.view() ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS d\n"
          "WORKDIR /\n"
          "WORKDIR \"--w\"\n");
}

TEST_CASE("exec: CMD and ENTRYPOINT are JSON arrays with escaped strings", "[exec]") {
    STATIC_REQUIRE(ctdf::render<execs>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS x\n"
                   "ENTRYPOINT [\"/usr/bin/server\"]\n"
                   "ENTRYPOINT [\"python\", \"-m\", \"app\"]\n"
                   "CMD [\"--port\", \"8080\"]\n"
                   R"(CMD ["say \"hi\"", "C:\\dir\\", "$HOME", "it's", "a b", "/"])" "\n"
                   R"(CMD ["tab\there", "\u0001", "\u001f", "esc\u001b", )"
                   "\"unicode \xe2\x98\x83 \xc3\xa9\"]\n"
                   "CMD [\"\"]\n"
                   "CMD [\"$HOME\"]\n");
    CHECK(ctdf::to_string(execs) == ctdf::render<execs>.view());
}

TEST_CASE("exec: run-time arguments", "[exec]") {
    const std::string arg = "a\"b\\c\td";
    const auto s = ctdf::stage<"r">("img")(ctdf::entrypoint(ctdf::dynamic(arg), "--flag"),
                                           ctdf::cmd(ctdf::dynamic(arg)));
    CHECK(ctdf::to_string(s) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS r\n"
          R"(ENTRYPOINT ["a\"b\\c\td", "--flag"])" "\n"
          R"(CMD ["a\"b\\c\td"])" "\n");
}
