// mistake: a COPY inside a secret mount scope
// expect: a mount or env scope holds only RUNs and scopes of RUNs
// fix: copy before the scope; only RUNs can see a secret
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
    ctdf::secret("netrc", "/root/.netrc")(
#ifndef CTDF_CONTROL
        ctdf::copy("."),
#endif
        ctdf::run("make fetch")));
