// mistake: ADD --unpack in a file aimed at docker/dockerfile:1.14
// expect: ADD_unpack_needs_docker_dockerfile_1_17_which_the_target_does_not_read
// fix: unpack in a RUN, or target docker/dockerfile:1.17 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::add("https://example.com/a.tgz", "/opt/", ctdf::unpack),
#endif
    ctdf::copy("a", "/a"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_14));
