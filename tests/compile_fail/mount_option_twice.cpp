// mistake: two ids for one cache
// expect: a mount option is given twice
// fix: give each option once
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::cache("/c", ctdf::id("a"), ctdf::id("b"))(ctdf::run("make")),
#endif
    ctdf::cache("/c", ctdf::id("a"))(ctdf::run("make")));
