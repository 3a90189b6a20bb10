// mistake: expand() on a line of an inline file, whose quoted delimiter keeps $VAR as written
// expect: inline_file_lines_are_written_as_given_expand_is_not_read
// fix: write the line without expand(); expand at run time in a RUN (envsubst) if needed
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy(ctdf::inline_file("[app]", ctdf::expand("home=${HOME}")), "/etc/app.conf"),
#endif
    ctdf::copy(ctdf::inline_file("[app]", "home=${HOME}"), "/etc/app.conf"));
