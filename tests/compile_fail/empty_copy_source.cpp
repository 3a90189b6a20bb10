// mistake: a COPY without a source
// expect: text_must_not_be_empty
// fix: give the source path
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::copy(""),
#endif
    ctdf::copy("."));
