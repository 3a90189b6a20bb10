// COPY from the context, an image, a raw --from value and a stage: the plain
// and JSON forms, and --link by default and overridden.
#include <string>

#include "catch.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace copy_test {

inline constexpr auto builder = ctdf::stage<"builder">("gcc:14")(ctdf::run("make"));

inline constexpr auto context = ctdf::stage<"c">("img", ctdf::image_env("SRC", "DST"))(
    ctdf::copy("."),
    ctdf::copy("src", "/app/src"),
    ctdf::copy("*.txt", "/docs/"),
    ctdf::copy("file?.[ch]", "/inc/"),
    ctdf::copy("my file", "/dst/"),
    ctdf::copy("a", "/my dst/"),
    ctdf::copy("it's", "say\"q\"\\$x"),
    ctdf::copy("tab\tname", "/t/"),
    ctdf::copy("\xc3\xa9t\xc3\xa9", "/u/"),
    ctdf::copy("my *.txt", "/docs/"),
    ctdf::copy("only space"),
    ctdf::copy(ctdf::expand("$SRC"), ctdf::expand("${DST}/")),
    ctdf::copy(ctdf::expand("$SRC DIR"), "/dst/"));

inline constexpr auto sources = ctdf::stage<"l">("img")(
    ctdf::copy_from<builder>("/out/app"),
    ctdf::copy_from<builder>("/out/app", "/usr/bin/app"),
    ctdf::copy_from<builder>("/out/lib", "/usr/lib/", ctdf::no_link),
    ctdf::copy_from<builder>("/out/x", "/x", ctdf::link),
    ctdf::copy_from<builder>("/out/my file", "/opt/"),
    ctdf::copy("/etc/nginx/mime.types", "/etc/", ctdf::from_image("nginx:1.27")),
    ctdf::copy("/etc/passwd", ctdf::from_image("busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"), ctdf::no_link),
    ctdf::copy("/data", "/data", ctdf::from("other")),
    ctdf::copy("/data", "/data2", ctdf::from("other"), ctdf::link),
    ctdf::copy("ctx.txt", "/c/", ctdf::link),
    ctdf::copy("ctx.txt", "/d/", ctdf::no_link),
    ctdf::copy("a", ctdf::link, ctdf::from("raw")),
    ctdf::copy("b", ctdf::no_link, ctdf::from_image("alpine:3")),
    ctdf::copy("/my dir", ctdf::from_image("alpine:3")));

inline constexpr auto dashed = ctdf::stage<"d">("img")(ctdf::copy("--weird", "/dst/"));
inline constexpr auto bracket = ctdf::stage<"b">("img")(ctdf::copy("[12]*.log", "/logs/"));
inline constexpr auto vtab = ctdf::stage<"v">("img", ctdf::image_env("A"))(ctdf::copy(ctdf::expand("$A\vB"), "/d/"));

}  // namespace copy_test

using namespace copy_test;

TEST_CASE("copy: from the context in the plain form and the JSON form", "[copy]") {
    STATIC_REQUIRE(ctdf::render<context>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS c\n"
                   "COPY . .\n"
                   "COPY src /app/src\n"
                   "COPY *.txt /docs/\n"
                   "COPY file?.[ch] /inc/\n"
                   R"(COPY ["\"my file\"", "/dst/"])" "\n"
                   R"(COPY ["a", "\"/my dst/\""])" "\n"
                   R"(COPY ["\"it's\"", "'say\"q\"\\$x'"])" "\n"
                   R"(COPY ["\"tab\tname\"", "/t/"])" "\n"
                   "COPY [\"\xc3\xa9t\xc3\xa9\", \"/u/\"]\n"
                   R"(COPY ["\"my *.txt\"", "/docs/"])" "\n"
                   R"(COPY ["\"only space\"", "\"only space\""])" "\n"
                   "COPY $SRC ${DST}/\n"
                   R"(COPY ["$SRC DIR", "/dst/"])" "\n");
    CHECK(ctdf::to_string(context) == ctdf::render<context>.view());
}

TEST_CASE("copy: stage image and raw sources with --link by default and overridden", "[copy]") {
    STATIC_REQUIRE(ctdf::render<sources>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM gcc:14 AS builder\n"
                   "RUN make\n"
                   "\n"
                   "FROM img AS l\n"
                   "COPY --from=builder --link /out/app /out/app\n"
                   "COPY --from=builder --link /out/app /usr/bin/app\n"
                   "COPY --from=builder /out/lib /usr/lib/\n"
                   "COPY --from=builder --link /out/x /x\n"
                   R"(COPY --from=builder --link ["\"/out/my file\"", "/opt/"])" "\n"
                   "COPY --from=nginx:1.27 --link /etc/nginx/mime.types /etc/\n"
                   "COPY --from=busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /etc/passwd /etc/passwd\n"
                   "COPY --from=other /data /data\n"
                   "COPY --from=other --link /data /data2\n"
                   "COPY --link ctx.txt /c/\n"
                   "COPY ctx.txt /d/\n"
                   "COPY --from=raw --link a a\n"
                   "COPY --from=alpine:3 b b\n"
                   R"(COPY --from=alpine:3 --link ["\"/my dir\"", "\"/my dir\""])" "\n");
    CHECK(ctdf::to_string(sources) == ctdf::render<sources>.view());
}

TEST_CASE("copy: run-time paths", "[copy]") {
    const std::string src = "build out/app", dst = "/usr/local/bin/";
    const auto s = ctdf::stage<"r">("img")(ctdf::copy(ctdf::dynamic(src), ctdf::dynamic(dst)),
                                           ctdf::copy_from<builder>(ctdf::dynamic("/out"), ctdf::no_link));
    CHECK(ctdf::to_string(s) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM gcc:14 AS builder\n"
          "RUN make\n"
          "\n"
          "FROM img AS r\n"
          R"(COPY ["\"build out/app\"", "/usr/local/bin/"])" "\n"
          "COPY --from=builder /out /out\n");
}

TEST_CASE("copy: empty paths and --from values throw ctdf::error", "[copy]") {
    CHECK_THROWS_AS(ctdf::copy(ctdf::dynamic("")), ctdf::error);
    CHECK_THROWS_AS(ctdf::copy("a", ctdf::dynamic("")), ctdf::error);
    CHECK_THROWS_AS(ctdf::copy("a", ctdf::from(ctdf::dynamic(""))), ctdf::error);
    CHECK_THROWS_AS(ctdf::copy("a", ctdf::from_image(ctdf::dynamic(""))), ctdf::error);
    CHECK_THROWS_AS(ctdf::copy_from<builder>(ctdf::dynamic("")), ctdf::error);
}

// BuildKit reads every leading word that starts with "--" as a flag: `COPY
// --weird /dst/` fails with "unknown flag". The JSON form has no flags to read.
TEST_CASE("copy: a source starting with two dashes is not read as a flag", "[copy]") {
    CHECK(ctdf::render<dashed>.view() ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS d\n"
          R"(COPY ["--weird", "/dst/"])" "\n");
}

// BuildKit first tries the arguments as JSON, decoding only the first value:
// `[12]*.log /logs/` decodes as the array [12], which is not all strings, and
// the build fails. In the JSON form the glob still matches after lexing.
TEST_CASE("copy: a bracket glob that starts like a JSON array uses the JSON form", "[copy]") {
    CHECK(ctdf::render<bracket>.view() ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS b\n"
          R"(COPY ["[12]*.log", "/logs/"])" "\n");
}

// The plain form splits on [ \t\v\f\r]+ (parser.go reWhitespace), not only
// on spaces and tabs, so an expand() path with \v needs the JSON form too.
TEST_CASE("copy: an expand path with a vertical tab uses the JSON form", "[copy]") {
    CHECK(ctdf::render<vtab>.view() ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS v\n"
          R"(COPY ["$A\u000bB", "/d/"])" "\n");
}

// A --from value is one word of the flag parser: with a space the rest of the
// image becomes a source path. It should be refused like a bad mount value.
TEST_CASE("copy: a --from image with a space throws ctdf::error", "[copy]") {
    CHECK_THROWS_AS(ctdf::copy("a", ctdf::from_image(ctdf::dynamic("nginx 1.27"))), ctdf::error);
    CHECK_THROWS_AS(ctdf::copy("a", ctdf::from(ctdf::dynamic("other stage"))), ctdf::error);
}
