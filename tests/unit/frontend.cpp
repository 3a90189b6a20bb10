// A target frontend: automatic --link left out where it is not read, a
// feature the target cannot read refused, the syntax line it asks for.
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace frontend_test {

using ctdf_test::error_of;

inline constexpr auto builder = ctdf::stage<"builder">("gcc:14")(ctdf::cache("/ccache")(ctdf::run("make")));
inline constexpr auto app = ctdf::stage<"app">("debian:12")(ctdf::copy_from<builder>("/out", "/app"));
inline constexpr auto asked = ctdf::stage<"app">("debian:12")(ctdf::copy_from<builder>("/out", "/app", ctdf::link));

inline constexpr auto current = ctdf::dockerfile<app>();
inline constexpr auto buildah = ctdf::dockerfile<app>(ctdf::target(ctdf::buildah_1_28));
inline constexpr auto v1_2 = ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_2));
inline constexpr auto pinned = ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_2), ctdf::syntax("x/y:1"));

}  // namespace frontend_test

using namespace frontend_test;

TEST_CASE("frontend: automatic --link only where the target reads it", "[frontend]") {
    STATIC_REQUIRE(ctdf::render<current>.view().ends_with("COPY --from=builder --link /out /app\n"));
    STATIC_REQUIRE(ctdf::render<buildah>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM gcc:14 AS builder\n"
                   "RUN --mount=type=cache,target=/ccache \\\n"
                   "  make\n"
                   "\n"
                   "FROM debian:12 AS app\n"
                   "COPY --from=builder /out /app\n");
    CHECK(ctdf::to_string(buildah) == ctdf::render<buildah>.view());
}

TEST_CASE("frontend: a docker/dockerfile target writes its syntax line, unless one is set after it", "[frontend]") {
    STATIC_REQUIRE(ctdf::render<v1_2>.view().starts_with("# syntax=docker/dockerfile:1.2\n"));
    STATIC_REQUIRE(ctdf::render<v1_2>.view().ends_with("COPY --from=builder /out /app\n"));
    STATIC_REQUIRE(ctdf::render<pinned>.view().starts_with("# syntax=x/y:1\n"));
}

TEST_CASE("frontend: what the target cannot read is refused, naming the feature", "[frontend]") {
    const std::string link = error_of([] { (void)ctdf::dockerfile<asked>(ctdf::target(ctdf::buildah_1_28)); });
    CHECK(link.find("COPY --link needs docker/dockerfile:1.4") != std::string::npos);
    CHECK(link.find("buildah 1.28") != std::string::npos);
    const std::string mount =
        error_of([] { (void)ctdf::dockerfile<app>(ctdf::target(ctdf::dockerfile_1_0)); });
    CHECK(mount.find("RUN --mount needs docker/dockerfile:1.2") != std::string::npos);
    CHECK_NOTHROW(ctdf::dockerfile<asked>(ctdf::target(ctdf::dockerfile_1_4)));
}
