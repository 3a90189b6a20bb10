// mistake: a tmpfs size in a file aimed at buildah 1.28
// expect: tmpfs_size_needs_docker_dockerfile_1_4_which_the_target_does_not_read
// fix: leave size out, or target docker/dockerfile:1.4 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::tmpfs("/tmp", ctdf::size(64 << 20))(ctdf::run("make")),
#endif
    ctdf::tmpfs("/tmp")(ctdf::run("make")));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::buildah_1_28));
