// RUN: commands joined with &&, inline env for the RUN and per command,
// apt_install with one update per RUN, and shell quoting of values.
#include <string>

#include "catch.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace run_test {

inline constexpr auto runs = ctdf::stage<"r">("img")(
    ctdf::run("make"),
    ctdf::run("./configure", "make", "make install"),
    ctdf::run({{"CC", "clang"}, {"CFLAGS", "-O2 -g"}, {"SKIP", ctdf::none}}, "make", "make check"),
    ctdf::run({{"GONE", ctdf::none}}, "make"),
    ctdf::run(ctdf::sh("make test", {{"JOBS", "4"}, {"NONE", ctdf::none}}), "echo done"),
    ctdf::run({{"A", "1"}}, ctdf::sh("b", {{"B", "2"}}), "c"),
    ctdf::run(ctdf::sh("echo \"$HOME\" | tr a-z A-Z > 'out file'")));

inline constexpr auto apt = ctdf::stage<"a">("img")(
    ctdf::run(ctdf::apt_install("git", "curl")),
    ctdf::run(ctdf::apt_install("a"), "echo between", ctdf::apt_install("b")),
    ctdf::run({{"DEBIAN_FRONTEND", "noninteractive"}}, ctdf::apt_install("tzdata")),
    ctdf::run(ctdf::apt_install("libfoo=1.2-3", "bad name", "it's")),
    ctdf::run(ctdf::apt_install("x")));

inline constexpr auto quoted = ctdf::stage<"q">("img")(
    ctdf::run({{"MSG", "it's $HOME `x`"}, {"EMPTY", ""}, {"TAB", "a\tb"}}, "echo"),
    ctdf::run(ctdf::sh("echo", {{"U", "h\xc3\xa9llo \xe2\x98\x83"}, {"Q", "\"a\\b\""}, {"G", "*.c"}})),
    ctdf::run({{"S", "a;b && c"}}, ctdf::sh("echo", {{"T", "'"}})));

inline constexpr auto expanded = ctdf::stage<"x">("img")(
    ctdf::run({{"P", ctdf::expand("$HOME/bin")}}, "make"),
    ctdf::run(ctdf::sh("make", {{"P", ctdf::expand("$HOME/bin")}})));

inline constexpr auto expanded_package = ctdf::stage<"y">("img")(ctdf::run(ctdf::apt_install(ctdf::expand("$PKG"))));

}  // namespace run_test

using namespace run_test;

TEST_CASE("run: one command a line joined with && and inline env", "[run]") {
    STATIC_REQUIRE(ctdf::render<runs>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS r\n"
                   "RUN make\n"
                   "RUN ./configure \\\n"
                   "  && make \\\n"
                   "  && make install\n"
                   "RUN CC=clang CFLAGS='-O2 -g' make \\\n"
                   "  && CC=clang CFLAGS='-O2 -g' make check\n"
                   "RUN make\n"
                   "RUN JOBS=4 make test \\\n"
                   "  && echo done\n"
                   "RUN A=1 B=2 b \\\n"
                   "  && A=1 c\n"
                   "RUN echo \"$HOME\" | tr a-z A-Z > 'out file'\n");
    CHECK(ctdf::to_string(runs) == ctdf::render<runs>.view());
}

TEST_CASE("run: apt_install updates once per RUN", "[run]") {
    STATIC_REQUIRE(ctdf::render<apt>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS a\n"
                   "RUN apt-get update -y \\\n"
                   "  && apt-get install -y --no-install-recommends git curl\n"
                   "RUN apt-get update -y \\\n"
                   "  && apt-get install -y --no-install-recommends a \\\n"
                   "  && echo between \\\n"
                   "  && apt-get install -y --no-install-recommends b\n"
                   "RUN DEBIAN_FRONTEND=noninteractive apt-get update -y \\\n"
                   "  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tzdata\n"
                   "RUN apt-get update -y \\\n"
                   "  && apt-get install -y --no-install-recommends libfoo=1.2-3 'bad name' 'it'\\''s'\n"
                   "RUN apt-get update -y \\\n"
                   "  && apt-get install -y --no-install-recommends x\n");
    CHECK(ctdf::to_string(apt) == ctdf::render<apt>.view());
}

TEST_CASE("run: inline env values are single-quoted for the shell", "[run]") {
    STATIC_REQUIRE(ctdf::render<quoted>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS q\n"
                   "RUN MSG='it'\\''s $HOME `x`' EMPTY='' TAB='a\tb' echo\n"
                   "RUN U='h\xc3\xa9llo \xe2\x98\x83' Q='\"a\\b\"' G='*.c' echo\n"
                   "RUN S='a;b && c' T=''\\''' echo\n");
    CHECK(ctdf::to_string(quoted) == ctdf::render<quoted>.view());
}

TEST_CASE("run: run-time commands and values", "[run]") {
    const std::string cmd = "make -j8", value = "x y";
    const auto s = ctdf::stage<"d">("img")(
        ctdf::run({{"V", ctdf::dynamic(value)}}, ctdf::dynamic(cmd), ctdf::apt_install(ctdf::dynamic("pkg"))));
    CHECK(ctdf::to_string(s) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS d\n"
          "RUN V='x y' make -j8 \\\n"
          "  && V='x y' apt-get update -y \\\n"
          "  && V='x y' apt-get install -y --no-install-recommends pkg\n");
}

TEST_CASE("run: empty commands packages and bad names throw ctdf::error", "[run]") {
    CHECK_THROWS_AS(ctdf::run(ctdf::dynamic("")), ctdf::error);
    CHECK_THROWS_AS(ctdf::sh(ctdf::dynamic("")), ctdf::error);
    CHECK_THROWS_AS(ctdf::apt_install("git", ctdf::dynamic("")), ctdf::error);
    CHECK_THROWS_AS(ctdf::run({{ctdf::dynamic("1X"), "v"}}, "make"), ctdf::error);
    CHECK_THROWS_AS(ctdf::sh("make", {{ctdf::dynamic("A-B"), "v"}}), ctdf::error);
    CHECK_THROWS_AS(ctdf::run(ctdf::dynamic("a\nb")), ctdf::error);
}

// expand() values are written as is, so the shell expands $HOME.
TEST_CASE("run: expand values in inline env are written as is", "[run]") {
    STATIC_REQUIRE(ctdf::render<expanded>.view() ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS x\n"
          "RUN P=$HOME/bin make\n"
          "RUN P=$HOME/bin make\n");
    CHECK(ctdf::to_string(expanded) == ctdf::render<expanded>.view());
}

TEST_CASE("run: expand package names are written as is", "[run]") {
    STATIC_REQUIRE(ctdf::render<expanded_package>.view() ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS y\n"
          "RUN apt-get update -y \\\n"
          "  && apt-get install -y --no-install-recommends $PKG\n");
    CHECK(ctdf::to_string(expanded_package) == ctdf::render<expanded_package>.view());
}
