// Writes every Dockerfile the project generates (the examples, the
// end-to-end definition, one of COPY's and ADD's flags and sources, and one of
// RUN's mounts and flags, and one of heredocs) into DIR as NAME.Dockerfile,
// with NAME.json, the definition as data (ctdf::to_json), for roundtrip.js to
// compare.
#include <cstdio>
#include <string>
#include <string_view>

#include <ctdf/describe.hpp>

#include "apt_sources/apt_sources.hpp"
#include "clone_and_build/clone_and_build.hpp"
#include "e2e.hpp"
#include "every_method/every_method.hpp"
#include "helpers/helpers.hpp"
#include "minimal/minimal.hpp"
#include "multi_stage/multi_stage.hpp"
#include "production/production.hpp"
#include "python_service/python_service.hpp"

namespace {

// COPY's and ADD's flags and sources, each quoting path once. ADD --unpack is
// left out: dockerfile-utils 0.16 (validate.js) does not know it yet.
inline constexpr auto flags_builder = ctdf::stage<"builder">("gcc:14")(ctdf::run("make"));
inline constexpr auto flags_app = ctdf::stage<"app">("debian:12", ctdf::image_env("MODE"))(
    ctdf::copy("app.sh", "/app/", ctdf::chmod("0755"), ctdf::chown("1000:1000")),
    ctdf::copy(".", "/src/", ctdf::chmod("u=rwX,go=rX"), ctdf::exclude("*.md"), ctdf::exclude("build/[ab]?")),
    ctdf::copy("./x/./y/*.txt", "/parents/", ctdf::parents),
    ctdf::copy("my file", "/my dir/", ctdf::chown("app:staff"), ctdf::chmod(ctdf::expand("$MODE"))),
    ctdf::copy_from<flags_builder>("/out/lib", "/usr/lib/", ctdf::chown("app")),
    ctdf::copy_from<flags_builder>("/out/bin", "/usr/bin/", ctdf::chmod("0555"), ctdf::exclude("*.o")),
    ctdf::add("vendor.tar.gz", "/opt/vendor/"),
    ctdf::add("https://example.com/tool.tar.gz?v=1&os=linux", "/opt/tool.tgz",
              ctdf::checksum("sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d"),
              ctdf::chmod("0644")),
    ctdf::add("https://github.com/moby/buildkit.git#v0.10.1", "/buildkit/", ctdf::keep_git_dir, ctdf::link),
    ctdf::add("git@github.com:moby/buildkit.git", "/bk/", ctdf::chown("0:0"), ctdf::exclude("docs")),
    ctdf::add("it's here", "/i/"));
inline constexpr auto copy_add_flags = ctdf::dockerfile<flags_app>();

// # escape=`: every escape ctdf writes is a backtick.
inline constexpr auto windows_app = ctdf::stage<"win">("mcr.microsoft.com/windows/servercore:ltsc2022")(
    ctdf::env({{"APP_HOME", "C:\\Program Files\\app"}, {"QUOTE", "say \"hi\" `now`"}, {"LITERAL", "$HOME"},
               {"BOTH", "it's $5"}}),
    ctdf::add_to_path("C:\\my tools", "D:\\bin"),
    ctdf::workdir("C:\\src dir"),
    ctdf::copy("my file.txt", "C:\\dst\\"),
    ctdf::volume("C:\\data dir"),
    ctdf::cache("/cache")(ctdf::run("build.cmd", "test.cmd")),
    ctdf::cmd("cmd", "/S", "/C", "C:\\app\\run.cmd"));
inline constexpr auto escape_backtick = ctdf::dockerfile<windows_app>(ctdf::escape_backtick);

// FROM --platform, global ARGs, the # check= directive and ONBUILD.
inline constexpr auto cross_build = ctdf::stage<"build">(ctdf::expand("golang:${GO_VERSION}-bookworm"),
                                                         ctdf::platform("$BUILDPLATFORM"))(ctdf::workdir("/src"));
inline constexpr auto cross_app = ctdf::stage<"app">(ctdf::expand("debian:${DEBIAN}-slim"))(
    ctdf::copy_from<cross_build>("/out", "/app"),
    ctdf::onbuild(ctdf::copy("my src", "/app/src")),
    ctdf::onbuild(ctdf::cache("/root/.cache")(ctdf::run("make", "make install"))),
    ctdf::onbuild(ctdf::env({{"MODE", "it's on"}})),
    ctdf::onbuild(ctdf::cmd("/app/run", "--fast")),
    ctdf::healthcheck(ctdf::timeout("5s"), ctdf::shell_form("curl -f \"http://localhost:8080/\" || exit 1")));
inline constexpr auto from_and_checks = ctdf::dockerfile<cross_app>(
    ctdf::global_args(ctdf::arg("GO_VERSION", "1.22"), ctdf::arg("DEBIAN", "12")), ctdf::checks_are_errors,
    ctdf::skip_check("CopyIgnoredFile"), ctdf::skip_check("InvalidBaseImagePlatform"));

// Every mount type and option, RUN --network and --security; the stages the
// mounts read from come first. dockerfile-utils 0.16 accepts each of them.
inline constexpr auto mounts_seed = ctdf::stage<"seed">("debian:12")(ctdf::run("mkdir -p /cache"));
inline constexpr auto mounts_app = ctdf::stage<"app">("debian:12")(
    ctdf::cache("/root/.cache/pip", ctdf::id("pip"), ctdf::sharing("private"), ctdf::mode("0700"), ctdf::uid("1000"),
                ctdf::gid("1000"), ctdf::readonly)(ctdf::run("pip install flask")),
    ctdf::cache("/cache", ctdf::from_stage<mounts_seed>, ctdf::source("/cache"), ctdf::locked)(ctdf::run("ls /cache")),
    ctdf::bind_from<flags_builder>("/out", "/mnt", ctdf::readwrite)(ctdf::run("cp /mnt/app /usr/bin/")),
    ctdf::bind("/etc", "/alpine-etc", ctdf::from_image("alpine:3.20"))(ctdf::run("ls /alpine-etc")),
    ctdf::tmpfs("/tmp", ctdf::size(64 << 20))(ctdf::run("make check")),
    ctdf::secret("token", ctdf::as_env("TOKEN"), ctdf::required)(
        ctdf::secret("netrc", "/root/.netrc", ctdf::mode("0400"), ctdf::uid("0"), ctdf::gid("0"))(ctdf::run("make"))),
    ctdf::ssh("github", "/run/gh.sock", ctdf::required, ctdf::mode("0600"))(ctdf::ssh()(ctdf::run("git fetch"))),
    ctdf::network("none")(ctdf::run("make test")),
    ctdf::network("host")(ctdf::security("insecure")(ctdf::run("ip link"))));
inline constexpr auto mounts = ctdf::dockerfile<mounts_app>();

// Heredocs: scripts with and without an interpreter, in mount and env scopes,
// bodies with empty lines, # lines, $, lines ending in a backslash and a line
// EOF, and inline files with COPY's flags. No body's last line ends in a
// backslash: dockerfile-ast 0.7.1's getHeredocs() then takes the delimiter for
// a continued line and reads it into the body (BuildKit reads body lines as
// they are).
inline constexpr auto heredoc_app = ctdf::stage<"app">("debian:12")(
    ctdf::run(ctdf::script("set -e", "", "# a line of the script, not a comment", "echo \"$HOME\" \\", "  'EOF'")),
    ctdf::cache("/var/cache/apt", ctdf::locked)(ctdf::with_env({{"DEBIAN_FRONTEND", "noninteractive"}})(
        ctdf::run({{"CC", "clang cc"}}, ctdf::script("apt-get update", "EOF", "make")))),
    ctdf::secret("token")(ctdf::run(ctdf::script(ctdf::interpreter("python3", "-u"), "import os", "print('$x')"))),
    ctdf::run(ctdf::script("#!/usr/bin/env python3", "print(1)")),
    ctdf::copy(ctdf::inline_file("[app]", "path=C:\\x\\", "home=$HOME", ""), "/etc/app.conf", ctdf::chmod("0644")),
    ctdf::copy(ctdf::inline_file("#!/bin/sh", "exec app \"$@\""), "/usr/local/bin/run", ctdf::chmod("0755"),
               ctdf::chown("1000:1000"), ctdf::link),
    ctdf::copy(ctdf::inline_file(), "/etc/empty"),
    ctdf::cmd("/usr/local/bin/run"));
inline constexpr auto heredocs = ctdf::dockerfile<heredoc_app>();

bool save(const std::string& path, std::string_view text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok;
}

template <const auto& X>
bool both(const std::string& dir, const char* name) {
    return save(dir + "/" + name + ".Dockerfile", ctdf::render<X>.view()) &&
           save(dir + "/" + name + ".json", ctdf::to_json(X));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    const bool ok = both<examples::minimal::image>(dir, "minimal") &&
                    both<examples::multi_stage::image>(dir, "multi_stage") &&
                    both<examples::python_service::image>(dir, "python_service") &&
                    both<examples::every_method::image>(dir, "every_method") &&
                    both<examples::apt_sources::image>(dir, "apt_sources") &&
                    both<examples::clone_and_build::image>(dir, "clone_and_build") &&
                    both<examples::helpers::image>(dir, "helpers") &&
                    both<examples::production::image>(dir, "production") && both<e2e::everything>(dir, "e2e") &&
                    both<copy_add_flags>(dir, "copy_add_flags") && both<from_and_checks>(dir, "from_and_checks") &&
                    both<escape_backtick>(dir, "escape_backtick") &&
                    both<mounts>(dir, "mounts") && both<heredocs>(dir, "heredocs");
    return ok ? 0 : 1;
}
