// mistake: an image digest that is not a full sha256
// expect: image_digest_is_not_algorithm_colon_hex
// fix: give all 64 lowercase hex digits of the sha256
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"app">("ubuntu@sha256:abc123")();
#else
inline constexpr auto app = ctdf::stage<"app">("ubuntu@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")();
#endif
