// Mount and env scopes around RUNs: each kind, several RUNs, nesting (outer
// mounts first), env around mounts and the reverse, and bad mount values.
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace scopes_test {

using ctdf_test::error_of;

inline constexpr auto kinds = ctdf::stage<"k">("img")(
    ctdf::cache("/root/.cache")(ctdf::run("x")),
    ctdf::cache("/var/cache/apt", ctdf::locked)(ctdf::run("y")),
    ctdf::secret("token")(ctdf::run("z")),
    ctdf::secret("netrc", "/root/.netrc")(ctdf::run("w")),
    ctdf::bind("scripts", "/scripts")(ctdf::run("/scripts/a.sh")));

inline constexpr auto several = ctdf::stage<"s">("img")(
    ctdf::cache("/c")(ctdf::run("a"), ctdf::run("b", "c")),
    ctdf::run("outside"));

inline constexpr auto nested = ctdf::stage<"n">("img")(
    ctdf::cache("/one")(ctdf::secret("two")(ctdf::bind("three", "/three")(ctdf::run("go")))),
    ctdf::cache("/o")(ctdf::run("a"), ctdf::secret("s")(ctdf::run("b")), ctdf::run("c")));

inline constexpr auto envs = ctdf::stage<"e">("img")(
    ctdf::with_env({{"MODE", "release"}, {"MSG", "hello world"}, {"OFF", ctdf::none}})(ctdf::run("make", "make check")),
    ctdf::with_env({{"OFF", ctdf::none}})(ctdf::run("make")),
    ctdf::with_env({{"A", "1"}})(ctdf::with_env({{"B", "2"}})(ctdf::run("x"))),
    ctdf::with_env({{"A", "1"}})(ctdf::run({{"CC", "clang"}}, "make")),
    ctdf::with_env({{"A", "1"}})(ctdf::run(ctdf::apt_install("git"))),
    ctdf::with_env({{"Q", "it's $x"}, {"U", "\xc3\xa9"}})(ctdf::run("y")));

inline constexpr auto env_outside = ctdf::stage<"o">("img")(
    ctdf::with_env({{"A", "1"}})(ctdf::cache("/c")(ctdf::run("x"), ctdf::run("y"))));
inline constexpr auto env_inside = ctdf::stage<"o">("img")(
    ctdf::cache("/c")(ctdf::with_env({{"A", "1"}})(ctdf::run("x"), ctdf::run("y"))));

inline constexpr auto expanded = ctdf::stage<"x">("img")(
    ctdf::with_env({{"P", ctdf::expand("$HOME/bin")}})(ctdf::run("make")));

}  // namespace scopes_test

using namespace scopes_test;

TEST_CASE("scopes: cache secret and bind mounts", "[scopes]") {
    STATIC_REQUIRE(ctdf::render<kinds>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS k\n"
                   "RUN --mount=type=cache,target=/root/.cache \\\n"
                   "  x\n"
                   "RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n"
                   "  y\n"
                   "RUN --mount=type=secret,id=token \\\n"
                   "  z\n"
                   "RUN --mount=type=secret,id=netrc,target=/root/.netrc \\\n"
                   "  w\n"
                   "RUN --mount=type=bind,source=scripts,target=/scripts \\\n"
                   "  /scripts/a.sh\n");
    CHECK(ctdf::to_string(kinds) == ctdf::render<kinds>.view());
}

TEST_CASE("scopes: a scope holding several RUNs mounts on each", "[scopes]") {
    STATIC_REQUIRE(ctdf::render<several>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS s\n"
                   "RUN --mount=type=cache,target=/c \\\n"
                   "  a\n"
                   "RUN --mount=type=cache,target=/c \\\n"
                   "  b \\\n"
                   "  && c\n"
                   "RUN outside\n");
    CHECK(ctdf::to_string(several) == ctdf::render<several>.view());
}

TEST_CASE("scopes: nested three deep the outer mount comes first", "[scopes]") {
    STATIC_REQUIRE(ctdf::render<nested>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS n\n"
                   "RUN --mount=type=cache,target=/one --mount=type=secret,id=two "
                   "--mount=type=bind,source=three,target=/three \\\n"
                   "  go\n"
                   "RUN --mount=type=cache,target=/o \\\n"
                   "  a\n"
                   "RUN --mount=type=cache,target=/o --mount=type=secret,id=s \\\n"
                   "  b\n"
                   "RUN --mount=type=cache,target=/o \\\n"
                   "  c\n");
    CHECK(ctdf::to_string(nested) == ctdf::render<nested>.view());
}

TEST_CASE("scopes: with_env exports first in each RUN", "[scopes]") {
    STATIC_REQUIRE(ctdf::render<envs>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS e\n"
                   "RUN export MODE=release MSG='hello world' \\\n"
                   "  && make \\\n"
                   "  && make check\n"
                   "RUN make\n"
                   "RUN export A=1 B=2 \\\n"
                   "  && x\n"
                   "RUN export A=1 \\\n"
                   "  && CC=clang make\n"
                   "RUN export A=1 \\\n"
                   "  && apt-get update -y \\\n"
                   "  && apt-get install -y --no-install-recommends git\n"
                   "RUN export Q='it'\\''s $x' U='\xc3\xa9' \\\n"
                   "  && y\n");
    CHECK(ctdf::to_string(envs) == ctdf::render<envs>.view());
}

TEST_CASE("scopes: env around mounts and mounts around env write the same", "[scopes]") {
    constexpr std::string_view expected =
        "# syntax=docker/dockerfile:1\n"
        "FROM img AS o\n"
        "RUN --mount=type=cache,target=/c \\\n"
        "  export A=1 \\\n"
        "  && x\n"
        "RUN --mount=type=cache,target=/c \\\n"
        "  export A=1 \\\n"
        "  && y\n";
    STATIC_REQUIRE(ctdf::render<env_outside>.view() == expected);
    STATIC_REQUIRE(ctdf::render<env_inside>.view() == expected);
    CHECK(ctdf::to_string(env_outside) == expected);
    CHECK(ctdf::to_string(env_inside) == expected);
}

TEST_CASE("scopes: run-time mount values and env", "[scopes]") {
    const std::string target = "/root/.cache/pip", value = "a b";
    const auto s = ctdf::stage<"d">("img")(
        ctdf::cache(ctdf::dynamic(target))(ctdf::with_env({{"V", ctdf::dynamic(value)}})(ctdf::run("x"))));
    CHECK(ctdf::to_string(s) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS d\n"
          "RUN --mount=type=cache,target=/root/.cache/pip \\\n"
          "  export V='a b' \\\n"
          "  && x\n");
}

TEST_CASE("scopes: mount values BuildKit would reparse throw ctdf::error", "[scopes]") {
    for (const char* bad : {"/my cache", "/a,b", "/a\"b", "/a'b", "/$x", "/\xc3\xa9", "/a\tb", ""}) {
        INFO("value: " << bad);
        const std::string v = bad;
        const std::string msg = error_of([&] { (void)ctdf::cache(ctdf::dynamic(v)); });
        CHECK(msg.rfind("ctdf: ", 0) == 0);
        // The message quotes the value, a tab written as \x09.
        const std::string shown = v == "/a\tb" ? "/a\\x09b" : v;
        if (!v.empty()) CHECK(msg.find(shown) != std::string::npos);
        CHECK_THROWS_AS(ctdf::secret(ctdf::dynamic(v)), ctdf::error);
        CHECK_THROWS_AS(ctdf::secret("id", ctdf::dynamic(v)), ctdf::error);
        CHECK_THROWS_AS(ctdf::bind(ctdf::dynamic(v), "/t"), ctdf::error);
        CHECK_THROWS_AS(ctdf::bind("src", ctdf::dynamic(v)), ctdf::error);
    }
    CHECK_THROWS_AS(ctdf::with_env({{ctdf::dynamic("1X"), "v"}}), ctdf::error);
}

TEST_CASE("scopes: expand values in with_env are written as is", "[scopes]") {
    STATIC_REQUIRE(ctdf::render<expanded>.view() ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS x\n"
          "RUN export P=$HOME/bin \\\n"
          "  && make\n");
    CHECK(ctdf::to_string(expanded) == ctdf::render<expanded>.view());
}
