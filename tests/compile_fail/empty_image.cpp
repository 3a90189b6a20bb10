// mistake: an empty base image
// expect: text_must_not_be_empty
// fix: name the image, e.g. "debian:12"
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"app">("")();
#else
inline constexpr auto app = ctdf::stage<"app">("debian:12")();
#endif
