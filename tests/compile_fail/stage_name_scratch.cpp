// mistake: a stage named scratch (ReservedStageName)
// expect: 'scratch' and 'context' are reserved stage names
// fix: choose another name
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"scratch">("gcc:14")();
#else
inline constexpr auto app = ctdf::stage<"scratchpad">("gcc:14")();
#endif
