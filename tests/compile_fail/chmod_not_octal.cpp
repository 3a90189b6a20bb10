// mistake: a --chmod mode with a digit that is not octal
// expect: chmod_is_not_octal_digits_or_a_symbolic_mode
// fix: 1 to 4 octal digits (0755), or a symbolic mode (u=rwX,go=rX)
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy("run.sh", "/app/", ctdf::chmod("0855")),
#endif
    ctdf::copy("run.sh", "/app/", ctdf::chmod("0755")));
