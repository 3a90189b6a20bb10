// mistake: --chmod given twice to one COPY, which BuildKit refuses
// expect: a COPY or ADD flag is given twice
// fix: give each flag once; only exclude may repeat
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::copy("a", "/a", ctdf::chmod("0755"), ctdf::chmod("0644")),
#endif
    ctdf::copy("a", "/a", ctdf::chmod("0755")));
