// mistake: two HEALTHCHECKs in one stage (MultipleInstructionsDisallowed)
// expect: a_stage_has_more_than_one_HEALTHCHECK
// fix: keep one, or wrap the later in ctdf::replace(...)
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::healthcheck("/bin/old-check"),
#endif
    ctdf::healthcheck(ctdf::interval("30s"), "/bin/check"));
