// mistake: with_env around a script that starts with #!, which BuildKit runs as a file
// expect: a_script_starting_with_a_shebang_takes_no_variables_from_its_RUN
// fix: script(interpreter("python3"), ...) without the #! line
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("python:3.12")(
#ifndef CTDF_CONTROL
    ctdf::with_env({{"MODE", "release"}})(ctdf::run(ctdf::script("#!/usr/bin/env python3", "print(1)"))),
#endif
    ctdf::with_env({{"MODE", "release"}})(ctdf::run(ctdf::script(ctdf::interpreter("python3"), "print(1)"))));
