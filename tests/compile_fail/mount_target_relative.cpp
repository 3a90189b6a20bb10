// mistake: a cache mount with a relative target
// expect: mount_target_must_be_an_absolute_path
// fix: write the full path; a relative target depends on the WORKDIR
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::cache("root/.cache")(ctdf::run("make")),
#endif
    ctdf::cache("/root/.cache")(ctdf::run("make")));
