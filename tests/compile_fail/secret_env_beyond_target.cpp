// mistake: a secret as env= in a file aimed at docker/dockerfile 1.6
// expect: secret_as_env_needs_docker_dockerfile_1_10_which_the_target_does_not_read
// fix: mount it as a file and read it there, or target docker/dockerfile:1.10 or newer
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::secret("token", ctdf::as_env("TOKEN"))(ctdf::run("make")),
#endif
    ctdf::secret("token")(ctdf::run("make")));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_6));
