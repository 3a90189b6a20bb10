// mistake: a secret mounted at a relative path with no absolute WORKDIR before it
// expect: mount_target_is_relative_and_no_absolute_WORKDIR_came_before
// fix: write the full path, or set an absolute WORKDIR first
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::secret("netrc", ".netrc")(ctdf::run("make")),
#endif
    ctdf::secret("netrc", "/root/.netrc")(ctdf::run("make")));
