// mistake: a NUL inside an ENV value
// expect: text_contains_a_line_break_or_nul
// fix: remove the NUL
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::env("A", "x\0y"),
#endif
    ctdf::env("A", "xy"));
