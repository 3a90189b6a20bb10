// mistake: a line break in a RUN command (an injected instruction)
// expect: text_contains_a_line_break_or_nul
// fix: one command per argument: run("make", "make install")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::run("make\nRUN rm -rf /"),
#endif
    ctdf::run("make"));
