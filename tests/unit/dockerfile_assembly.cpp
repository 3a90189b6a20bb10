// dockerfile<...>: linked stages collected once each, dependencies first;
// several stages listed; the syntax line pinned, default and left out.
#include <string>
#include <string_view>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace dockerfile_assembly_test {

inline constexpr auto base = ctdf::stage<"base">("debian:12")(ctdf::run("b"));
inline constexpr auto left = ctdf::stage<"left", base>()(ctdf::run("l"));
inline constexpr auto right = ctdf::stage<"right", base>()(ctdf::run("r"));
inline constexpr auto final_stage =
    ctdf::stage<"final">("debian:12-slim")(ctdf::copy_from<left>("/l"), ctdf::copy_from<right>("/r"));
inline constexpr auto diamond = ctdf::dockerfile<final_stage>();

// Reached as parent and as copy source, and copied from twice.
inline constexpr auto twice = ctdf::stage<"twice", base>()(
    ctdf::copy_from<base>("/etc/os-release", "/base-os"), ctdf::copy_from<base>("/x"));
inline constexpr auto twice_file = ctdf::dockerfile<twice>();

inline constexpr auto lone_a = ctdf::stage<"a">("alpine")(ctdf::run("a"));
inline constexpr auto lone_z = ctdf::stage<"z">("alpine")(ctdf::run("z"));
inline constexpr auto user = ctdf::stage<"user">("alpine")(ctdf::copy_from<lone_z>("/z"));

inline constexpr auto listed = ctdf::dockerfile<lone_z, lone_a>();
inline constexpr auto listed_twice = ctdf::dockerfile<lone_a, lone_a>();
// dockerfile<left, base>() does not compile: base is listed after a stage
// that needs it (tests/compile_fail/listed_after_dependent.cpp).
inline constexpr auto unlisted_link = ctdf::dockerfile<lone_a, user>();
inline constexpr auto already_listed = ctdf::dockerfile<lone_z, user, lone_a>();

inline constexpr auto pinned = ctdf::dockerfile<lone_a>(ctdf::syntax("docker/dockerfile:1.7"));
inline constexpr auto omitted = ctdf::dockerfile<lone_a>(ctdf::no_syntax);
inline constexpr auto omitted_multi = ctdf::dockerfile<left>(ctdf::no_syntax);
inline constexpr auto defaulted = ctdf::dockerfile<lone_a>();

}  // namespace dockerfile_assembly_test

using namespace dockerfile_assembly_test;

TEST_CASE("dockerfile: a diamond writes the shared base once before both users", "[dockerfile]") {
    STATIC_REQUIRE(ctdf::render<diamond>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS base\n"
                   "RUN b\n"
                   "\n"
                   "FROM base AS left\n"
                   "RUN l\n"
                   "\n"
                   "FROM base AS right\n"
                   "RUN r\n"
                   "\n"
                   "FROM debian:12-slim AS final\n"
                   "COPY --from=left --link /l /l\n"
                   "COPY --from=right --link /r /r\n");
    STATIC_REQUIRE(ctdf::render<final_stage>.view() == ctdf::render<diamond>.view());
    CHECK(ctdf::to_string(diamond) == ctdf::render<diamond>.view());
}

TEST_CASE("dockerfile: a stage linked as parent and as copy source is written once", "[dockerfile]") {
    STATIC_REQUIRE(ctdf::render<twice_file>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS base\n"
                   "RUN b\n"
                   "\n"
                   "FROM base AS twice\n"
                   "COPY --from=base --link /etc/os-release /base-os\n"
                   "COPY --from=base --link /x /x\n");
    CHECK(ctdf::to_string(twice_file) == ctdf::render<twice_file>.view());
}

TEST_CASE("dockerfile: several listed stages keep their order with dependencies first", "[dockerfile]") {
    STATIC_REQUIRE(ctdf::render<listed>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM alpine AS z\n"
                   "RUN z\n"
                   "\n"
                   "FROM alpine AS a\n"
                   "RUN a\n");
    CHECK(ctdf::to_string(listed) == ctdf::render<listed>.view());
    STATIC_REQUIRE(ctdf::render<listed_twice>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM alpine AS a\n"
                   "RUN a\n");
    CHECK(ctdf::to_string(listed_twice) == ctdf::render<listed_twice>.view());
    STATIC_REQUIRE(ctdf::render<unlisted_link>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM alpine AS a\n"
                   "RUN a\n"
                   "\n"
                   "FROM alpine AS z\n"
                   "RUN z\n"
                   "\n"
                   "FROM alpine AS user\n"
                   "COPY --from=z --link /z /z\n");
    STATIC_REQUIRE(ctdf::render<already_listed>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM alpine AS z\n"
                   "RUN z\n"
                   "\n"
                   "FROM alpine AS user\n"
                   "COPY --from=z --link /z /z\n"
                   "\n"
                   "FROM alpine AS a\n"
                   "RUN a\n");
    CHECK(ctdf::to_string(unlisted_link) == ctdf::render<unlisted_link>.view());
    CHECK(ctdf::to_string(already_listed) == ctdf::render<already_listed>.view());
}

TEST_CASE("dockerfile: the syntax line pinned default and left out", "[dockerfile]") {
    STATIC_REQUIRE(ctdf::render<pinned>.view() ==
                   "# syntax=docker/dockerfile:1.7\n"
                   "FROM alpine AS a\n"
                   "RUN a\n");
    STATIC_REQUIRE(ctdf::render<omitted>.view() ==
                   "FROM alpine AS a\n"
                   "RUN a\n");
    STATIC_REQUIRE(ctdf::render<omitted_multi>.view() ==
                   "FROM debian:12 AS base\n"
                   "RUN b\n"
                   "\n"
                   "FROM base AS left\n"
                   "RUN l\n");
    CHECK(ctdf::to_string(omitted_multi) == ctdf::render<omitted_multi>.view());
    STATIC_REQUIRE(ctdf::render<defaulted>.view() == ctdf::render<lone_a>.view());
    CHECK(ctdf::to_string(pinned) == ctdf::render<pinned>.view());
    CHECK(ctdf::to_string(omitted) == ctdf::render<omitted>.view());
    CHECK_THROWS_AS(ctdf::syntax(ctdf::dynamic("")), ctdf::error);
}

TEST_CASE("dockerfile: one blank line between stages and one final newline", "[dockerfile]") {
    for (std::string_view file : {ctdf::render<diamond>.view(), ctdf::render<already_listed>.view(),
                                  ctdf::render<omitted_multi>.view()}) {
        CHECK(file.find("\n\n\n") == std::string_view::npos);
        CHECK(file.back() == '\n');
        CHECK(file.substr(file.size() - 2) != "\n\n");
        CHECK(file.front() != '\n');
    }
}

namespace assembly_test {
inline constexpr auto checked_app = ctdf::stage<"app">("debian:12")(ctdf::cmd("true"));
inline constexpr auto strict = ctdf::dockerfile<checked_app>(ctdf::checks_are_errors);
inline constexpr auto skipping = ctdf::dockerfile<checked_app>(ctdf::skip_check("JSONArgsRecommended"),
                                                              ctdf::skip_check("CopyIgnoredFile"));
inline constexpr auto both_ways = ctdf::dockerfile<checked_app>(ctdf::skip_check("all"), ctdf::checks_are_errors,
                                                               ctdf::no_syntax);
}  // namespace assembly_test

TEST_CASE("dockerfile: the # check= directive", "[dockerfile]") {
    using namespace assembly_test;
    STATIC_REQUIRE(ctdf::render<strict>.view() ==
                   "# syntax=docker/dockerfile:1\n# check=error=true\nFROM debian:12 AS app\nCMD [\"true\"]\n");
    STATIC_REQUIRE(ctdf::render<skipping>.view() ==
                   "# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended,CopyIgnoredFile\n"
                   "FROM debian:12 AS app\nCMD [\"true\"]\n");
    STATIC_REQUIRE(ctdf::render<both_ways>.view() == "# check=skip=all;error=true\nFROM debian:12 AS app\nCMD [\"true\"]\n");
    CHECK(ctdf::to_string(skipping) == ctdf::render<skipping>.view());
    CHECK(ctdf_test::error_of([] { (void)ctdf::skip_check(ctdf::dynamic("JsonArgsRecommended")); })
              .find("names no build check") != std::string::npos);
    CHECK(ctdf_test::error_of([] {
              (void)ctdf::dockerfile<checked_app>(ctdf::checks_are_errors, ctdf::target(ctdf::buildah_1_28));
          }).find("# check= directive needs docker/dockerfile:1.8") != std::string::npos);
}

namespace assembly_test {
inline constexpr auto windows = ctdf::stage<"win">("mcr.microsoft.com/windows/servercore:ltsc2022")(
    ctdf::env({{"APP_HOME", "C:\\Program Files\\app"}, {"QUOTE", "say \"hi\" `now`"}, {"LITERAL", "$HOME"}}),
    ctdf::add_to_path("C:\\my tools", "D:\\bin"),
    ctdf::workdir("C:\\src dir"),
    ctdf::copy("my file.txt", "C:\\dst\\"),
    ctdf::cache("/cache")(ctdf::run("build.cmd", "test.cmd")),
    ctdf::cmd("cmd", "/S", "/C", "C:\\app\\run.cmd"));
inline constexpr auto backtick = ctdf::dockerfile<windows>(ctdf::escape_backtick);
}  // namespace assembly_test

TEST_CASE("dockerfile: # escape=` writes every escape with the backtick", "[dockerfile]") {
    using namespace assembly_test;
    STATIC_REQUIRE(ctdf::render<backtick>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "# escape=`\n"
                   "FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win\n"
                   "ENV APP_HOME=\"C:\\Program Files\\app\" QUOTE=\"say `\"hi`\" ``now``\" LITERAL='$HOME'\n"
                   "ENV PATH=C:\\my` tools:D:\\bin:$PATH\n"
                   "WORKDIR \"C:\\src dir\"\n"
                   "COPY [\"\\\"my file.txt\\\"\", \"C:\\\\dst\\\\\"]\n"
                   "RUN --mount=type=cache,target=/cache `\n"
                   "  build.cmd `\n"
                   "  && test.cmd\n"
                   "CMD [\"cmd\", \"/S\", \"/C\", \"C:\\\\app\\\\run.cmd\"]\n");
    CHECK(ctdf::to_string(backtick) == ctdf::render<backtick>.view());
    CHECK(ctdf_test::error_of([] {
              (void)ctdf::dockerfile<windows>(ctdf::escape_backtick);
          }) == "<no ctdf::error thrown>");
}
