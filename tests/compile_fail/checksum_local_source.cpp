// mistake: ADD --checksum on a file of the build context, which BuildKit refuses
// expect: ADD_checksum_needs_an_http_or_https_source
// fix: a checksum verifies a download: drop it for local files
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::add("tool.tgz", "/opt/", ctdf::checksum("sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d")),
#endif
    ctdf::add("https://example.com/tool.tgz", "/opt/", ctdf::checksum("sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d")));
