// mistake: a body with every delimiter ctdf may choose, EOF and EOF1 to EOF9, as a line
// expect: every_heredoc_delimiter_EOF_to_EOF9_is_a_line_of_the_body
// fix: change one of those lines (a trailing blank is enough), or split the body
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy(ctdf::inline_file("EOF", "EOF1", "EOF2", "EOF3", "EOF4", "EOF5", "EOF6", "EOF7", "EOF8", "EOF9"), "/f"),
#endif
    ctdf::copy(ctdf::inline_file("EOF", "EOF1", "EOF2", "EOF3", "EOF4", "EOF5", "EOF6", "EOF7", "EOF8"), "/f"));
