// mistake: a line break in a base image
// expect: text_contains_a_line_break_or_nul
// fix: write the image reference alone
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04\nRUN id")();
#else
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")();
#endif
