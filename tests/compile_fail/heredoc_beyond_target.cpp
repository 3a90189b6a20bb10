// mistake: COPY of an inline file (a heredoc) in a file aimed at Debian 12's buildah
// expect: heredocs_need_docker_dockerfile_1_4_which_the_target_does_not_read
// fix: COPY a file of the build context, or target docker/dockerfile:1.4 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy(ctdf::inline_file("[app]", "port=8080"), "/etc/app.conf"),
#endif
    ctdf::copy("app.conf", "/etc/app.conf"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::buildah_1_28));
