// mistake: a stage name starting with a digit
// expect: a stage name is lowercase letters, digits, '.', '_' and '-', and starts with a letter
// fix: start with a letter
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"2nd">("gcc:14")();
#else
inline constexpr auto app = ctdf::stage<"second">("gcc:14")();
#endif
