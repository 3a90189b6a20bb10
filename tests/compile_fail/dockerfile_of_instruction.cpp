// mistake: an instruction given to dockerfile<...>
// expect: dockerfile<...> takes stages; an argument is not one
// fix: list stages: the instruction belongs inside one
#include <ctdf.hpp>

inline constexpr auto wd = ctdf::workdir("/app");
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(ctdf::workdir("/app"));
#ifndef CTDF_CONTROL
inline constexpr auto image = ctdf::dockerfile<wd>();
#else
inline constexpr auto image = ctdf::dockerfile<app>();
#endif
