// mistake: a stage given as an instruction of another stage
// expect: a stage holds instructions and scopes; an argument is neither
// fix: derive it with stage<"name", parent>() or copy from it with copy_from<stage>
#include <ctdf.hpp>

inline constexpr auto base = ctdf::stage<"base">("ubuntu:24.04")();
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    base,
#endif
    ctdf::workdir("/app"));
