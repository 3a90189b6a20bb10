// mistake: FROM --platform=$TARGETPLATFORM, which is the default (RedundantTargetPlatform)
// expect: FROM_platform_TARGETPLATFORM_is_the_default_leave_it_out
// fix: leave platform(...) out
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"app">("debian:12", ctdf::platform("${TARGETPLATFORM}"));
#else
inline constexpr auto app = ctdf::stage<"app">("debian:12");
#endif
