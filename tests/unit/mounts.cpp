// Every RUN --mount type and option, RUN --network and --security: the text
// each writes, the stage a mount's from= links, the checks of each value and
// the frontends that do not read them.
#include <cstdint>
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/describe.hpp>
#include <ctdf/to_string.hpp>

namespace mounts_test {

using ctdf_test::error_of;

inline constexpr auto builder = ctdf::stage<"builder">("gcc:14")(ctdf::run("make"));
inline constexpr auto seed = ctdf::stage<"seed">("debian:12")(ctdf::run("mkdir -p /cache"));

inline constexpr auto caches = ctdf::stage<"c">("img")(
    ctdf::cache("/root/.cache/pip", ctdf::id("pip"), ctdf::sharing("private"), ctdf::mode("0700"), ctdf::uid("1000"),
                ctdf::gid("1001"))(ctdf::run("pip install x")),
    ctdf::cache("/var/cache/apt", ctdf::locked)(ctdf::run("a")),
    ctdf::cache("/c", ctdf::sharing("shared"), ctdf::readonly)(ctdf::run("b")),
    ctdf::cache("/c", ctdf::from_image("alpine:3.20"), ctdf::source("/etc"))(ctdf::run("c")));

inline constexpr auto binds = ctdf::stage<"b">("img")(
    ctdf::bind("scripts", "/scripts", ctdf::readwrite)(ctdf::run("/scripts/a.sh")),
    ctdf::bind("/etc", "/host-etc", ctdf::from_image("alpine:3.20"))(ctdf::run("ls /host-etc")),
    ctdf::tmpfs("/tmp")(ctdf::tmpfs("/scratch", ctdf::size(64 << 20))(ctdf::run("make"))),
    ctdf::tmpfs("/k", ctdf::size(1536))(ctdf::tmpfs("/g", ctdf::size(std::uint64_t{8} << 30))(
        ctdf::tmpfs("/b", ctdf::size(1000))(ctdf::run("x")))));

inline constexpr auto secrets = ctdf::stage<"s">("img")(
    ctdf::secret("token", ctdf::as_env("TOKEN"), ctdf::required)(ctdf::run("x")),
    ctdf::secret("netrc", "/root/.netrc", ctdf::mode("0440"), ctdf::uid("1000"), ctdf::gid("1000"))(ctdf::run("y")),
    // As an env= alone there is no file: the same id as a file does not clash.
    ctdf::secret("token")(ctdf::secret("token", ctdf::as_env("TOKEN"))(ctdf::run("z"))),
    ctdf::ssh()(ctdf::ssh("github", ctdf::required)(
        ctdf::ssh("gitlab", "/run/gitlab.sock", ctdf::mode("0600"), ctdf::uid("1"), ctdf::gid("2"))(
            ctdf::run("git clone git@github.com:a/b.git")))));

inline constexpr auto flags = ctdf::stage<"f">("img")(
    ctdf::network("none")(ctdf::run("make test")),
    ctdf::network("host")(ctdf::security("insecure")(ctdf::cache("/c")(ctdf::run("a"), ctdf::run("b")))),
    ctdf::network("default")(ctdf::security("sandbox")(ctdf::run("c"))));

// Stages a mount reads from are linked: collected and written first.
inline constexpr auto user = ctdf::stage<"user">("debian:12")(
    ctdf::bind_from<builder>("/out", "/mnt")(ctdf::run("cp /mnt/app /usr/bin/")),
    ctdf::bind_from<builder>("/whole", ctdf::readwrite)(ctdf::run("ls /whole")),
    ctdf::cache("/cache", ctdf::from_stage<seed>, ctdf::source("/cache"), ctdf::id("seeded"))(ctdf::run("ls /cache")));
inline constexpr auto linked = ctdf::dockerfile<user>();

inline constexpr auto on_1_2 = ctdf::dockerfile<caches>(ctdf::target(ctdf::dockerfile_1_2));

}  // namespace mounts_test

using namespace mounts_test;

TEST_CASE("mounts: cache options in the order given", "[mounts]") {
    STATIC_REQUIRE(ctdf::render<caches>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS c\n"
                   "RUN --mount=type=cache,target=/root/.cache/pip,id=pip,sharing=private,mode=0700,uid=1000,gid=1001 "
                   "\\\n"
                   "  pip install x\n"
                   "RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n"
                   "  a\n"
                   "RUN --mount=type=cache,target=/c,sharing=shared,ro \\\n"
                   "  b\n"
                   "RUN --mount=type=cache,from=alpine:3.20,target=/c,source=/etc \\\n"
                   "  c\n");
    CHECK(ctdf::to_string(caches) == ctdf::render<caches>.view());
}

TEST_CASE("mounts: bind and tmpfs", "[mounts]") {
    STATIC_REQUIRE(ctdf::render<binds>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS b\n"
                   "RUN --mount=type=bind,source=scripts,target=/scripts,rw \\\n"
                   "  /scripts/a.sh\n"
                   "RUN --mount=type=bind,from=alpine:3.20,source=/etc,target=/host-etc \\\n"
                   "  ls /host-etc\n"
                   "RUN --mount=type=tmpfs,target=/tmp --mount=type=tmpfs,target=/scratch,size=64m \\\n"
                   "  make\n"
                   "RUN --mount=type=tmpfs,target=/k,size=1536 --mount=type=tmpfs,target=/g,size=8g "
                   "--mount=type=tmpfs,target=/b,size=1000 \\\n"
                   "  x\n");
    CHECK(ctdf::to_string(binds) == ctdf::render<binds>.view());
}

TEST_CASE("mounts: secret and ssh options", "[mounts]") {
    STATIC_REQUIRE(ctdf::render<secrets>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS s\n"
                   "RUN --mount=type=secret,id=token,env=TOKEN,required=true \\\n"
                   "  x\n"
                   "RUN --mount=type=secret,id=netrc,target=/root/.netrc,mode=0440,uid=1000,gid=1000 \\\n"
                   "  y\n"
                   "RUN --mount=type=secret,id=token --mount=type=secret,id=token,env=TOKEN \\\n"
                   "  z\n"
                   "RUN --mount=type=ssh --mount=type=ssh,id=github,required=true "
                   "--mount=type=ssh,id=gitlab,target=/run/gitlab.sock,mode=0600,uid=1,gid=2 \\\n"
                   "  git clone git@github.com:a/b.git\n");
    CHECK(ctdf::to_string(secrets) == ctdf::render<secrets>.view());
}

TEST_CASE("mounts: RUN --network and --security as scopes", "[mounts]") {
    STATIC_REQUIRE(ctdf::render<flags>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS f\n"
                   "RUN --network=none \\\n"
                   "  make test\n"
                   "RUN --network=host --security=insecure --mount=type=cache,target=/c \\\n"
                   "  a\n"
                   "RUN --network=host --security=insecure --mount=type=cache,target=/c \\\n"
                   "  b\n"
                   "RUN --network=default --security=sandbox \\\n"
                   "  c\n");
    CHECK(ctdf::to_string(flags) == ctdf::render<flags>.view());
    const std::string json = ctdf::to_json(flags);
    CHECK(json.find(R"({"keyword": "RUN", "flags": [["network", "none"]], "shell": "make test"})") != std::string::npos);
    CHECK(json.find(R"([["network", "host"], ["security", "insecure"], ["mount", "type=cache,target=/c"]], "shell": "a")") !=
          std::string::npos);
}

TEST_CASE("mounts: a stage a mount reads from is written before its user", "[mounts]") {
    STATIC_REQUIRE(ctdf::render<linked>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM gcc:14 AS builder\n"
                   "RUN make\n"
                   "\n"
                   "FROM debian:12 AS seed\n"
                   "RUN mkdir -p /cache\n"
                   "\n"
                   "FROM debian:12 AS user\n"
                   "RUN --mount=type=bind,from=builder,source=/out,target=/mnt \\\n"
                   "  cp /mnt/app /usr/bin/\n"
                   "RUN --mount=type=bind,from=builder,target=/whole,rw \\\n"
                   "  ls /whole\n"
                   "RUN --mount=type=cache,from=seed,target=/cache,source=/cache,id=seeded \\\n"
                   "  ls /cache\n");
    CHECK(ctdf::to_string(linked) == ctdf::render<linked>.view());
    // A stage rendered alone brings the stages its mounts read from.
    CHECK(ctdf::to_string(user) == ctdf::render<linked>.view());
    const std::string json = ctdf::to_json(linked);
    CHECK(json.find(R"(["mount", "type=bind,from=builder,source=/out,target=/mnt"])") != std::string::npos);
}

TEST_CASE("mounts: a docker/dockerfile 1.2 target reads the options of 1.2", "[mounts]") {
    STATIC_REQUIRE(ctdf::render<on_1_2>.view().starts_with("# syntax=docker/dockerfile:1.2\n"));
}

TEST_CASE("mounts: run-time option values are checked like literals", "[mounts]") {
    const auto bad = [](const char* v) { return ctdf::dynamic(v); };
    CHECK(error_of([&] { (void)ctdf::id(bad("a/b")); }) ==
          "ctdf: mount id must be letters, digits, '.', '_' and '-': \"a/b\"");
    CHECK(error_of([&] { (void)ctdf::id(bad("")); }) == "ctdf: text must not be empty: \"mount id\"");
    CHECK(error_of([&] { (void)ctdf::sharing(bad("Locked")); }) ==
          "ctdf: cache sharing must be shared, private or locked: \"Locked\"");
    CHECK(error_of([&] { (void)ctdf::mode(bad("0758")); }) ==
          "ctdf: mount mode must be 1 to 4 octal digits (0755): \"0758\"");
    CHECK(error_of([&] { (void)ctdf::mode(bad("01777")); }) ==
          "ctdf: mount mode must be 1 to 4 octal digits (0755): \"01777\"");
    CHECK(error_of([&] { (void)ctdf::uid(bad("app")); }) ==
          "ctdf: mount uid and gid must be numbers from 0 to 4294967295: \"app\"");
    CHECK(error_of([&] { (void)ctdf::gid(bad("4294967296")); }) ==
          "ctdf: mount uid and gid must be numbers from 0 to 4294967295: \"4294967296\"");
    CHECK_NOTHROW(ctdf::gid(bad("4294967295")));
    CHECK_THROWS_AS(ctdf::uid(bad("-1")), ctdf::error);
    CHECK_THROWS_AS(ctdf::uid(bad("")), ctdf::error);
    CHECK(error_of([&] { (void)ctdf::source(bad("/a,b")); }).starts_with("ctdf: mount value has a character"));
    CHECK(error_of([&] { (void)ctdf::as_env(bad("1X")); }).starts_with("ctdf: variable name must be"));
    CHECK(error_of([&] { (void)ctdf::size(0); }) ==
          "ctdf: tmpfs size must be above zero and below 2^32 GiB: \"size\"");
    CHECK(error_of([&] { (void)ctdf::network(bad("bridge")); }) ==
          "ctdf: RUN --network must be default, none or host: \"bridge\"");
    CHECK(error_of([&] { (void)ctdf::security(bad("privileged")); }) ==
          "ctdf: RUN --security must be sandbox or insecure: \"privileged\"");
    CHECK(error_of([&] { (void)ctdf::stage<"s">("debian:12")(ctdf::tmpfs(bad("tmp"))(ctdf::run("true"))); }) ==
          "ctdf: mount target is relative and no absolute WORKDIR came before it in the stage: \"tmp\"");
    CHECK(error_of([&] {
              (void)ctdf::stage<"s">("debian:12")(ctdf::workdir("/src"), ctdf::tmpfs(bad("tmp"))(ctdf::run("true")));
          }) == "<no ctdf::error thrown>");
    CHECK(error_of([&] { (void)ctdf::ssh(bad("a b")); }) ==
          "ctdf: mount id must be letters, digits, '.', '_' and '-': \"a b\"");
    CHECK_THROWS_AS(ctdf::stage<"s">("debian:12")(ctdf::ssh("gh", bad("relative"))(ctdf::run("true"))), ctdf::error);
    CHECK_THROWS_AS(ctdf::cache("/c", ctdf::from_image(bad("Bad/Image"))), ctdf::error);
    CHECK_THROWS_AS(ctdf::bind("/a", "/b", ctdf::from_image(ctdf::expand("${IMG}"))), ctdf::error);
}

TEST_CASE("mounts: a RUN flag twice and mounts sharing a target throw at run time", "[mounts]") {
    const auto none = ctdf::network(ctdf::dynamic("none"));
    CHECK(error_of([&] { (void)none(ctdf::network("host")(ctdf::run("x"))); }) ==
          "ctdf: a RUN flag is given twice (BuildKit refuses a duplicate flag): \"network\"");
    const auto tmp = ctdf::tmpfs(ctdf::dynamic("/tmp"));
    CHECK(error_of([&] { (void)tmp(ctdf::cache("/tmp")(ctdf::run("x"))); }) ==
          "ctdf: two mounts of a RUN share a target: \"/tmp\"");
    const auto sock = ctdf::ssh("a", ctdf::dynamic("/s"));
    CHECK_THROWS_AS(sock(ctdf::secret("b", "/s")(ctdf::run("x"))), ctdf::error);
    // ssh sockets at their default paths are numbered: they never clash.
    CHECK_NOTHROW(ctdf::ssh()(ctdf::ssh()(ctdf::run("x"))));
}

TEST_CASE("mounts: run-time definitions aimed at older frontends are refused", "[mounts]") {
    const std::string target = "/t";
    const auto s = ctdf::stage<"r">("img")(ctdf::tmpfs(ctdf::dynamic(target), ctdf::size(1 << 20))(ctdf::run("x")));
    CHECK(ctdf::to_string(s) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS r\n"
          "RUN --mount=type=tmpfs,target=/t,size=1m \\\n"
          "  x\n");
    CHECK(error_of([&] { ctdf::detail::check_run_target(&s.cells[1], ctdf::dockerfile_1_2); }) ==
          "ctdf: a tmpfs mount's size needs docker/dockerfile:1.4 or newer, which the target does not read: "
          "\"docker/dockerfile:1.2\"");
    CHECK_NOTHROW(ctdf::detail::check_run_target(&s.cells[1], ctdf::dockerfile_1_4));
    const auto f = ctdf::stage<"r">("img")(ctdf::security(ctdf::dynamic("insecure"))(ctdf::run("x")));
    CHECK(error_of([&] { ctdf::detail::check_run_target(&f.cells[1], ctdf::dockerfile_1_19); })
              .starts_with("ctdf: RUN --security needs docker/dockerfile:1.20 or newer"));
    CHECK_NOTHROW(ctdf::detail::check_run_target(&f.cells[1], ctdf::dockerfile_1_20));
}

namespace relative_target_test {
inline constexpr auto base = ctdf::stage<"base">("golang:1.22")(ctdf::workdir("/src"));
inline constexpr auto build = ctdf::stage<"build", base>()(
    ctdf::cache("/go/pkg/mod")(ctdf::bind("go.mod", "go.mod")(ctdf::run("go mod download"))),
    ctdf::bind(".", ".")(ctdf::run("go build -o /out/app .")));
}  // namespace relative_target_test

TEST_CASE("mounts: a relative target is under the WORKDIR set before it, a parent's too", "[scopes]") {
    STATIC_REQUIRE(ctdf::render<relative_target_test::build>.view().ends_with(
        "FROM base AS build\n"
        "RUN --mount=type=cache,target=/go/pkg/mod --mount=type=bind,source=go.mod,target=go.mod \\\n"
        "  go mod download\n"
        "RUN --mount=type=bind,source=.,target=. \\\n"
        "  go build -o /out/app .\n"));
}
