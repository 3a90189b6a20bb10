// mistake: a WORKDIR inside a cache mount scope
// expect: a mount or env scope holds only RUNs and scopes of RUNs
// fix: put the WORKDIR before the scope: a scope adds its mount to RUNs only
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
    ctdf::cache("/root/.cache")(
#ifndef CTDF_CONTROL
        ctdf::workdir("/src"),
#endif
        ctdf::run("make")));
