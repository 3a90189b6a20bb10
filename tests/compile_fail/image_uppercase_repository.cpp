// mistake: an image repository with uppercase letters
// expect: image_repository_must_be_lowercase
// fix: write the repository in lowercase (registries and tags may have uppercase)
#include <ctdf.hpp>

#ifndef CTDF_CONTROL
inline constexpr auto app = ctdf::stage<"app">("Ubuntu:24.04")();
#else
inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")();
#endif
