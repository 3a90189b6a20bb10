// mistake: an ENV key with a dash
// expect: variable_name_is_not_a_letter_or_underscore_then_letters_digits_underscores
// fix: use letters, digits and '_'
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::env("MY-VAR", "1"),
#endif
    ctdf::env("MY_VAR", "1"));
