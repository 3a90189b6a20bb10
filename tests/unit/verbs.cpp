// The run builder's verbs: the exact text each writes, smart apt updates,
// and the clean-up left out under a cache of apt's lists.
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace verbs_test {

using ctdf_test::error_of;

inline constexpr auto words = ctdf::stage<"w">("debian:12")(
    ctdf::run(ctdf::words("git", "clone", "https://example.com/r.git", ".", ctdf::flag("depth", 1),
                          ctdf::flag("recurse_submodules", true), ctdf::flag("quiet", false),
                          ctdf::flag("branch", "main"), ctdf::flag("message", "two words"), ctdf::flag("n", -3)),
              ctdf::words({{"CC", "clang"}, {"SKIP", ctdf::none}}, "make", "", "it's")));

inline constexpr auto files = ctdf::stage<"f">("debian:12")(ctdf::run(
    ctdf::echo("hello") > "/etc/motd", ctdf::echo("it's $HOME") >> "/etc/my motd", ctdf::cd("/src"),
    ctdf::in_dir("/src/build")(ctdf::words("cmake", ".."), "make"), ctdf::fetch_file("https://e.com/f", "/opt/d/f"),
    ctdf::fetch_file("https://e.com/g", "g"), ctdf::fetch_file("https://e.com/h", "/h")));

inline constexpr auto web = ctdf::stage<"n">("debian:12")(ctdf::run(
    ctdf::curl_bash("https://sh.rustup.rs"), ctdf::curl_bash("https://sh.rustup.rs", "-y", "--profile", "min imal"),
    ctdf::install("https://e.com/t.tar.gz"), ctdf::install("https://e.com/t.tar.gz", "/opt/t", 0)));

inline constexpr auto apt = ctdf::stage<"a">("debian:12")(
    ctdf::run(ctdf::apt_install("curl"), ctdf::apt_install("gnupg"), ctdf::add_apt_ppa("ppa:deadsnakes/ppa"),
              ctdf::apt_install("python3.12"), ctdf::add_apt_repo("https://e.com/key.asc", "https://e.com/apt stable main",
                                                                  "e-com"),
              ctdf::fast(ctdf::apt_install("e-tool")), ctdf::apt_clean()),
    ctdf::cache("/var/lib/apt/lists", ctdf::locked)(ctdf::run(ctdf::apt_install("git"), ctdf::apt_clean())));

}  // namespace verbs_test

using namespace verbs_test;

TEST_CASE("verbs: words writes the program, quoted arguments and flags", "[verbs]") {
    STATIC_REQUIRE(ctdf::render<words>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS w\n"
                   "RUN git clone https://example.com/r.git . --depth 1 --recurse-submodules --branch main "
                   "--message 'two words' --n -3 \\\n"
                   "  && CC=clang make '' 'it'\\''s'\n");
    CHECK(ctdf::to_string(words) == ctdf::render<words>.view());
}

TEST_CASE("verbs: echo with redirects, cd, in_dir and fetch_file", "[verbs]") {
    STATIC_REQUIRE(ctdf::render<files>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS f\n"
                   "RUN printf '%s\\n' hello > /etc/motd \\\n"
                   "  && printf '%s\\n' 'it'\\''s $HOME' >> '/etc/my motd' \\\n"
                   "  && cd /src \\\n"
                   "  && cd /src/build \\\n"
                   "  && cmake .. \\\n"
                   "  && make \\\n"
                   "  && cd - \\\n"
                   "  && mkdir -p /opt/d && curl -fsSL https://e.com/f -o /opt/d/f \\\n"
                   "  && mkdir -p . && curl -fsSL https://e.com/g -o g \\\n"
                   "  && mkdir -p / && curl -fsSL https://e.com/h -o /h\n");
    CHECK(ctdf::to_string(files) == ctdf::render<files>.view());
}

TEST_CASE("verbs: curl_bash and install", "[verbs]") {
    STATIC_REQUIRE(ctdf::render<web>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS n\n"
                   "RUN curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | bash -s \\\n"
                   "  && curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | bash -s -- -y --profile "
                   "'min imal' \\\n"
                   "  && curl -fsSL https://e.com/t.tar.gz | tar -xz -C /usr/local/bin --strip-components=1 \\\n"
                   "  && curl -fsSL https://e.com/t.tar.gz | tar -xz -C /opt/t --strip-components=0\n");
    CHECK(ctdf::to_string(web) == ctdf::render<web>.view());
}

// An update before the first install, again after a PPA or repository; the
// lists removed at the end unless a cache mount keeps them.
TEST_CASE("verbs: smart apt", "[verbs]") {
    STATIC_REQUIRE(ctdf::render<apt>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS a\n"
                   "RUN apt-get update -y \\\n"
                   "  && apt-get install -y --no-install-recommends curl \\\n"
                   "  && apt-get install -y --no-install-recommends gnupg \\\n"
                   "  && add-apt-repository -y ppa:deadsnakes/ppa \\\n"
                   "  && apt-get update -y \\\n"
                   "  && apt-get install -y --no-install-recommends python3.12 \\\n"
                   "  && curl -fsSL https://e.com/key.asc | gpg --dearmor -o /usr/share/keyrings/e-com.gpg \\\n"
                   "  && printf '%s\\n' 'deb [signed-by=/usr/share/keyrings/e-com.gpg] ''https://e.com/apt stable main' "
                   "> /etc/apt/sources.list.d/e-com.list \\\n"
                   "  && apt-get update -y \\\n"
                   "  && apt-fast install -y --no-install-recommends e-tool \\\n"
                   "  && rm -rf /var/lib/apt/lists/*\n"
                   "RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \\\n"
                   "  apt-get update -y \\\n"
                   "  && apt-get install -y --no-install-recommends git\n");
    CHECK(ctdf::to_string(apt) == ctdf::render<apt>.view());
}

TEST_CASE("verbs: bad names and empty required words throw ctdf::error", "[verbs]") {
    CHECK(error_of([] { (void)ctdf::flag(ctdf::dynamic("-x"), 1); }).find("flag name") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::flag(ctdf::dynamic("a b"), true); }).find("flag name") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::words(ctdf::dynamic("")); }).find("empty") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::add_apt_repo("https://k", "https://r", ctdf::dynamic("a/b")); })
              .find("apt repository name") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::fast(ctdf::words("apt", "install")); }).find("fast(...)") != std::string::npos);
    CHECK(error_of([] { (void)ctdf::cd(ctdf::dynamic("")); }).find("empty") != std::string::npos);
}
