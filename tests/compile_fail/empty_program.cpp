// mistake: words(...) with an empty program
// expect: text_must_not_be_empty
// fix: name the program
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::run(ctdf::words("", "--version")),
#endif
    ctdf::run(ctdf::words("git", "--version")));
