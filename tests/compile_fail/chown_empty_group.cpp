// mistake: a --chown owner with a colon and no group
// expect: chown_is_not_user_or_user_colon_group
// fix: give the group after the colon, or leave the colon out
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy("conf", "/etc/app/", ctdf::chown("app:")),
#endif
    ctdf::copy("conf", "/etc/app/", ctdf::chown("app:app")));
