// mistake: ENV refers to a variable nothing defines, so BuildKit expands it to nothing (UndefinedVar)
// expect: variable_is_not_defined_before_this_use
// fix: declare it first (arg("PREFIX", "/opt")), or name it in image_env(...) if the base image sets it
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::env("TOOLS", ctdf::expand("${PREFIX}/tools")),
#endif
    ctdf::arg("PREFIX", "/opt"),
    ctdf::env("TOOLS", ctdf::expand("${PREFIX}/tools")));
