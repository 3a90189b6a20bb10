#pragma once
// End-to-end definitions that a real builder builds (buildah_e2e.sh): every
// seed feature once.
#include <ctdf.hpp>

namespace e2e {

inline constexpr auto tools = ctdf::stage<"tools">("localhost/ctdf-e2e-base:1")(
    ctdf::run("printf tool > /tool.txt"));

// The base image the test commits from a busybox rootfs. Debian's buildah
// 1.28 does not read COPY --link: the file targets it, so none is written.
inline constexpr auto base = ctdf::stage<"base">("localhost/ctdf-e2e-base:1")(
    ctdf::arg("VERSION", "1.0", ctdf::also_env),
    ctdf::env({{"GREETING", "hello world"}, {"UNSET", ctdf::none}}),
    ctdf::add_to_path("/opt/tool/bin"),
    ctdf::workdir("/app"),
    ctdf::with_env({{"MODE", "it's ci"}})(
        ctdf::run("printf '%s\\n' \"$MODE\" > /app/mode.txt", "printf '%s\\n' \"$MODE\" >> /app/mode.txt")),
    ctdf::secret("token", "/run/secrets/token")(ctdf::run("wc -c < /run/secrets/token > /app/secret-size.txt")),
    ctdf::bind(".", "/ctx")(ctdf::run("cat /ctx/greeting.txt > /app/from-bind.txt")),
    ctdf::cache("/cache")(ctdf::run("printf x >> /cache/builds", "wc -c < /cache/builds > /app/builds.txt")),
    ctdf::run(ctdf::echo("it's \"quoted\" $HOME") > "/app/echo.txt"),
    // Mount options buildah 1.28 reads (no tmpfs size, sharing=private,
    // secret env=, --network or --security): a bind of another stage links it
    // and puts it first.
    ctdf::tmpfs("/scratch")(ctdf::run("printf t > /scratch/t", "cat /scratch/t > /app/tmpfs.txt")),
    ctdf::bind_from<tools>("/tool.txt", "/mnt/tool.txt")(ctdf::run("cat /mnt/tool.txt > /app/bound-tool.txt")),
    ctdf::bind(".", "/ctx", ctdf::readwrite)(ctdf::run("printf w > /ctx/written.txt", "cat /ctx/written.txt > /app/rw.txt")),
    ctdf::cache("/owned", ctdf::id("ctdf-e2e-owned"), ctdf::locked, ctdf::mode("0750"), ctdf::uid("1000"),
                ctdf::gid("1001"))(ctdf::run("stat -c '%a %u:%g' /owned > /app/cache-owner.txt")),
    ctdf::secret("token", "/run/own-token", ctdf::required, ctdf::mode("0440"), ctdf::uid("1000"), ctdf::gid("1001"))(
        ctdf::run("stat -c '%a %u:%g' /run/own-token > /app/secret-owner.txt")));

inline constexpr auto child = ctdf::stage<"child", base>()(ctdf::run("printf child > /app/child.txt"));

// buildah 1.28 reads octal --chmod and --chown (numeric: the base image has
// no /etc/passwd), and ADD unpacks a local tar archive.
inline constexpr auto final_stage = ctdf::stage<"final", child>()(
    ctdf::copy_from<tools>("/tool.txt", "/app/tool.txt"),
    ctdf::copy("greeting.txt", "/app/greeting.txt", ctdf::chmod("0640"), ctdf::chown("1000:1001")),
    ctdf::add("bundle.tar", "/app/bundle/"),
    ctdf::add("greeting.txt", "/app/added.txt", ctdf::chmod("0600"), ctdf::chown("1002")),
    ctdf::label({{"org.opencontainers.image.title", "ctdf e2e"}}),
    ctdf::expose("8080", "53/udp"),
    ctdf::volume("/data"),
    ctdf::stopsignal("SIGQUIT"),
    ctdf::user("1000:1000"),
    ctdf::entrypoint("cat"),
    ctdf::cmd("/app/mode.txt"));

inline constexpr auto everything = ctdf::dockerfile<final_stage>(ctdf::target(ctdf::buildah_1_28));

}  // namespace e2e
