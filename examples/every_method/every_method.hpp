#pragma once
#include <ctdf.hpp>

// Every method of the stage API once, in a file a reader can check by eye.
namespace examples::every_method {

inline constexpr auto base = ctdf::stage<"base">("ubuntu:24.04")(
    ctdf::arg("VERSION", "1.0", ctdf::also_env),          // ARG, and ENV VERSION=${VERSION}
    ctdf::arg("CHANNEL", "stable"),                       // ARG only
    ctdf::env({{"LANG", "C.UTF-8"}, {"DEBUG", ctdf::none}, {"GREETING", "hello world"}}),
    ctdf::env({{"UNSET", ctdf::none}}),                   // every entry none: no line
    ctdf::add_to_path("/opt/tool/bin", "/opt/other/bin"),
    ctdf::workdir("/app"),
    ctdf::cache("/var/cache/apt", ctdf::locked)(
        ctdf::cache("/var/lib/apt/lists", ctdf::locked)(
            ctdf::run(ctdf::apt_install("git", "curl"), ctdf::apt_install("make")))));

inline constexpr auto builder = ctdf::stage<"builder", base>()(
    ctdf::copy("."),
    ctdf::copy("config/app.toml", "/etc/app/app.toml"),
    ctdf::run("make deps"),
    ctdf::run({{"CC", "clang"}, {"CFLAGS", "-O2 -g"}}, "make -j"),
    ctdf::with_env({{"MODE", "release"}})(
        ctdf::secret("netrc", "/root/.netrc")(
            ctdf::bind("scripts", "/scripts")(
                ctdf::run("/scripts/fetch.sh", "make install DESTDIR=/out"))),
        ctdf::run("make check")));

inline constexpr auto tested = ctdf::stage<"tested", builder>()(
    ctdf::run(ctdf::sh("make test", {{"TEST_JOBS", "4"}})));

inline constexpr auto runtime = ctdf::stage<"runtime">("debian:12-slim")(
    ctdf::copy_from<builder>("/out/usr/local/bin/server", "/usr/local/bin/"),
    ctdf::copy_from<tested>("/src/REPORT", "/usr/share/doc/server/REPORT", ctdf::no_link),
    ctdf::copy("/etc/nginx/mime.types", "/etc/mime.types", ctdf::from_image("nginx:1.27")),
    ctdf::copy("/licenses", ctdf::from("licenses")),
    ctdf::copy("README.md", "/usr/share/doc/server/", ctdf::link),
    ctdf::entrypoint("/usr/local/bin/server"),
    ctdf::cmd("--port", "8080"));

inline constexpr auto image = ctdf::dockerfile<base, builder, runtime>(ctdf::syntax("docker/dockerfile:1.7"));

}  // namespace examples::every_method
