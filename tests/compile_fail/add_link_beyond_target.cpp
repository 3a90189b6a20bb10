// mistake: ADD --link asked for in a file aimed at a frontend that does not read it
// expect: ADD_link_needs_docker_dockerfile_1_4_which_the_target_does_not_read
// fix: drop ctdf::link, or target docker/dockerfile:1.4 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::add("a.tgz", "/opt/", ctdf::link),
#endif
    ctdf::copy("a", "/a"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::buildah_1_28));
