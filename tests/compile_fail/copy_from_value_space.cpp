// mistake: a space in a raw COPY --from value
// expect: copy_from_value_is_not_one_plain_word
// fix: a --from value is one word: a stage, an image or a build context name
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::copy("/licenses", ctdf::from("my licenses")),
#endif
    ctdf::copy("/licenses", ctdf::from("licenses")));
