// mistake: stage<Name, Parent> with a parent that is not a stage
// expect: stage<Name, Parent> derives from a stage; Parent is not one
// fix: derive from a stage object
#include <ctdf.hpp>

inline constexpr auto wd = ctdf::workdir("/out");
inline constexpr auto base = ctdf::stage<"base">("ubuntu:24.04")();
#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"app", wd>()();
#else
inline constexpr auto app = ctdf::stage<"app", base>()();
#endif
