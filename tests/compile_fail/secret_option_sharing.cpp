// mistake: a sharing mode given to a secret
// expect: secret(id, [target,] ...) takes as_env, required, mode, uid and gid
// fix: sharing is for caches: leave it out
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::secret("token", ctdf::locked)(ctdf::run("make")),
#endif
    ctdf::secret("token")(ctdf::run("make")));
