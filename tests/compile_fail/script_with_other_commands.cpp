// mistake: a script and another command in one RUN
// expect: a_RUN_with_a_script_holds_that_script_alone
// fix: put the command in the script, or in a RUN of its own
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::run(ctdf::apt_install("make"), ctdf::script("set -e", "make")),
#endif
    ctdf::run(ctdf::script("set -e", "make")));
