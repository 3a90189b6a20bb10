// mistake: a mode given to a tmpfs mount
// expect: tmpfs(target, ...) takes size
// fix: BuildKit refuses mode on tmpfs: chmod inside the RUN
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::tmpfs("/tmp", ctdf::mode("1777"))(ctdf::run("make")),
#endif
    ctdf::tmpfs("/tmp")(ctdf::run("make")));
