// mistake: a stage listed after a stage that links to it
// expect: a stage is listed after a stage that needs it
// fix: list stages dependencies first, or list only the last one
#include <ctdf.hpp>

inline constexpr auto base = ctdf::stage<"base">("ubuntu:24.04")();
inline constexpr auto app = ctdf::stage<"app", base>()(ctdf::workdir("/app"));
#ifndef CTDF_CONTROL
inline constexpr auto image = ctdf::dockerfile<app, base>();
#else
inline constexpr auto image = ctdf::dockerfile<base, app>();
#endif
