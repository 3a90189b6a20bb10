// mistake: a line break in the text of an echo verb
// expect: text_contains_a_line_break_or_nul
// fix: one echo per line: echo("a") > f, then echo("b") >> f
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::run(ctdf::echo("a\nb") > "/etc/motd"),
#endif
    ctdf::run(ctdf::echo("a") > "/etc/motd", ctdf::echo("b") >> "/etc/motd"));
