// mistake: ADD --checksum in a file aimed at Docker 20.10's built-in frontend
// expect: ADD_checksum_needs_docker_dockerfile_1_6_which_the_target_does_not_read
// fix: check the download in a RUN, or target docker/dockerfile:1.6 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::add("https://example.com/a.tgz", "/opt/", ctdf::checksum("sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d")),
#endif
    ctdf::copy("a", "/a"));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::docker_20_10));
