// mistake: COPY --chmod in a file aimed at docker/dockerfile:1.0
// expect: chmod_needs_docker_dockerfile_1_2_which_the_target_does_not_read
// fix: RUN chmod after the copy, or target docker/dockerfile:1.2 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy("run.sh", "/app/", ctdf::chmod("0755")),
#endif
    ctdf::copy("a", "/a"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_0));
