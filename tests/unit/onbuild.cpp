// ONBUILD: one instruction kept for a build that starts FROM this image.
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace onbuild_test {
inline constexpr auto base = ctdf::stage<"base">("python:3.12-slim")(
    ctdf::workdir("/app"),
    ctdf::onbuild(ctdf::copy("requirements.txt", "./")),
    ctdf::onbuild(ctdf::cache("/root/.cache/pip")(ctdf::run("pip install -r requirements.txt"))),
    ctdf::onbuild(ctdf::env({{"MODE", "it's on"}, {"UNSET", ctdf::none}})),
    ctdf::onbuild(ctdf::arg("VERSION", "1.0")),
    ctdf::onbuild(ctdf::workdir("relative/is/fine/here")),
    ctdf::onbuild(ctdf::cmd("python", "main.py")),
    ctdf::cmd("python", "-V"));
}  // namespace onbuild_test

TEST_CASE("onbuild: each instruction after ONBUILD, with its own quoting and flags", "[onbuild]") {
    using namespace onbuild_test;
    STATIC_REQUIRE(ctdf::render<base>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM python:3.12-slim AS base\n"
                   "WORKDIR /app\n"
                   "ONBUILD COPY requirements.txt ./\n"
                   "ONBUILD RUN --mount=type=cache,target=/root/.cache/pip \\\n"
                   "  pip install -r requirements.txt\n"
                   "ONBUILD ENV MODE=\"it's on\"\n"
                   "ONBUILD ARG VERSION=1.0\n"
                   "ONBUILD WORKDIR relative/is/fine/here\n"
                   "ONBUILD CMD [\"python\", \"main.py\"]\n"
                   "CMD [\"python\", \"-V\"]\n");
    CHECK(ctdf::to_string(base) == ctdf::render<base>.view());
}

TEST_CASE("onbuild: a trigger that would be two instructions, or none, throws", "[onbuild]") {
    using ctdf_test::error_of;
    CHECK(error_of([] { (void)ctdf::onbuild(ctdf::arg(ctdf::dynamic("V"), ctdf::also_env)); })
              .find("two: declare the ENV") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::onbuild(ctdf::env(ctdf::dynamic("K"), ctdf::none)); }).find("would write nothing") !=
          std::string::npos);
}
