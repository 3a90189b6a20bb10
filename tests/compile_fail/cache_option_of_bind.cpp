// mistake: readwrite, a bind mount's option, given to a cache
// expect: cache(target, ...) takes id, sharing or locked
// fix: caches are writable already; readonly is the cache's option
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::cache("/c", ctdf::readwrite)(ctdf::run("make")),
#endif
    ctdf::cache("/c")(ctdf::run("make")));
