// mistake: under # escape=`, RUN text that ends with a backtick, which BuildKit reads as joining the next line
// expect: text_ends_with_a_backtick_which_BuildKit_reads_as_joining_the_next_line
// fix: end the command otherwise (echo $(date) rather than echo `date`)
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::run("echo `date`"),
#endif
    ctdf::run("echo $(date)"));
inline constexpr auto file = ctdf::dockerfile<app>(ctdf::escape_backtick);
