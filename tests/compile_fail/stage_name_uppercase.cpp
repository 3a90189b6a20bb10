// mistake: an uppercase stage name (StageNameCasing)
// expect: a stage name is lowercase letters, digits, '.', '_' and '-', and starts with a letter
// fix: write it in lowercase
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"Builder">("gcc:14")();
#else
inline constexpr auto app = ctdf::stage<"builder">("gcc:14")();
#endif
