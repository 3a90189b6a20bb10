// mistake: a RUN's inline variable that names a secret
// expect: variable_name_looks_like_a_secret
// fix: mount the secret with ctdf::secret(...) instead
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::run({{"GITHUB_TOKEN", "x"}}, "make"),
#endif
    ctdf::run({{"MODE", "ci"}}, "make"));
