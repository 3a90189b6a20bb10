// mistake: an ADD --checksum digest in uppercase hex
// expect: checksum_is_not_sha256_colon_64_lowercase_hex_digits
// fix: sha256: and the 64 hex digits in lowercase, as sha256sum prints them
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::add("https://example.com/a.tgz", "/opt/", ctdf::checksum("sha256:24454F830CDB571E2C4AD15481119C43B3CAFD48DD869A9B2945D1036D1DC68D")),
#endif
    ctdf::add("https://example.com/a.tgz", "/opt/", ctdf::checksum("sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d")));
