// One definition, several configurations: the build passes the values.
#include <ctdf.hpp>

inline constexpr bool release = ctdf::config<"release", bool>();

inline constexpr auto app = ctdf::stage<"app">(release ? ctdf::text("debian:12-slim") : ctdf::text("debian:12"))(
    ctdf::env({{"APP_TAG", ctdf::config<"tag", ctdf::text>()}, {"DEBUG", release ? ctdf::none : ctdf::text("1")}}),
    ctdf::run({{"JOBS", ctdf::config<"jobs", ctdf::text>()}}, "make -j$JOBS"));

int main(int argc, char** argv) { return ctdf::write<app>(argc, argv); }
