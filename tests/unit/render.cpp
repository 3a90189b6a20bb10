// render<x> as a compile-time constant (view, c_str, size) and to_string(x),
// its run-time twin, for stages and files.
#include <cstring>
#include <string>
#include <string_view>

#include "catch.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace render_test {

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(ctdf::workdir("/app"), ctdf::cmd("./server"));
inline constexpr auto file = ctdf::dockerfile<app>();

inline constexpr auto tool = ctdf::stage<"tool">("debian:12")(
    ctdf::env({{"LANG", "C.UTF-8"}, {"X", ctdf::none}}),
    ctdf::cache("/var/cache/apt", ctdf::locked)(ctdf::run(ctdf::apt_install("git"))),
    ctdf::with_env({{"V", "a b"}})(ctdf::run("make")));
inline constexpr auto rich = ctdf::stage<"rich", tool>()(
    ctdf::arg("N", "1", ctdf::also_env),
    ctdf::add_to_path("/opt/my bin"),
    ctdf::copy("my file", "/dst/"),
    ctdf::copy_from<tool>("/usr/bin/git", "/usr/bin/", ctdf::no_link),
    ctdf::run({{"CC", "clang"}}, "make", ctdf::sh("make test", {{"J", "4"}})),
    ctdf::entrypoint("a \"b\""));
inline constexpr auto rich_file = ctdf::dockerfile<rich>(ctdf::syntax("docker/dockerfile:1.7"));
inline constexpr auto bare_file = ctdf::dockerfile<rich>(ctdf::no_syntax);

constexpr std::string_view app_text =
    "# syntax=docker/dockerfile:1\n"
    "FROM ubuntu:24.04 AS app\n"
    "WORKDIR /app\n"
    "CMD [\"./server\"]\n";

}  // namespace render_test

using namespace render_test;

TEST_CASE("render: the text is a constant with view c_str and size", "[render]") {
    STATIC_REQUIRE(ctdf::render<app>.view() == app_text);
    STATIC_REQUIRE(ctdf::render<app>.size() == app_text.size());
    STATIC_REQUIRE(decltype(ctdf::render<app>)::size() == app_text.size());
    STATIC_REQUIRE(ctdf::render<app>.c_str()[app_text.size()] == '\0');
    constexpr std::string_view converted = ctdf::render<app>;
    STATIC_REQUIRE(converted == app_text);
    CHECK(std::strlen(ctdf::render<app>.c_str()) == ctdf::render<app>.size());
    CHECK(std::string(ctdf::render<app>.c_str()) == app_text);
}

TEST_CASE("render: a stage renders as the dockerfile of it", "[render]") {
    STATIC_REQUIRE(ctdf::render<file>.view() == ctdf::render<app>.view());
    CHECK(ctdf::to_string(file) == ctdf::to_string(app));
}

TEST_CASE("render: to_string gives the same bytes as render", "[render]") {
    CHECK(ctdf::to_string(app) == ctdf::render<app>.view());
    CHECK(ctdf::to_string(tool) == ctdf::render<tool>.view());
    CHECK(ctdf::to_string(rich) == ctdf::render<rich>.view());
    CHECK(ctdf::to_string(rich_file) == ctdf::render<rich_file>.view());
    CHECK(ctdf::to_string(bare_file) == ctdf::render<bare_file>.view());
    CHECK(ctdf::to_string(rich_file).size() == ctdf::render<rich_file>.size());
}

TEST_CASE("render: every instruction kind in one file", "[render]") {
    STATIC_REQUIRE(ctdf::render<rich_file>.view() ==
                   "# syntax=docker/dockerfile:1.7\n"
                   "FROM debian:12 AS tool\n"
                   "ENV LANG=C.UTF-8\n"
                   "RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n"
                   "  apt-get update -y \\\n"
                   "  && apt-get install -y --no-install-recommends git\n"
                   "RUN export V='a b' \\\n"
                   "  && make\n"
                   "\n"
                   "FROM tool AS rich\n"
                   "ARG N=1\n"
                   "ENV N=${N}\n"
                   "ENV PATH=/opt/my\\ bin:$PATH\n"
                   "COPY [\"\\\"my file\\\"\", \"/dst/\"]\n"
                   "COPY --from=tool /usr/bin/git /usr/bin/\n"
                   "RUN CC=clang make \\\n"
                   "  && CC=clang J=4 make test\n"
                   "ENTRYPOINT [\"a \\\"b\\\"\"]\n");
    STATIC_REQUIRE(ctdf::render<bare_file>.view() ==
                   ctdf::render<rich_file>.view().substr(sizeof("# syntax=docker/dockerfile:1.7\n") - 1));
}

TEST_CASE("render: a run-time stage matches the constant of the same definition", "[render]") {
    const std::string image = "ubuntu:24.04", dir = "/app", arg = "./server";
    const auto made = ctdf::stage<"app">(ctdf::dynamic(image))(ctdf::workdir(ctdf::dynamic(dir)),
                                                               ctdf::cmd(ctdf::dynamic(arg)));
    CHECK(ctdf::to_string(made) == ctdf::render<app>.view());
}
