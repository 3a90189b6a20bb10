// mistake: FROM uses an ARG that is not declared before the first FROM (UndefinedArgInFrom)
// expect: FROM_uses_an_ARG_not_declared_before_the_first_FROM
// fix: declare it: dockerfile<app>(global_args(arg("DEBIAN", "12")))
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">(ctdf::expand("debian:${DEBIAN}-slim"));
#ifndef CTDF_CONTROL
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::global_args(ctdf::arg("DEBIAN_VERSION", "12")));
#else
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::global_args(ctdf::arg("DEBIAN", "12")));
#endif
