// mistake: as_env given to an ssh mount
// expect: ssh([id, [target,]] ...) takes required, mode, uid and gid
// fix: the agent socket is in SSH_AUTH_SOCK already: leave as_env out
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::ssh(ctdf::as_env("SSH"))(ctdf::run("make")),
#endif
    ctdf::ssh()(ctdf::run("make")));
