// mistake: a secret id with a slash
// expect: secret_id_is_not_letters_digits_dots_dashes_underscores
// fix: an id is letters, digits, '.', '_' and '-'
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::secret("keys/npm", "/root/.npmrc")(ctdf::run("npm ci")),
#endif
    ctdf::secret("npm", "/root/.npmrc")(ctdf::run("npm ci")));
