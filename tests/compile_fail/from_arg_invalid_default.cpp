// mistake: a global ARG's default makes the FROM image invalid (InvalidDefaultArgInFrom)
// expect: image_tag_is_not_word_characters_dots_dashes
// fix: a default that makes a valid image: arg("TAG", "12-slim")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">(ctdf::expand("debian:${TAG}"));
#ifndef CTDF_CONTROL
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::global_args(ctdf::arg("TAG", "12+slim")));
#else
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::global_args(ctdf::arg("TAG", "12-slim")));
#endif
