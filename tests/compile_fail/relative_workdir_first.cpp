// mistake: a relative WORKDIR before any absolute one (WorkdirRelativePath)
// expect: workdir_is_relative_and_no_absolute_workdir_came_before
// fix: start the stage with an absolute WORKDIR; the base image's may change
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::workdir("app"),
#endif
    ctdf::workdir("/app"),
    ctdf::workdir("src"));
