// mistake: RUN --network in a file aimed at docker/dockerfile 1.2
// expect: RUN_network_needs_docker_dockerfile_1_3_which_the_target_does_not_read
// fix: target docker/dockerfile:1.3 or newer (dockerfile_1_4 is the nearest), or leave --network out
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::network("none")(ctdf::run("make test")),
#endif
    ctdf::run("make"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_2));
