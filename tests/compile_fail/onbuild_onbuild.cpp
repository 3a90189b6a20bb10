// mistake: ONBUILD ONBUILD, which BuildKit refuses
// expect: ONBUILD cannot hold another ONBUILD
// fix: one ONBUILD, holding the instruction itself
#include <ctdf.hpp>

inline constexpr auto base = ctdf::stage<"base">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::onbuild(ctdf::onbuild(ctdf::run("make"))),
#endif
    ctdf::onbuild(ctdf::run("make")));
