// mistake: a secret as an env variable whose name is not a variable name
// expect: variable_name_is_not_a_letter_or_underscore_then_letters_digits_underscores
// fix: name it [A-Za-z_][A-Za-z0-9_]*: as_env("API_TOKEN")
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::secret("token", ctdf::as_env("API-TOKEN"))(ctdf::run("make")),
#endif
    ctdf::secret("token", ctdf::as_env("API_TOKEN"))(ctdf::run("make")));
