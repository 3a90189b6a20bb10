// mistake: a RUN network BuildKit does not have
// expect: RUN_network_is_not_default_none_or_host
// fix: network("none"), network("host") or network("default")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::network("bridge")(ctdf::run("make")),
#endif
    ctdf::network("none")(ctdf::run("make")));
