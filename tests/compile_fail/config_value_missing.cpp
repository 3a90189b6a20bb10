// mistake: a definition reads a CONFIG value the build did not give
// expect: config_value_is_missing
// fix: pass it: ctdf_add_dockerfile(... CONFIG release=true)
#define CTDF_CONFIG "tag=v1\n"
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr bool release = ctdf::config<"release", bool>();
#endif
inline constexpr auto app = ctdf::stage<"app">("debian:12")(ctdf::env("TAG", ctdf::config<"tag", ctdf::text>()));
