// mistake: an ENV entry without a key
// expect: text_must_not_be_empty
// fix: name the variable
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::env("", "1"),
#endif
    ctdf::env("A", "1"));
