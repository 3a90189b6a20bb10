// mistake: a mount uid given as a user name
// expect: mount_uid_or_gid_is_not_a_number_below_2_to_the_32
// fix: mounts take numeric ids: uid("1000")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::secret("token", "/run/token", ctdf::uid("app"))(ctdf::run("make")),
#endif
    ctdf::secret("token", "/run/token", ctdf::uid("1000"))(ctdf::run("make")));
