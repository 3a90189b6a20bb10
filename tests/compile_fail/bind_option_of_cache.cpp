// mistake: readonly given to a bind mount, which is read-only already
// expect: bind(source, target, ...) takes from_stage<S> or from_image, and readwrite
// fix: leave it out: bind mounts are read-only unless readwrite
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::bind(".", "/src", ctdf::readonly)(ctdf::run("make")),
#endif
    ctdf::bind(".", "/src")(ctdf::run("make")));
