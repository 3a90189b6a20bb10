// mistake: # escape=` for buildah 1.28, which keeps \ as the escape inside quoted values
// expect: escape_backtick_is_not_read_in_quoted_values_by_the_target
// fix: leave escape_backtick out for buildah 1.28: ctdf quotes Windows paths either way
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(ctdf::env("DIR", "C:\\tools"));
#ifndef CTDF_CONTROL
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::escape_backtick, ctdf::target(ctdf::buildah_1_28));
#else
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::target(ctdf::buildah_1_28));
#endif
