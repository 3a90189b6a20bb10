#pragma once
#include <ctdf.hpp>

// A production Go service, as a platform team would write it by hand: the
// versions as global ARGs, a build stage that cross-compiles on the build
// machine's platform with the module and build caches mounted and the
// sources bound rather than copied, a stage that fetches CA certificates,
// and a slim final stage that takes them through a bind mount (a script in a
// heredoc, /tmp in memory), gets its configuration from an inline file, runs
// as an unprivileged user and says how to check its health. BuildKit's own
// checks fail the build on any warning.
namespace examples::production {

inline constexpr auto build = ctdf::stage<"build">(ctdf::expand("golang:${GO_VERSION}-bookworm"),
                                                   ctdf::platform("$BUILDPLATFORM"))(
    ctdf::arg("TARGETOS"),
    ctdf::arg("TARGETARCH"),
    ctdf::workdir("/src"),
    ctdf::bind("go.mod", "go.mod")(ctdf::bind("go.sum", "go.sum")(ctdf::go_mod_download())),
    ctdf::bind(".", ".")(ctdf::with_env({{"CGO_ENABLED", "0"},
                                         {"GOOS", ctdf::expand("${TARGETOS}")},
                                         {"GOARCH", ctdf::expand("${TARGETARCH}")}})(
        ctdf::go_build("-trimpath", "-ldflags=-s -w", "-o", "/out/server", "./cmd/server"))));

inline constexpr auto certificates = ctdf::stage<"certificates">(ctdf::expand("debian:${DEBIAN_VERSION}-slim"))(
    ctdf::cache("/var/cache/apt", ctdf::locked)(
        ctdf::cache("/var/lib/apt/lists", ctdf::locked)(ctdf::run(ctdf::apt_install("ca-certificates")))));

inline constexpr auto final_stage = ctdf::stage<"final">(ctdf::expand("debian:${DEBIAN_VERSION}-slim"))(
    ctdf::bind_from<certificates>("/etc/ssl/certs", "/mnt/certs")(ctdf::tmpfs("/tmp")(ctdf::run(ctdf::script(
        "set -eu",
        "cp -a /mnt/certs/. /etc/ssl/certs/",
        "useradd --system --uid 10001 --no-create-home server",
        "install -d -o server -g server /var/lib/server")))),
    ctdf::copy_from<build>("/out/server", "/usr/local/bin/server"),
    ctdf::copy(ctdf::inline_file("listen: \":8080\"",
                                 "data_dir: /var/lib/server",
                                 "log_format: json"),
               "/etc/server/config.yaml", ctdf::chmod("0444")),
    ctdf::label({{"org.opencontainers.image.title", "server"},
                 {"org.opencontainers.image.source", "https://example.com/server"}}),
    ctdf::user("10001:10001"),
    ctdf::expose("8080"),
    ctdf::healthcheck(ctdf::interval("30s"), ctdf::timeout("3s"), "/usr/local/bin/server", "healthcheck"),
    ctdf::entrypoint("/usr/local/bin/server"),
    ctdf::cmd("--listen", ":8080"));

inline constexpr auto image = ctdf::dockerfile<build, certificates, final_stage>(
    ctdf::global_args(ctdf::arg("GO_VERSION", "1.22"), ctdf::arg("DEBIAN_VERSION", "12")), ctdf::checks_are_errors);

}  // namespace examples::production
