// mistake: skip_check names a rule BuildKit does not have (the casing is wrong)
// expect: skip_check_names_no_build_check_BuildKit_has
// fix: skip_check("JSONArgsRecommended"), as docs/checks.md spells it
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(ctdf::cmd("true"));
#ifndef CTDF_CONTROL
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::skip_check("JsonArgsRecommended"));
#else
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::skip_check("JSONArgsRecommended"));
#endif
