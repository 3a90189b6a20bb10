// mistake: a mount mode that is not octal
// expect: mount_mode_is_not_octal_digits
// fix: write the mode in octal digits: mode("0755")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::cache("/c", ctdf::mode("rwxr-xr-x"))(ctdf::run("make")),
#endif
    ctdf::cache("/c", ctdf::mode("0755"))(ctdf::run("make")));
