// mistake: RUN text that ends with a backslash, which BuildKit reads as joining the next instruction to the RUN
// expect: text_ends_with_a_backslash_which_BuildKit_reads_as_joining_the_next_line
// fix: end the command without the backslash; ctdf joins the commands of a RUN itself
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::run("make all \\"),
#endif
    ctdf::run("make all"),
    ctdf::workdir("/src"));
