// mistake: a cache with sharing=private in a file aimed at buildah 1.28
// expect: cache_sharing_private_is_not_read_by_the_target
// fix: use locked (one writer at a time) or shared
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::cache("/c", ctdf::sharing("private"))(ctdf::run("make")),
#endif
    ctdf::cache("/c", ctdf::locked)(ctdf::run("make")));
inline constexpr auto image = ctdf::dockerfile<app>(ctdf::target(ctdf::buildah_1_28));
