// mistake: a stage named context (ReservedStageName)
// expect: 'scratch' and 'context' are reserved stage names
// fix: choose another name
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"context">("gcc:14")();
#else
inline constexpr auto app = ctdf::stage<"ctx">("gcc:14")();
#endif
