// mistake: two nested mounts with one target
// expect: two_mounts_of_a_RUN_share_a_target
// fix: mount each directory once
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
    ctdf::cache("/var/cache/apt")(
#ifndef CTDF_CONTROL
        ctdf::cache("/var/cache/apt", ctdf::locked)(ctdf::run("apt-get update")),
#endif
        ctdf::run("apt-get update")));
