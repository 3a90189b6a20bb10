// mistake: apk_add() with no package, an install of nothing
// expect: need at least one package or argument
// fix: name the packages, apk_add("curl")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("alpine:3.20")(
#ifndef CTDF_CONTROL
    ctdf::apk_add(),
#endif
    ctdf::apk_add("curl"));
