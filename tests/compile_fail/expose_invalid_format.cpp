// mistake: an EXPOSE with a host address (ExposeInvalidFormat)
// expect: expose_is_not_port_range_and_lowercase_protocol
// fix: expose the port alone; publishing to an address is the runtime's job
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::expose("127.0.0.1:8080"),
#endif
    ctdf::expose("8080"));
