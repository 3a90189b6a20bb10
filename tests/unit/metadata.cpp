// USER, EXPOSE, LABEL, VOLUME, STOPSIGNAL: their text and their checks.
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace metadata_test {

using ctdf_test::error_of;

inline constexpr auto meta = ctdf::stage<"m">("debian:12", ctdf::image_env("APP_USER"))(
    ctdf::user("app:app"),
    ctdf::user(ctdf::expand("${APP_USER}")),
    ctdf::expose("8080", "53/udp", "8000-8010/tcp", "132/sctp"),
    ctdf::label({{"org.opencontainers.image.title", "my app"}, {"version", "1.0"}, {"gone", ctdf::none}}),
    ctdf::label({{"only", ctdf::none}}),
    ctdf::volume("/data", "/my cache", "/$literal"),
    ctdf::stopsignal("SIGQUIT"),
    ctdf::stopsignal("9"));

}  // namespace metadata_test

using namespace metadata_test;

TEST_CASE("metadata: USER, EXPOSE, LABEL, VOLUME and STOPSIGNAL", "[metadata]") {
    STATIC_REQUIRE(ctdf::render<meta>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS m\n"
                   "USER app:app\n"
                   "USER ${APP_USER}\n"
                   "EXPOSE 8080 53/udp 8000-8010/tcp 132/sctp\n"
                   "LABEL org.opencontainers.image.title=\"my app\" version=1.0\n"
                   R"(VOLUME ["/data", "\"/my cache\"", "'/$literal'"])" "\n"
                   "STOPSIGNAL SIGQUIT\n"
                   "STOPSIGNAL 9\n");
    CHECK(ctdf::to_string(meta) == ctdf::render<meta>.view());
}

TEST_CASE("metadata: EXPOSE takes ports and lowercase protocols only", "[metadata]") {
    for (const char* bad : {"0", "65536", "80/TCP", "80/http", "127.0.0.1:80", "80-", "-80", "a", "8080/"}) {
        INFO("expose: " << bad);
        const std::string v = bad;
        CHECK(error_of([&] { (void)ctdf::expose(ctdf::dynamic(v)); }).find("EXPOSE takes") != std::string::npos);
    }
}

TEST_CASE("metadata: label keys and stop signals are checked", "[metadata]") {
    CHECK(error_of([] { (void)ctdf::label({{ctdf::dynamic("a key"), "v"}}); }).find("LABEL key") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::stopsignal(ctdf::dynamic("TERM")); }).find("STOPSIGNAL") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::user(ctdf::dynamic("")); }).find("empty") != std::string::npos);
}

namespace metadata_test {
inline constexpr auto health = ctdf::stage<"h">("debian:12")(
    ctdf::healthcheck(ctdf::interval("30s"), ctdf::timeout("1m30s"), ctdf::start_period("500ms"),
                      ctdf::start_interval("2s"), ctdf::retries(3), "curl", "-f", "http://localhost/"),
    ctdf::replace(ctdf::healthcheck("/bin/check", "say \"hi\"")),
    ctdf::replace(ctdf::healthcheck_none()));
}  // namespace metadata_test

TEST_CASE("metadata: SHELL in JSON form", "[metadata]") {
    static constexpr auto s = ctdf::stage<"s">("debian:12")(ctdf::shell("/bin/bash", "-o", "pipefail", "-c"),
                                                           ctdf::run("set | grep -c x"));
    STATIC_REQUIRE(ctdf::render<s>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS s\n"
                   "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                   "RUN set | grep -c x\n");
}

TEST_CASE("metadata: HEALTHCHECK with options, in exec form, and NONE", "[metadata]") {
    STATIC_REQUIRE(ctdf::render<health>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS h\n"
                   "HEALTHCHECK --interval=30s --timeout=1m30s --start-period=500ms --start-interval=2s --retries=3 "
                   "CMD [\"curl\", \"-f\", \"http://localhost/\"]\n"
                   R"(HEALTHCHECK CMD ["/bin/check", "say \"hi\""])" "\n"
                   "HEALTHCHECK NONE\n");
    CHECK(ctdf::to_string(health) == ctdf::render<health>.view());
}

TEST_CASE("metadata: HEALTHCHECK durations, order and duplicates are checked", "[metadata]") {
    for (const char* bad : {"30", "s", "1x", "1.5s", "", "30s5"}) {
        INFO("duration: " << bad);
        const std::string v = bad;
        CHECK(error_of([&] { (void)ctdf::interval(ctdf::dynamic(v)); }).find("HEALTHCHECK duration") !=
              std::string::npos);
    }
    CHECK(error_of([] { (void)ctdf::healthcheck("curl", ctdf::retries(2)); }).find("options come before") !=
          std::string::npos);
    CHECK(error_of([] { (void)ctdf::healthcheck(ctdf::retries(2)); }).find("needs a command") != std::string::npos);
    CHECK(error_of([] {
              (void)ctdf::stage<"s">("debian:12")(ctdf::healthcheck("a"), ctdf::healthcheck(ctdf::dynamic("b")));
          }).find("more than one HEALTHCHECK") != std::string::npos);
}

namespace metadata_test {
inline constexpr auto shell_health = ctdf::stage<"sh">("debian:12")(
    ctdf::healthcheck(ctdf::interval("10s"), ctdf::shell_form("[ -f /tmp/ready ] && curl -f http://localhost/ || exit 1")));
}  // namespace metadata_test

TEST_CASE("metadata: HEALTHCHECK in shell form", "[metadata]") {
    STATIC_REQUIRE(ctdf::render<metadata_test::shell_health>.view().ends_with(
        "HEALTHCHECK --interval=10s CMD [ -f /tmp/ready ] && curl -f http://localhost/ || exit 1\n"));
    CHECK(ctdf::to_string(metadata_test::shell_health) == ctdf::render<metadata_test::shell_health>.view());
    using ctdf_test::error_of;
    CHECK(error_of([] { (void)ctdf::shell_form(ctdf::dynamic("[\"curl\", \"-f\"]")); }).find("JSON array") !=
          std::string::npos);
    CHECK(error_of([] { (void)ctdf::shell_form(ctdf::dynamic("[ ]")); }).find("JSON array") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::shell_form(ctdf::dynamic("")); }).find("empty") != std::string::npos);
}
