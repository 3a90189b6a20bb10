// mistake: a space in an --exclude pattern, which the flag parser would split
// expect: exclude_pattern_is_not_one_plain_word
// fix: a pattern is one word: match the space with ?
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy(".", "/src/", ctdf::exclude("my notes")),
#endif
    ctdf::copy(".", "/src/", ctdf::exclude("my?notes")));
