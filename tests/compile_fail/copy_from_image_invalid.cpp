// mistake: an invalid image in COPY --from
// expect: image_repository_must_be_lowercase
// fix: write the repository in lowercase
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::copy("/etc/nginx", ctdf::from_image("Nginx:1.27")),
#endif
    ctdf::copy("/etc/nginx", ctdf::from_image("nginx:1.27")));
