// mistake: a secret mounted at a relative path
// expect: mount_target_must_be_an_absolute_path
// fix: write the full path
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::secret("netrc", ".netrc")(ctdf::run("make")),
#endif
    ctdf::secret("netrc", "/root/.netrc")(ctdf::run("make")));
