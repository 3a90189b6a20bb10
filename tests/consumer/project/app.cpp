#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12-slim")(
    ctdf::workdir("/srv"),
    ctdf::copy("server", "/usr/local/bin/server"),
    ctdf::entrypoint("/usr/local/bin/server"));

int main(int argc, char** argv) { return ctdf::write<app>(argc, argv); }
