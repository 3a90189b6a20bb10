// mistake: FROM --platform with a constant platform (FromPlatformFlagConstDisallowed)
// expect: FROM_platform_is_a_constant_use_BUILDPLATFORM_or_an_ARG
// fix: platform("$BUILDPLATFORM"), or leave the platform to the build
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto build = ctdf::stage<"build">("golang:1.22", ctdf::platform("linux/amd64"));
#else
inline constexpr auto build = ctdf::stage<"build">("golang:1.22", ctdf::platform("$BUILDPLATFORM"));
#endif
