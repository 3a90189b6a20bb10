#pragma once
#include <ctdf.hpp>

// A C++ service: a toolchain stage, a build stage with cached compiler
// output, and a slim runtime that receives only the installed binary.
namespace examples::multi_stage {

inline constexpr auto toolchain = ctdf::stage<"toolchain">("debian:12")(
    ctdf::env({{"DEBIAN_FRONTEND", "noninteractive"}}),
    ctdf::cache("/var/cache/apt", ctdf::locked)(
        ctdf::cache("/var/lib/apt/lists", ctdf::locked)(
            ctdf::run(ctdf::apt_install("g++", "cmake", "ninja-build", "ccache", "libboost-dev")))));

inline constexpr auto build = ctdf::stage<"build", toolchain>()(
    ctdf::workdir("/src"),
    ctdf::copy("."),
    ctdf::add_to_path("/usr/lib/ccache"),
    ctdf::cache("/root/.cache/ccache")(
        ctdf::run("cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release",
                  "cmake --build build",
                  "cmake --install build --prefix /opt/service")));

inline constexpr auto runtime = ctdf::stage<"runtime">("debian:12-slim")(
    ctdf::copy_from<build>("/opt/service", "/opt/service"),
    ctdf::workdir("/srv"),
    ctdf::entrypoint("/opt/service/bin/service"),
    ctdf::cmd("--listen", "0.0.0.0:8080"));

inline constexpr auto image = ctdf::dockerfile<runtime>();

}  // namespace examples::multi_stage
