#pragma once
#include <ctdf.hpp>

// Reusable helpers are plain constexpr functions returning scopes: here one
// that wraps RUNs in cargo's cache mounts, and one for apt's.
namespace examples::helpers {

// Cargo's registry, git checkouts and the build's target directory, cached.
template <class... Runs>
constexpr auto cargo_cached(const Runs&... runs) {
    return ctdf::cache("/usr/local/cargo/registry", ctdf::locked)(
        ctdf::cache("/usr/local/cargo/git", ctdf::locked)(ctdf::cache("/src/target")(runs...)));
}

template <class... Runs>
constexpr auto apt_cached(const Runs&... runs) {
    return ctdf::cache("/var/cache/apt", ctdf::locked)(ctdf::cache("/var/lib/apt/lists", ctdf::locked)(runs...));
}

inline constexpr auto build = ctdf::stage<"build">("rust:1.83")(
    ctdf::workdir("/src"),
    apt_cached(ctdf::run(ctdf::apt_install("pkg-config", "libssl-dev"))),
    ctdf::copy("."),
    cargo_cached(ctdf::run(ctdf::words("cargo", "build", ctdf::flag("release", true), ctdf::flag("locked", true)),
                           "cp target/release/app /usr/local/bin/app")));

inline constexpr auto runtime = ctdf::stage<"runtime">("debian:12-slim")(
    apt_cached(ctdf::run(ctdf::apt_install("ca-certificates", "libssl3"))),
    ctdf::copy_from<build>("/usr/local/bin/app", "/usr/local/bin/app"),
    ctdf::entrypoint("/usr/local/bin/app"));

inline constexpr auto image = ctdf::dockerfile<runtime>();

}  // namespace examples::helpers
