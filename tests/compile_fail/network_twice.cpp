// mistake: two network scopes around one RUN
// expect: a_RUN_flag_is_given_twice
// fix: give each RUN one --network
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::network("host")(ctdf::network("none")(ctdf::run("make"))),
#endif
    ctdf::network("none")(ctdf::run("make")));
