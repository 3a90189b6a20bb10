// mistake: an ARG name starting with a digit
// expect: variable_name_is_not_a_letter_or_underscore_then_letters_digits_underscores
// fix: start with a letter or '_'
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::arg("1ARG"),
#endif
    ctdf::arg("ARG1"));
