// Package managers' installs: the exact RUN each writes with its cache
// mounts, one argument and several, flags, a moved cache, arguments the shell
// must receive exactly, and empty text refused.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace packages_test {

using ctdf_test::error_of;

inline constexpr auto apk = ctdf::stage<"a">("alpine:3.20")(
    ctdf::apk_add("curl"),
    ctdf::apk_add("ca-certificates", "git", "openssh-client"),
    ctdf::apk_add("--virtual", ".build-deps", "gcc", "musl-dev"));

inline constexpr auto dnf = ctdf::stage<"d">("fedora:40")(
    ctdf::dnf_install("git"),
    ctdf::dnf_install("gcc", "make", ctdf::flag("enablerepo", "crb")),
    ctdf::dnf_install.cached_at("/var/cache/libdnf5")("jq"),
    ctdf::microdnf_install("shadow-utils", "tar"));

inline constexpr auto pip = ctdf::stage<"p">("python:3.12-slim")(
    ctdf::pip_install("flask"),
    ctdf::pip_install("-r", "requirements.txt"),
    ctdf::pip_install(ctdf::flag("requirement", "requirements.txt"), ctdf::flag("no_deps", true)),
    ctdf::pip_install.cached_at("/home/app/.cache/pip")("uvicorn[standard]", "pydantic>=2,<3"),
    ctdf::secret("pip-index", "/etc/pip.conf")(ctdf::pip_install("-r", "requirements.txt")));

inline constexpr auto node_js = ctdf::stage<"n">("node:22")(
    ctdf::npm_ci(),
    ctdf::npm_ci("--omit=dev"),
    ctdf::npm_ci.cached_at("/home/node/.npm")(ctdf::flag("ignore_scripts", true)));

inline constexpr auto rust = ctdf::stage<"r">("rust:1.83")(
    ctdf::cargo_install("--path", "."),
    ctdf::cargo_install("ripgrep", ctdf::flag("version", "14.1.1")),
    ctdf::cargo_install.cached_at("/cache/target")("--path", "crates/app"));

inline constexpr auto go = ctdf::stage<"g">("golang:1.23")(
    ctdf::go_mod_download(),
    ctdf::go_mod_download("-x"),
    ctdf::go_mod_download.cached_at("/home/app/go/pkg/mod")(),
    ctdf::go_build("-o", "/out/app", "./cmd/app"),
    ctdf::go_build());

// Quotes, spaces, $ and backslashes: the program receives each exactly.
inline constexpr auto hostile = ctdf::stage<"h">("img")(
    ctdf::apk_add("it's", "a b", "$HOME"),
    ctdf::pip_install("x; rm -rf /", "\"q\"", "back\\slash", ctdf::flag("index_url", "https://u:p w@e.com/$x")),
    ctdf::npm_ci("`id`"));

// Nine arguments and more go through the template overload.
inline constexpr auto many = ctdf::stage<"m">("alpine:3.20")(
    ctdf::apk_add("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));

namespace fs = std::filesystem;

// The command line of a stage's one RUN, after its mounts.
template <class Node>
std::string command_of(const Node& n) {
    const std::string file = ctdf::to_string(ctdf::stage<"s">("img")(n));
    const std::string::size_type at = file.find(" \\\n  ");
    REQUIRE(at != std::string::npos);
    REQUIRE(file.back() == '\n');
    std::string text = file.substr(at + 5, file.size() - at - 6);
    REQUIRE(text.find('\n') == std::string::npos);
    return text;
}

// Runs text by /bin/sh with stand-ins for the package managers first on
// PATH; each prints the arguments it received as [arg][arg]...
std::string arguments_received(const std::string& text) {
    std::string tmpl = (fs::temp_directory_path() / "ctdf-pkg-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    const fs::path dir = tmpl;
    for (const char* p : {"apk", "dnf", "microdnf", "pip", "npm", "cargo", "go"}) {
        std::ofstream(dir / p) << "#!/bin/sh\nprintf '[%s]' \"$@\"\n";
        fs::permissions(dir / p, fs::perms::owner_all);
    }
    std::FILE* pipe = ::popen(("PATH='" + dir.string() + "':\"$PATH\"; " + text).c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string out;
    char buf[4096];
    for (std::size_t got; (got = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, got);
    CHECK(::pclose(pipe) == 0);
    fs::remove_all(dir);
    return out;
}

}  // namespace packages_test

using namespace packages_test;

TEST_CASE("packages: apk_add caches /etc/apk/cache, locked, with fresh indexes", "[packages]") {
    STATIC_REQUIRE(ctdf::render<apk>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM alpine:3.20 AS a\n"
                   "RUN --mount=type=cache,target=/etc/apk/cache,sharing=locked \\\n"
                   "  apk add --update-cache curl\n"
                   "RUN --mount=type=cache,target=/etc/apk/cache,sharing=locked \\\n"
                   "  apk add --update-cache ca-certificates git openssh-client\n"
                   "RUN --mount=type=cache,target=/etc/apk/cache,sharing=locked \\\n"
                   "  apk add --update-cache --virtual .build-deps gcc musl-dev\n");
    CHECK(ctdf::to_string(apk) == ctdf::render<apk>.view());
}

TEST_CASE("packages: dnf_install and microdnf_install keep their packages, locked", "[packages]") {
    STATIC_REQUIRE(ctdf::render<dnf>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM fedora:40 AS d\n"
                   "RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked \\\n"
                   "  dnf install -y --refresh --setopt=install_weak_deps=0 --setopt=keepcache=1 "
                   "--setopt=tsflags=nodocs git\n"
                   "RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked \\\n"
                   "  dnf install -y --refresh --setopt=install_weak_deps=0 --setopt=keepcache=1 "
                   "--setopt=tsflags=nodocs gcc make --enablerepo crb\n"
                   "RUN --mount=type=cache,target=/var/cache/libdnf5,sharing=locked \\\n"
                   "  dnf install -y --refresh --setopt=install_weak_deps=0 --setopt=keepcache=1 "
                   "--setopt=tsflags=nodocs jq\n"
                   "RUN --mount=type=cache,target=/var/cache/yum,sharing=locked \\\n"
                   "  microdnf install -y --refresh --setopt=install_weak_deps=0 --setopt=keepcache=1 "
                   "--setopt=tsflags=nodocs shadow-utils tar\n");
    CHECK(ctdf::to_string(dnf) == ctdf::render<dnf>.view());
}

TEST_CASE("packages: pip_install with requirements, flags, a moved cache and a secret around it", "[packages]") {
    STATIC_REQUIRE(ctdf::render<pip>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM python:3.12-slim AS p\n"
                   "RUN --mount=type=cache,target=/root/.cache/pip \\\n"
                   "  pip install flask\n"
                   "RUN --mount=type=cache,target=/root/.cache/pip \\\n"
                   "  pip install -r requirements.txt\n"
                   "RUN --mount=type=cache,target=/root/.cache/pip \\\n"
                   "  pip install --requirement requirements.txt --no-deps\n"
                   "RUN --mount=type=cache,target=/home/app/.cache/pip \\\n"
                   "  pip install 'uvicorn[standard]' 'pydantic>=2,<3'\n"
                   "RUN --mount=type=secret,id=pip-index,target=/etc/pip.conf "
                   "--mount=type=cache,target=/root/.cache/pip \\\n"
                   "  pip install -r requirements.txt\n");
    CHECK(ctdf::to_string(pip) == ctdf::render<pip>.view());
}

TEST_CASE("packages: npm_ci alone, with arguments and with a moved cache", "[packages]") {
    STATIC_REQUIRE(ctdf::render<node_js>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM node:22 AS n\n"
                   "RUN --mount=type=cache,target=/root/.npm \\\n"
                   "  npm ci\n"
                   "RUN --mount=type=cache,target=/root/.npm \\\n"
                   "  npm ci --omit=dev\n"
                   "RUN --mount=type=cache,target=/home/node/.npm \\\n"
                   "  npm ci --ignore-scripts\n");
    CHECK(ctdf::to_string(node_js) == ctdf::render<node_js>.view());
}

TEST_CASE("packages: cargo_install caches the registry, git and its target directory", "[packages]") {
    STATIC_REQUIRE(ctdf::render<rust>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM rust:1.83 AS r\n"
                   "RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked "
                   "--mount=type=cache,target=/usr/local/cargo/git,sharing=locked "
                   "--mount=type=cache,target=/usr/local/cargo/target \\\n"
                   "  cargo install --locked --target-dir /usr/local/cargo/target --path .\n"
                   "RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked "
                   "--mount=type=cache,target=/usr/local/cargo/git,sharing=locked "
                   "--mount=type=cache,target=/usr/local/cargo/target \\\n"
                   "  cargo install --locked --target-dir /usr/local/cargo/target ripgrep --version 14.1.1\n"
                   "RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked "
                   "--mount=type=cache,target=/usr/local/cargo/git,sharing=locked "
                   "--mount=type=cache,target=/cache/target \\\n"
                   "  cargo install --locked --target-dir /cache/target --path crates/app\n");
    CHECK(ctdf::to_string(rust) == ctdf::render<rust>.view());
}

TEST_CASE("packages: go_mod_download and go_build share the module cache", "[packages]") {
    STATIC_REQUIRE(ctdf::render<go>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM golang:1.23 AS g\n"
                   "RUN --mount=type=cache,target=/go/pkg/mod \\\n"
                   "  go mod download\n"
                   "RUN --mount=type=cache,target=/go/pkg/mod \\\n"
                   "  go mod download -x\n"
                   "RUN --mount=type=cache,target=/home/app/go/pkg/mod \\\n"
                   "  go mod download\n"
                   "RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \\\n"
                   "  go build -o /out/app ./cmd/app\n"
                   "RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \\\n"
                   "  go build\n");
    CHECK(ctdf::to_string(go) == ctdf::render<go>.view());
}

TEST_CASE("packages: hostile arguments are quoted for /bin/sh", "[packages]") {
    STATIC_REQUIRE(ctdf::render<hostile>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS h\n"
                   "RUN --mount=type=cache,target=/etc/apk/cache,sharing=locked \\\n"
                   "  apk add --update-cache 'it'\\''s' 'a b' '$HOME'\n"
                   "RUN --mount=type=cache,target=/root/.cache/pip \\\n"
                   "  pip install 'x; rm -rf /' '\"q\"' 'back\\slash' --index-url 'https://u:p w@e.com/$x'\n"
                   "RUN --mount=type=cache,target=/root/.npm \\\n"
                   "  npm ci '`id`'\n");
    CHECK(ctdf::to_string(hostile) == ctdf::render<hostile>.view());
}

TEST_CASE("packages: more than eight arguments", "[packages]") {
    STATIC_REQUIRE(ctdf::render<many>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM alpine:3.20 AS m\n"
                   "RUN --mount=type=cache,target=/etc/apk/cache,sharing=locked \\\n"
                   "  apk add --update-cache a b c d e f g h i j\n");
}

TEST_CASE("packages: run-time arguments", "[packages]") {
    const std::string package = "libpq-dev", version = "it's 1", cache = "/opt/pip cache";
    const auto s = ctdf::stage<"d">("img")(ctdf::apk_add(ctdf::dynamic(package)),
                                           ctdf::pip_install(ctdf::dynamic("x==" + version)));
    CHECK(ctdf::to_string(s) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS d\n"
          "RUN --mount=type=cache,target=/etc/apk/cache,sharing=locked \\\n"
          "  apk add --update-cache libpq-dev\n"
          "RUN --mount=type=cache,target=/root/.cache/pip \\\n"
          "  pip install 'x==it'\\''s 1'\n");
    // A cache directory BuildKit would reparse is refused, as cache(...) refuses it.
    CHECK(error_of([&] { (void)ctdf::pip_install.cached_at(ctdf::dynamic(cache))("flask"); })
              .find("/opt/pip cache") != std::string::npos);
    CHECK(error_of([&] { (void)ctdf::stage<"s">("node:22")(ctdf::npm_ci.cached_at(ctdf::dynamic("root/.npm"))()); })
              .find("relative and no absolute WORKDIR") != std::string::npos);
}

TEST_CASE("packages: empty packages and arguments throw ctdf::error", "[packages]") {
    const ctdf::text empty = ctdf::dynamic("");
    CHECK(error_of([&] { (void)ctdf::apk_add("curl", empty); }).find("apk package") != std::string::npos);
    CHECK(error_of([&] { (void)ctdf::dnf_install(empty); }).find("dnf package") != std::string::npos);
    CHECK(error_of([&] { (void)ctdf::microdnf_install(empty); }).find("microdnf package") != std::string::npos);
    CHECK(error_of([&] { (void)ctdf::pip_install("-r", empty); }).find("pip argument") != std::string::npos);
    CHECK(error_of([&] { (void)ctdf::npm_ci(empty); }).find("npm ci argument") != std::string::npos);
    CHECK(error_of([&] { (void)ctdf::cargo_install(empty); }).find("cargo install argument") != std::string::npos);
    CHECK(error_of([&] { (void)ctdf::go_mod_download(empty); }).find("go mod download argument") !=
          std::string::npos);
    CHECK(error_of([&] { (void)ctdf::go_build("-o", empty); }).find("go build argument") !=
          std::string::npos);
    CHECK(error_of([&] { (void)ctdf::dnf_install.cached_at(empty)("git"); }).find("empty") != std::string::npos);
}

TEST_CASE("packages: /bin/sh gives each manager its arguments exactly", "[packages][shell]") {
    const std::vector<std::string> values = {
        "plain", "two words", "it's", "\"double\"", "$HOME", "$(echo pwned)", "`echo pwned`", "a;b",
        "a && b || c", "*", "~", "#not a comment", "back\\slash", "trailing\\", "tab\there", "!bang",
        "{a,b}", "-n", "%s %d", "it's \"all\" $of `them` \\ ; * ~"};
    for (const std::string& v : values) {
        INFO("value: " << v);
        const ctdf::text t = ctdf::dynamic(v);
        const std::string got = "[" + v + "][x]";
        CHECK(arguments_received(command_of(ctdf::apk_add(t, "x"))) == "[add][--update-cache]" + got);
        CHECK(arguments_received(command_of(ctdf::dnf_install(t, "x"))) ==
              "[install][-y][--refresh][--setopt=install_weak_deps=0][--setopt=keepcache=1]"
              "[--setopt=tsflags=nodocs]" + got);
        CHECK(arguments_received(command_of(ctdf::microdnf_install(t, "x"))) ==
              "[install][-y][--refresh][--setopt=install_weak_deps=0][--setopt=keepcache=1]"
              "[--setopt=tsflags=nodocs]" + got);
        CHECK(arguments_received(command_of(ctdf::pip_install(t, "x"))) == "[install]" + got);
        CHECK(arguments_received(command_of(ctdf::npm_ci(t, "x"))) == "[ci]" + got);
        CHECK(arguments_received(command_of(ctdf::cargo_install(t, "x"))) ==
              "[install][--locked][--target-dir][/usr/local/cargo/target]" + got);
        CHECK(arguments_received(command_of(ctdf::go_mod_download(t, "x"))) == "[mod][download]" + got);
        CHECK(arguments_received(command_of(ctdf::go_build(t, ctdf::flag("tags", t)))) ==
              "[build][" + v + "][--tags][" + v + "]");
    }
}
