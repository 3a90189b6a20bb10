// mistake: an EXPOSE protocol in uppercase (ExposeProtoCasing)
// expect: expose_is_not_port_range_and_lowercase_protocol
// fix: write tcp, udp or sctp in lowercase
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::expose("8080/TCP"),
#endif
    ctdf::expose("8080/tcp"));
