#pragma once
#include <ctdf.hpp>

// Clone a tagged release, build it out of tree in a cd scope, and write its
// configuration with echo redirects: every argument quoted for the shell.
namespace examples::clone_and_build {

inline constexpr auto build = ctdf::stage<"build">("gcc:14")(
    ctdf::workdir("/src"),
    ctdf::run(ctdf::words("git", "clone", "https://github.com/example/server.git", ".", ctdf::flag("depth", 1),
                          ctdf::flag("branch", "v2.0.0"), ctdf::flag("recurse_submodules", true)),
              ctdf::words("mkdir", "-p", "/src/build"),
              ctdf::in_dir("/src/build")(ctdf::words({{"CXX", "g++"}}, "cmake", "..",
                                                     "-DCMAKE_BUILD_TYPE=Release"),
                                         ctdf::words("cmake", "--build", ".", ctdf::flag("parallel", 4))),
              ctdf::echo("listen = 0.0.0.0:8080") > "/src/build/server.conf",
              ctdf::echo("greeting = \"it's $HOME\"") >> "/src/build/server.conf"));

inline constexpr auto runtime = ctdf::stage<"runtime">("debian:12-slim")(
    ctdf::copy_from<build>("/src/build/server", "/usr/local/bin/server"),
    ctdf::copy_from<build>("/src/build/server.conf", "/etc/server.conf"),
    ctdf::entrypoint("/usr/local/bin/server", "--config", "/etc/server.conf"));

inline constexpr auto image = ctdf::dockerfile<runtime>();

}  // namespace examples::clone_and_build
