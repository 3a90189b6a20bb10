// mistake: a stage inside a cache mount scope
// expect: a mount or env scope holds only RUNs and scopes of RUNs
// fix: a scope holds RUNs; link stages with stage<"name", parent>() or copy_from<stage>
#include <ctdf.hpp>

inline constexpr auto base = ctdf::stage<"base">("ubuntu:24.04")();
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
    ctdf::cache("/root/.cache")(
#ifndef CTDF_CONTROL
        base,
#endif
        ctdf::run("make")));
