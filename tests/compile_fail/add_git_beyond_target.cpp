// mistake: ADD from a Git repository in a file aimed at docker/dockerfile:1.4
// expect: ADD_from_git_needs_docker_dockerfile_1_6_which_the_target_does_not_read
// fix: clone in a RUN, or target docker/dockerfile:1.6 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::add("https://github.com/moby/buildkit.git#v0.10.1", "/buildkit"),
#endif
    ctdf::copy("a", "/a"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_4));
