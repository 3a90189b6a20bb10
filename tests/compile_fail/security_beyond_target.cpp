// mistake: RUN --security in a file aimed at docker/dockerfile 1.19
// expect: RUN_security_needs_docker_dockerfile_1_20_which_the_target_does_not_read
// fix: target docker/dockerfile:1.20 or newer (or 1-labs with syntax(...))
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::security("insecure")(ctdf::run("make")),
#endif
    ctdf::run("make"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_19));
