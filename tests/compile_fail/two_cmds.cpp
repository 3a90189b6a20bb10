// mistake: two CMDs in one stage
// expect: a_stage_has_more_than_one_CMD
// fix: keep one CMD, or wrap the later in ctdf::replace(...) if it is meant to override
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::cmd("./old-server"),
#endif
    ctdf::cmd("./server"));
