// mistake: an empty RUN command
// expect: text_must_not_be_empty
// fix: give the command
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::run(""),
#endif
    ctdf::run("make"));
