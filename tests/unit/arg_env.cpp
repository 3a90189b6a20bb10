// ARG, ENV and ENV PATH: forms, none entries, order, and value quoting.
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace arg_env_test {

using ctdf_test::error_of;

inline constexpr auto args = ctdf::stage<"a">("img", ctdf::image_env("REGISTRY"))(
    ctdf::arg("PLAIN"),
    ctdf::arg("VERSION", "1.0"),
    ctdf::arg("CHANNEL", "stable", ctdf::also_env),
    ctdf::arg("BUILD_ID", ctdf::also_env),
    ctdf::arg("EMPTY", ""),
    ctdf::arg("_under_9", "x"),
    ctdf::arg("BASE", ctdf::expand("${REGISTRY}/base")),
    ctdf::arg("MSG", "hello world", ctdf::also_env));

inline constexpr auto envs = ctdf::stage<"e">("img")(
    ctdf::env({{"LANG", "C.UTF-8"}, {"DEBUG", ctdf::none}, {"GREETING", "hello world"}}),
    ctdf::env({{"A", ctdf::none}, {"B", ctdf::none}}),
    ctdf::env({}),
    ctdf::env(),
    ctdf::env("ONE", "1"),
    ctdf::env("GONE", ctdf::none),
    ctdf::env({{"Z", "last"}, {"A", "first"}}),
    ctdf::env({{"D", ctdf::none}, {"E", "e"}}),
    ctdf::env("EMPTY", ""));

inline constexpr auto only_absent = ctdf::stage<"n">("img")(
    ctdf::env({{"A", ctdf::none}}), ctdf::env(), ctdf::env({}), ctdf::env("B", ctdf::none));

inline constexpr auto quoted = ctdf::stage<"q">("img", ctdf::image_env("LIBRARY_PATH"))(
    ctdf::env({{"SPACE", "a b"},
               {"QUOTE", "say \"hi\""},
               {"DOLLAR", "$HOME"},
               {"BRACES", "${X}"},
               {"BACKSLASH", "C:\\dir\\"},
               {"TAB", "a\tb"},
               {"SINGLE", "it's"},
               {"UNICODE", "h\xc3\xa9llo \xe2\x98\x83"}}),
    ctdf::arg("A1", "two words"),
    ctdf::arg("A2", "$1 \"q\" \\"),
    ctdf::arg("A3", "\xc3\xa9t\xc3\xa9"),
    ctdf::env("LIBRARY_PATH", ctdf::expand("/opt/lib:${LIBRARY_PATH}")));

inline constexpr auto paths = ctdf::stage<"p">("img", ctdf::image_env("HOME"))(
    ctdf::add_to_path("/opt/tool/bin"),
    ctdf::add_to_path("/opt/a/bin", "/opt/b/bin", "/opt/c/bin"),
    ctdf::add_to_path("/opt/my tools/bin", "/opt/$literal"),
    ctdf::add_to_path(ctdf::expand("$HOME/.local/bin"), "/opt/\xc3\xa9/bin"));

}  // namespace arg_env_test

using namespace arg_env_test;

TEST_CASE("arg: name alone, default value, forwarded to ENV", "[arg]") {
    STATIC_REQUIRE(ctdf::render<args>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS a\n"
                   "ARG PLAIN\n"
                   "ARG VERSION=1.0\n"
                   "ARG CHANNEL=stable\n"
                   "ENV CHANNEL=${CHANNEL}\n"
                   "ARG BUILD_ID\n"
                   "ENV BUILD_ID=${BUILD_ID}\n"
                   "ARG EMPTY=\"\"\n"
                   "ARG _under_9=x\n"
                   "ARG BASE=${REGISTRY}/base\n"
                   "ARG MSG=\"hello world\"\n"
                   "ENV MSG=${MSG}\n");
    CHECK(ctdf::to_string(args) == ctdf::render<args>.view());
}

TEST_CASE("env: one line per call, keys in order, none entries dropped", "[env]") {
    STATIC_REQUIRE(ctdf::render<envs>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS e\n"
                   "ENV LANG=C.UTF-8 GREETING=\"hello world\"\n"
                   "ENV ONE=1\n"
                   "ENV Z=last A=first\n"
                   "ENV E=e\n"
                   "ENV EMPTY=\"\"\n");
    CHECK(ctdf::to_string(envs) == ctdf::render<envs>.view());
}

TEST_CASE("env: empty mappings and all-none mappings write no line", "[env]") {
    STATIC_REQUIRE(ctdf::render<only_absent>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS n\n");
    CHECK(ctdf::to_string(only_absent) == ctdf::render<only_absent>.view());
}

TEST_CASE("env: values with spaces quotes dollars backslashes tabs and unicode are double-quoted", "[env][arg]") {
    STATIC_REQUIRE(ctdf::render<quoted>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS q\n"
                   R"(ENV SPACE="a b" QUOTE="say \"hi\"" DOLLAR='$HOME' BRACES='${X}' BACKSLASH="C:\\dir\\" )"
                   "TAB=\"a\tb\" SINGLE=\"it's\" UNICODE=\"h\xc3\xa9llo \xe2\x98\x83\"\n"
                   "ARG A1=\"two words\"\n"
                   R"(ARG A2="\$1 \"q\" \\")" "\n"
                   "ARG A3=\"\xc3\xa9t\xc3\xa9\"\n"
                   "ENV LIBRARY_PATH=/opt/lib:${LIBRARY_PATH}\n");
    CHECK(ctdf::to_string(quoted) == ctdf::render<quoted>.view());
}

TEST_CASE("env: add_to_path prepends entries to $PATH", "[env]") {
    STATIC_REQUIRE(ctdf::render<paths>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS p\n"
                   "ENV PATH=/opt/tool/bin:$PATH\n"
                   "ENV PATH=/opt/a/bin:/opt/b/bin:/opt/c/bin:$PATH\n"
                   R"(ENV PATH=/opt/my\ tools/bin:/opt/\$literal:$PATH)" "\n"
                   "ENV PATH=$HOME/.local/bin:/opt/\\\xc3\xa9/bin:$PATH\n");
    CHECK(ctdf::to_string(paths) == ctdf::render<paths>.view());
}

TEST_CASE("env: run-time values render like literals", "[env][arg]") {
    const std::string value = "a \"b\" $c";
    const auto s = ctdf::stage<"d">("img")(
        ctdf::env({{"K", ctdf::dynamic(value)}, {"N", ctdf::none}}),
        ctdf::arg(ctdf::dynamic("NAME"), ctdf::dynamic(value), ctdf::also_env),
        ctdf::add_to_path(ctdf::dynamic("/x y")));
    CHECK(ctdf::to_string(s) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS d\n"
          R"(ENV K='a "b" $c')" "\n"
          R"(ARG NAME='a "b" $c')" "\n"
          "ENV NAME=${NAME}\n"
          "ENV PATH=/x\\ y:$PATH\n");
}

TEST_CASE("env: bad names and empty required text throw ctdf::error", "[env][arg]") {
    for (const char* bad : {"", "1ABC", "A-B", "A B", "A=B", "\xc3\xa9"}) {
        INFO("name: " << bad);
        const std::string name = bad;
        CHECK(error_of([&] { (void)ctdf::env(ctdf::dynamic(name), "v"); }).rfind("ctdf: ", 0) == 0);
        CHECK(error_of([&] { (void)ctdf::arg(ctdf::dynamic(name)); }).rfind("ctdf: ", 0) == 0);
        CHECK(error_of([&] { (void)ctdf::env({{"OK", "v"}, {ctdf::dynamic(name), ctdf::none}}); })
                  .rfind("ctdf: ", 0) == 0);
    }
    CHECK(error_of([] { (void)ctdf::env(ctdf::dynamic("1ABC"), "v"); }).find("1ABC") != std::string::npos);
    CHECK_THROWS_AS(ctdf::add_to_path("/ok", ctdf::dynamic("")), ctdf::error);
    CHECK_NOTHROW(ctdf::arg("A", ctdf::dynamic("")));
    CHECK_NOTHROW(ctdf::env("A", ctdf::dynamic("")));
}
