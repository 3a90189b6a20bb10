// mistake: an ENV key that names a secret (SecretsUsedInArgOrEnv)
// expect: variable_name_looks_like_a_secret
// fix: pass secrets with ctdf::secret(...) mounts; if the name is not secret, wrap it in ctdf::not_secret(...)
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::env("API_TOKEN", "abc"),
#endif
    ctdf::env(ctdf::not_secret("API_TOKEN"), "public-demo"));
