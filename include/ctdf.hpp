#ifndef CTDF_HPP
#define CTDF_HPP

// ctdf: Dockerfiles written as typed C++ expressions, checked and rendered
// by the compiler.

#include <ctdf/text.hpp>          // checked text, dynamic(), expand(), none
#include <ctdf/instructions.hpp>  // arg, env, add_to_path, workdir, cmd, entrypoint
#include <ctdf/metadata.hpp>      // user, expose, label, volume, stopsignal
#include <ctdf/copy.hpp>          // copy, copy_from<stage>, from_image, from, link
#include <ctdf/run.hpp>           // run, sh, apt_install
#include <ctdf/verbs.hpp>         // words, flag, echo, cd, in_dir, curl_bash, install, fetch_file, apt verbs
#include <ctdf/onbuild.hpp>       // onbuild(instruction)
#include <ctdf/scope.hpp>         // cache, bind, bind_from<stage>, tmpfs, secret, ssh, network, security, with_env
#include <ctdf/packages.hpp>      // apk_add, dnf_install, microdnf_install, pip_install, npm_ci, cargo_install, go_*
#include <ctdf/stage.hpp>         // stage<"name">(image), stage<"name", parent>()
#include <ctdf/frontend.hpp>      // target(buildah_1_28): what the frontend reads
#include <ctdf/dockerfile.hpp>    // dockerfile<stages...>(), syntax, no_syntax
#include <ctdf/render.hpp>        // render<x>; ctdf/layout.hpp writes the text
#include <ctdf/write.hpp>         // write<x>(argc, argv)
#include <ctdf/config.hpp>        // config<"key", T>(): values from the build
#include <ctdf/heredoc.hpp>       // script, interpreter (RUN <<EOF), inline_file (COPY <<EOF)

// Not included here, as they need <string>, which a definition that only
// renders does not: ctdf/to_string.hpp (to_string(x), the text at run time)
// and ctdf/describe.hpp (to_json(x), the definition as data for tools).

#endif
