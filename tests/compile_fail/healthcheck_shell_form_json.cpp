// mistake: a shell-form HEALTHCHECK command that BuildKit would read as a JSON array (the exec form)
// expect: healthcheck_shell_form_reads_as_a_JSON_array
// fix: give the words to healthcheck(...) itself for the exec form
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::healthcheck(ctdf::shell_form("[\"curl\", \"-f\", \"http://localhost/\"]")),
#endif
    ctdf::replace(ctdf::healthcheck("curl", "-f", "http://localhost/")));
