// mistake: a RUN security mode BuildKit does not have
// expect: RUN_security_is_not_sandbox_or_insecure
// fix: security("insecure") or security("sandbox")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::security("privileged")(ctdf::run("make")),
#endif
    ctdf::security("insecure")(ctdf::run("make")));
