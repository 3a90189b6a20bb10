// mistake: a space inside an image reference
// expect: image_reference_is_not_a_valid_reference
// fix: write name:tag with a colon
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"app">("ubuntu 24.04")();
#else
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")();
#endif
