// mistake: a carriage return in a WORKDIR path
// expect: text_contains_a_line_break_or_nul
// fix: remove the \r
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::workdir("/src\r"),
#endif
    ctdf::workdir("/src"));
