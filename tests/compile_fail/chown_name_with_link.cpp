// mistake: --link asked for with a --chown by name, which BuildKit cannot resolve in the empty filesystem --link copies into
// expect: chown_by_name_fails_with_link_use_numeric_ids
// fix: use numeric ids (chown("1000:1000")), or drop ctdf::link
#include <ctdf.hpp>

inline constexpr auto builder = ctdf::stage<"builder">("gcc:14")(ctdf::run("make"));
inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy_from<builder>("/out", "/app", ctdf::chown("app:app"), ctdf::link),
#endif
    ctdf::copy_from<builder>("/out", "/app", ctdf::chown("1000:1000"), ctdf::link));
