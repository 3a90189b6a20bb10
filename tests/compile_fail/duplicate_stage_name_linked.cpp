// mistake: two stages named alike, one reached through copy_from
// expect: two different stages of this Dockerfile have the same name
// fix: rename one of them: BuildKit would let the later shadow the earlier
#include <ctdf.hpp>

inline constexpr auto first = ctdf::stage<"app">("gcc:14")(ctdf::run("make"));
inline constexpr auto second = ctdf::stage<"app">("debian:12")(ctdf::copy_from<first>("/out"));
inline constexpr auto other = ctdf::stage<"other">("debian:12")(ctdf::copy_from<first>("/out"));
#ifndef CTDF_CONTROL
inline constexpr auto image = ctdf::dockerfile<second>();
#else
inline constexpr auto image = ctdf::dockerfile<other>();
#endif
