// mistake: a CMD inside a with_env scope
// expect: a mount or env scope holds only RUNs and scopes of RUNs
// fix: CMD belongs to the stage: move it out of the scope
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
    ctdf::with_env({{"CC", "clang"}})(
#ifndef CTDF_CONTROL
        ctdf::cmd("./server"),
#endif
        ctdf::run("make")));
