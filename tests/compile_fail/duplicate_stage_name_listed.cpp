// mistake: two stages named alike, both listed
// expect: two different stages of this Dockerfile have the same name
// fix: rename one of them
#include <ctdf.hpp>

inline constexpr auto first = ctdf::stage<"app">("gcc:14")();
inline constexpr auto second = ctdf::stage<"app">("debian:12")();
inline constexpr auto third = ctdf::stage<"web">("debian:12")();
#ifndef CTDF_CONTROL
inline constexpr auto image = ctdf::dockerfile<first, second>();
#else
inline constexpr auto image = ctdf::dockerfile<first, third>();
#endif
