// mistake: a cache sharing mode BuildKit does not have
// expect: cache_sharing_is_not_shared_private_or_locked
// fix: sharing("shared"), sharing("private") or locked
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::cache("/c", ctdf::sharing("exclusive"))(ctdf::run("make")),
#endif
    ctdf::cache("/c", ctdf::locked)(ctdf::run("make")));
