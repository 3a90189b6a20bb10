// mistake: COPY --exclude in a file aimed at docker/dockerfile:1.17
// expect: exclude_needs_docker_dockerfile_1_19_which_the_target_does_not_read
// fix: list what to copy in .dockerignore, or target docker/dockerfile:1.19 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy(".", "/src/", ctdf::exclude("*.md")),
#endif
    ctdf::copy("a", "/a"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_17));
