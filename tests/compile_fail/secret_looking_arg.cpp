// mistake: an ARG that names a password (SecretsUsedInArgOrEnv)
// expect: variable_name_looks_like_a_secret
// fix: use a secret mount, or ctdf::not_secret("...") for a name that is not secret
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::arg("DB_PASSWORD"),
#endif
    ctdf::arg("DB_HOST"));
