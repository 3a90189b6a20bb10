// mistake: an inline file copied to a directory, where BuildKit names it after the delimiter
// expect: inline_file_destination_must_be_a_file_path_without_blanks_or_quotes
// fix: give the file's path: /etc/app/app.conf
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy(ctdf::inline_file("port=8080"), "/etc/app/"),
#endif
    ctdf::copy(ctdf::inline_file("port=8080"), "/etc/app/app.conf"));
