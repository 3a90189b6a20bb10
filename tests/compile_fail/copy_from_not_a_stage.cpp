// mistake: copy_from<...> given something that is not a stage
// expect: copy_from<S> takes a stage; S is not one
// fix: name the stage object: copy_from<builder>("/out")
#include <ctdf.hpp>

inline constexpr auto wd = ctdf::workdir("/out");
inline constexpr auto builder = ctdf::stage<"builder">("gcc:14")();
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::copy_from<wd>("/out"),
#endif
    ctdf::copy_from<builder>("/out"));
