// mistake: a line break in a CMD argument
// expect: text_contains_a_line_break_or_nul
// fix: pass separate arguments
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::cmd("--port", "8080\n"),
#endif
    ctdf::cmd("--port", "8080"));
