// mistake: ONBUILD COPY --from a stage of this file, which the build that runs the trigger does not have
// expect: ONBUILD cannot copy from a stage of this file
// fix: copy from an image: onbuild(copy("/out", "/app", from_image("example/tools:1")))
#include <ctdf.hpp>

inline constexpr auto tools = ctdf::stage<"tools">("debian:12")(ctdf::run("make"));
inline constexpr auto base = ctdf::stage<"base">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::onbuild(ctdf::copy_from<tools>("/out", "/app")),
#endif
    ctdf::onbuild(ctdf::copy("/out", "/app", ctdf::from_image("example/tools:1"))));
