// mistake: bind_from<...> given something that is not a stage
// expect: from_stage<S> and bind_from<S> take a stage; S is not one
// fix: name the stage object: bind_from<builder>("/out", "/mnt")
#include <ctdf.hpp>

inline constexpr auto wd = ctdf::workdir("/out");
inline constexpr auto builder = ctdf::stage<"builder">("gcc:14")();
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::bind_from<wd>("/out", "/mnt")(ctdf::run("ls /mnt")),
#endif
    ctdf::bind_from<builder>("/out", "/mnt")(ctdf::run("ls /mnt")));
