// mistake: two ENTRYPOINTs in one stage
// expect: a_stage_has_more_than_one_ENTRYPOINT
// fix: keep one ENTRYPOINT, or wrap the later in ctdf::replace(...)
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::entrypoint("/bin/old"),
#endif
    ctdf::entrypoint("/bin/server"));
