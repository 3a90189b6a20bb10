// mistake: an ENV inside a bind mount scope
// expect: a mount or env scope holds only RUNs and scopes of RUNs
// fix: set the ENV outside the scope, or use with_env for variables of these RUNs only
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
    ctdf::bind("scripts", "/scripts")(
#ifndef CTDF_CONTROL
        ctdf::env("MODE", "ci"),
#endif
        ctdf::run("/scripts/build.sh")));
