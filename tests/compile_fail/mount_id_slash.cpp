// mistake: a cache id with a slash
// expect: mount_id_is_not_letters_digits_dots_dashes_underscores
// fix: name the cache with letters, digits, '.', '_' and '-': id("pip-wheels")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::cache("/root/.cache/pip", ctdf::id("pip/wheels"))(ctdf::run("pip install flask")),
#endif
    ctdf::cache("/root/.cache/pip", ctdf::id("pip-wheels"))(ctdf::run("pip install flask")));
