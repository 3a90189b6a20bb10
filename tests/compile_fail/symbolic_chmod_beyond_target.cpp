// mistake: a symbolic --chmod in a file aimed at buildah 1.28, which reads octal modes only
// expect: symbolic_chmod_needs_docker_dockerfile_1_14_which_the_target_does_not_read
// fix: write the mode in octal, or target docker/dockerfile:1.14 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy("run.sh", "/app/", ctdf::chmod("u+x")),
#endif
    ctdf::copy("a", "/a"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::buildah_1_28));
