// mistake: a global ARG that FROM uses has no default: the image name would be empty (InvalidDefaultArgInFrom)
// expect: a_global_ARG_that_FROM_uses_needs_a_default
// fix: give it a default: arg("DEBIAN", "12")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">(ctdf::expand("debian:${DEBIAN}"));
#ifndef CTDF_CONTROL
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::global_args(ctdf::arg("DEBIAN")));
#else
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::global_args(ctdf::arg("DEBIAN", "12")));
#endif
