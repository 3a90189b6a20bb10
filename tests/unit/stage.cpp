// Stages: FROM image AS name, derived stages (FROM parent AS child), stages
// without children, appended children, and stages made at run time.
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace stage_test {

inline constexpr auto bare = ctdf::stage<"bare">("alpine:3.20");
inline constexpr auto called = ctdf::stage<"called">("alpine:3.20")();
inline constexpr auto named = ctdf::stage<"web-1.0_b">("registry.example.com:5000/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
inline constexpr auto appended = ctdf::stage<"twice">("img")(ctdf::workdir("/a"))(ctdf::workdir("/b"), ctdf::run("c"));

inline constexpr auto base = ctdf::stage<"base">("ubuntu:24.04")(ctdf::workdir("/b"));
inline constexpr auto mid = ctdf::stage<"mid", base>()(ctdf::run("make"));
inline constexpr auto top = ctdf::stage<"top", mid>()(ctdf::cmd("./app"));
inline constexpr auto empty_child = ctdf::stage<"empty", base>();
inline constexpr auto called_child = ctdf::stage<"called-child", base>()();

}  // namespace stage_test

using namespace stage_test;

TEST_CASE("stage: a stage without children is its FROM line", "[stage]") {
    STATIC_REQUIRE(ctdf::render<bare>.view() == "# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS bare\n");
    STATIC_REQUIRE(ctdf::render<called>.view() == "# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS called\n");
    STATIC_REQUIRE(ctdf::render<named>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM registry.example.com:5000/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS web-1.0_b\n");
    CHECK(ctdf::to_string(bare) == ctdf::render<bare>.view());
    CHECK(ctdf::to_string(named) == ctdf::render<named>.view());
}

TEST_CASE("stage: children called in two steps keep their order", "[stage]") {
    STATIC_REQUIRE(ctdf::render<appended>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS twice\n"
                   "WORKDIR /a\n"
                   "WORKDIR /b\n"
                   "RUN c\n");
    CHECK(ctdf::to_string(appended) == ctdf::render<appended>.view());
}

TEST_CASE("stage: a derived stage renders after its parent", "[stage]") {
    STATIC_REQUIRE(ctdf::render<mid>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM ubuntu:24.04 AS base\n"
                   "WORKDIR /b\n"
                   "\n"
                   "FROM base AS mid\n"
                   "RUN make\n");
    STATIC_REQUIRE(ctdf::render<empty_child>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM ubuntu:24.04 AS base\n"
                   "WORKDIR /b\n"
                   "\n"
                   "FROM base AS empty\n");
    CHECK(ctdf::to_string(empty_child) == ctdf::render<empty_child>.view());
    STATIC_REQUIRE(ctdf::render<called_child>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM ubuntu:24.04 AS base\n"
                   "WORKDIR /b\n"
                   "\n"
                   "FROM base AS called-child\n");
    CHECK(ctdf::to_string(called_child) == ctdf::render<called_child>.view());
    CHECK(ctdf::to_string(mid) == ctdf::render<mid>.view());
}

TEST_CASE("stage: a derived stage of a derived stage brings the whole chain", "[stage]") {
    STATIC_REQUIRE(ctdf::render<top>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM ubuntu:24.04 AS base\n"
                   "WORKDIR /b\n"
                   "\n"
                   "FROM base AS mid\n"
                   "RUN make\n"
                   "\n"
                   "FROM mid AS top\n"
                   "CMD [\"./app\"]\n");
    CHECK(ctdf::to_string(top) == ctdf::render<top>.view());
}

TEST_CASE("stage: stages made at run time render with to_string", "[stage]") {
    const std::string image = "debian:12", dir = "/my dir", command = "make my";
    const auto from_image = ctdf::stage<"dyn">(ctdf::dynamic(image))(ctdf::workdir(ctdf::dynamic(dir)));
    CHECK(ctdf::to_string(from_image) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM debian:12 AS dyn\n"
          "WORKDIR \"/my dir\"\n");
    const auto derived = ctdf::stage<"dyn-child", mid>()(ctdf::run(ctdf::dynamic(command)));
    CHECK(ctdf::to_string(derived) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM ubuntu:24.04 AS base\n"
          "WORKDIR /b\n"
          "\n"
          "FROM base AS mid\n"
          "RUN make\n"
          "\n"
          "FROM mid AS dyn-child\n"
          "RUN make my\n");
    CHECK_THROWS_AS(ctdf::stage<"x">(ctdf::dynamic("")), ctdf::error);
    CHECK_THROWS_AS(ctdf::stage<"x">(ctdf::dynamic("a\nb")), ctdf::error);
}

// `FROM ubuntu 24.04 AS x` is not a Dockerfile BuildKit reads ("FROM requires
// either one or three arguments"); the image should be refused when made.
TEST_CASE("stage: an image with a space throws ctdf::error", "[stage]") {
    CHECK_THROWS_AS(ctdf::stage<"x">(ctdf::dynamic("ubuntu 24.04")), ctdf::error);
}

namespace stage_test {
inline constexpr auto cross = ctdf::stage<"build">(ctdf::expand("golang:${GO_VERSION}-bookworm"),
                                                   ctdf::platform("$BUILDPLATFORM"))(ctdf::workdir("/src"));
inline constexpr auto slim = ctdf::stage<"app">(ctdf::expand("debian:${DEBIAN:-12}-slim"),
                                                ctdf::platform("${TARGETOS}/${TARGETARCH}"))(
    ctdf::copy_from<cross>("/out", "/app"));
inline constexpr auto with_globals = ctdf::dockerfile<slim>(
    ctdf::global_args(ctdf::arg("GO_VERSION", "1.22"), ctdf::arg("DEBIAN", "12"), ctdf::arg("UNUSED")));
}  // namespace stage_test

TEST_CASE("stage: FROM --platform and global ARGs before the first FROM", "[stage]") {
    using namespace stage_test;
    STATIC_REQUIRE(ctdf::render<with_globals>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "ARG GO_VERSION=1.22\n"
                   "ARG DEBIAN=12\n"
                   "ARG UNUSED\n"
                   "\n"
                   "FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS build\n"
                   "WORKDIR /src\n"
                   "\n"
                   "FROM --platform=${TARGETOS}/${TARGETARCH} debian:${DEBIAN:-12}-slim AS app\n"
                   "COPY --from=build --link /out /app\n");
    CHECK(ctdf::to_string(with_globals) == ctdf::render<with_globals>.view());
}

TEST_CASE("stage: FROM checks have run-time twins", "[stage]") {
    using namespace stage_test;
    using ctdf_test::error_of;
    CHECK(error_of([] { (void)ctdf::platform(ctdf::dynamic("linux/amd64")); }).find("FromPlatformFlagConstDisallowed") !=
          std::string::npos);
    CHECK(error_of([] { (void)ctdf::platform(ctdf::dynamic("$TARGETPLATFORM")); }).find("RedundantTargetPlatform") !=
          std::string::npos);
    CHECK(error_of([] { (void)ctdf::platform(ctdf::dynamic("linux amd64 $X")); }).find("--platform holds only") !=
          std::string::npos);
    const std::string undefined =
        error_of([] { (void)ctdf::dockerfile<cross>(ctdf::global_args(ctdf::arg(ctdf::dynamic("GO")))); });
    CHECK(undefined.find("UndefinedArgInFrom") != std::string::npos);
    CHECK(undefined.find("GO_VERSION") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::dockerfile<cross>(ctdf::global_args(ctdf::arg(ctdf::dynamic("GO_VERSION")))); })
              .find("InvalidDefaultArgInFrom") != std::string::npos);
    CHECK(error_of([] {
              (void)ctdf::dockerfile<cross>(
                  ctdf::global_args(ctdf::arg(ctdf::dynamic("GO_VERSION"), ctdf::dynamic("1.22 beta"))));
          }).find("image tag") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::global_args(ctdf::arg(ctdf::dynamic("X"), ctdf::also_env)); })
              .find("cannot be forwarded into ENV") != std::string::npos);
}
