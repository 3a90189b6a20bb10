// mistake: the # check= directive for a frontend older than docker/dockerfile:1.8
// expect: check_directive_needs_docker_dockerfile_1_8_which_the_target_does_not_read
// fix: leave checks_are_errors out for buildah 1.28, or target a newer frontend
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(ctdf::cmd("true"));
#ifndef CTDF_CONTROL
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::checks_are_errors, ctdf::target(ctdf::buildah_1_28));
#else
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::target(ctdf::buildah_1_28));
#endif
