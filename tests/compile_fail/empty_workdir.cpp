// mistake: an empty WORKDIR
// expect: text_must_not_be_empty
// fix: give the directory
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::workdir(""),
#endif
    ctdf::workdir("/app"));
