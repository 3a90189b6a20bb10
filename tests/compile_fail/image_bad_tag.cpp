// mistake: an image tag starting with '-'
// expect: image_tag_is_not_word_characters_dots_dashes
// fix: a tag is letters, digits, '_', '.', '-', at most 128, starting with a letter, digit or '_'
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"app">("ubuntu:-24.04")();
#else
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")();
#endif
