// mistake: expand() text that ends with a backslash: written as it is, it would join the next line
// expect: text_ends_with_a_backslash_which_BuildKit_reads_as_joining_the_next_line
// fix: a literal value (no expand) is quoted and may end with a backslash: env("DIR", "C:\\tools\\")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::env("DIR", ctdf::expand("C:\\tools\\")),
#endif
    ctdf::env("DIR", "C:\\tools\\"));
