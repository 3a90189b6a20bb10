// mistake: COPY --parents in a file aimed at buildah 1.28
// expect: COPY_parents_needs_docker_dockerfile_1_20_which_the_target_does_not_read
// fix: one COPY per directory, or target docker/dockerfile:1.20 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy("./x/a.txt", "/parents/", ctdf::parents),
#endif
    ctdf::copy("a", "/a"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::buildah_1_28));
