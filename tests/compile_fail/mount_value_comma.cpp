// mistake: a comma in a bind mount source
// expect: mount_value_has_a_character_buildkit_would_reparse
// fix: rename the directory, or bind its parent
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::bind("a,b", "/src")(ctdf::run("make")),
#endif
    ctdf::bind("ab", "/src")(ctdf::run("make")));
