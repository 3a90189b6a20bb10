// mistake: a CONFIG value of the wrong type (yes for a bool)
// expect: config_value_is_not_true_or_false
// fix: write true or false
#ifndef CTDF_CONTROL
#define CTDF_CONFIG "release=yes\n"
#else
#define CTDF_CONFIG "release=true\n"
#endif
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">(
    ctdf::config<"release", bool>() ? ctdf::text("debian:12-slim") : ctdf::text("debian:12"))();
