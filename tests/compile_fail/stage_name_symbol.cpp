// mistake: a space in a stage name
// expect: a stage name is lowercase letters, digits, '.', '_' and '-', and starts with a letter
// fix: use '-' or '_'
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"my stage">("gcc:14")();
#else
inline constexpr auto app = ctdf::stage<"my-stage">("gcc:14")();
#endif
