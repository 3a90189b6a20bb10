// The checks that guard a definition: each refuses the mistake at run time
// with ctdf::error naming the value (the compile-time twins are the
// compile-fail cases), and accepts what is right, or marked as meant.
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace checks_test {

using ctdf_test::error_of;

bool says(const std::string& message, const std::string& what, const std::string& value) {
    return message.rfind("ctdf: " + what, 0) == 0 && message.find("\"" + value + "\"") != std::string::npos;
}

// Accepted: a name marked not_secret, a later CMD marked replace, a relative
// WORKDIR after an absolute one, and one inherited from the parent stage.
inline constexpr auto base = ctdf::stage<"base">("debian:12")(ctdf::workdir("/srv"));
inline constexpr auto child = ctdf::stage<"child", base>()(
    ctdf::workdir("app"),
    ctdf::env(ctdf::not_secret("GPG_KEY"), "0xABCDEF"),
    ctdf::arg("PUBLIC_KEY"),
    ctdf::arg("TOKEN_FILE"),
    ctdf::cmd("./server"),
    ctdf::replace(ctdf::cmd("./server", "--debug")));

}  // namespace checks_test

using namespace checks_test;

TEST_CASE("checks: what is meant is accepted", "[checks]") {
    STATIC_REQUIRE(ctdf::render<child>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM debian:12 AS base\n"
                   "WORKDIR /srv\n"
                   "\n"
                   "FROM base AS child\n"
                   "WORKDIR app\n"
                   "ENV GPG_KEY=0xABCDEF\n"
                   "ARG PUBLIC_KEY\n"
                   "ARG TOKEN_FILE\n"
                   "CMD [\"./server\"]\n"
                   "CMD [\"./server\", \"--debug\"]\n");
}

TEST_CASE("checks: secret-looking names are refused, in any case and wherever a variable is named", "[checks]") {
    for (const char* name : {"API_KEY", "github_token", "DB_PASSWORD", "Auth", "AWS_SECRET_ACCESS_KEY", "apikey",
                             "MY_CREDENTIALS", "PASSWD", "PWORD_X"}) {
        INFO("name: " << name);
        const std::string n = name;
        const auto secret = [&](auto make) { return says(error_of(make), "variable name looks like a secret", n); };
        CHECK(secret([&] { (void)ctdf::env(ctdf::dynamic(n), "x"); }));
        CHECK(secret([&] { (void)ctdf::arg(ctdf::dynamic(n)); }));
        CHECK(secret([&] { (void)ctdf::run({{ctdf::dynamic(n), "x"}}, "make"); }));
        CHECK(secret([&] { (void)ctdf::with_env({{ctdf::dynamic(n), "x"}}); }));
        CHECK(secret([&] { (void)ctdf::sh("make", {{ctdf::dynamic(n), "x"}}); }));
        CHECK_NOTHROW(ctdf::env(ctdf::not_secret(ctdf::dynamic(n)), "x"));
    }
    // Words are separated by '_' only; public, file and version clear a name.
    for (const char* name : {"MONKEY", "KEYS", "TOKENS", "MYPASSWORD", "API-KEY", "PUBLIC_KEY", "SECRET_FILE",
                             "GPG_KEY_VERSION", "KEYBOARD_LAYOUT"}) {
        INFO("name: " << name);
        const std::string n = name;
        const std::string message = error_of([&] { (void)ctdf::arg(ctdf::dynamic(n)); });
        CHECK(message.find("looks like a secret") == std::string::npos);
    }
}

TEST_CASE("checks: mount targets are absolute, or after an absolute WORKDIR, and distinct within a RUN", "[checks]") {
    const char* relative = "mount target is relative and no absolute WORKDIR came before it in the stage";
    CHECK(says(error_of([] {
                   (void)ctdf::stage<"s">("debian:12")(ctdf::cache(ctdf::dynamic("root/.cache"))(ctdf::run("x")));
               }),
               relative, "root/.cache"));
    CHECK(says(error_of([] {
                   (void)ctdf::stage<"s">("debian:12")(ctdf::bind("src", ctdf::dynamic("src"))(ctdf::run("x")));
               }),
               relative, "src"));
    CHECK(says(error_of([] {
                   (void)ctdf::stage<"s">("debian:12")(ctdf::secret("id", ctdf::dynamic(".netrc"))(ctdf::run("x")));
               }),
               relative, ".netrc"));
    CHECK(error_of([] {
              (void)ctdf::stage<"s">("debian:12")(ctdf::workdir("/w"),
                                                  ctdf::secret("id", ctdf::dynamic(".netrc"))(ctdf::run("x")));
          }) == "<no ctdf::error thrown>");
    CHECK(says(error_of([] { (void)ctdf::cache("/c")(ctdf::bind("src", ctdf::dynamic("/c"))(ctdf::run("x"))); }),
               "two mounts of a RUN share a target", "/c"));
    // Two secrets without a target land at /run/secrets/<id>: the same id clashes.
    CHECK(says(error_of([] { (void)ctdf::secret("npm")(ctdf::secret(ctdf::dynamic("npm"))(ctdf::run("x"))); }),
               "two mounts of a RUN share a target", "npm"));
    CHECK_NOTHROW(ctdf::secret("npm")(ctdf::secret("pip")(ctdf::cache("/npm")(ctdf::run("x")))));
}

TEST_CASE("checks: secret ids are letters, digits, dots, dashes and underscores", "[checks]") {
    for (const char* id : {"keys/npm", "a:b", "a@b", "a+b"}) {
        INFO("id: " << id);
        const std::string v = id;
        CHECK(says(error_of([&] { (void)ctdf::secret(ctdf::dynamic(v)); }), "secret id must be", v));
    }
    CHECK_NOTHROW(ctdf::secret("my-secret_1.txt"));
}

TEST_CASE("checks: the first WORKDIR of a stage line is absolute", "[checks]") {
    CHECK(says(error_of([] { (void)ctdf::stage<"s">("debian:12")(ctdf::workdir(ctdf::dynamic("app"))); }),
               "WORKDIR is relative and no absolute WORKDIR came before it", "app"));
    CHECK_NOTHROW(ctdf::stage<"s">("debian:12")(ctdf::workdir("/a"), ctdf::workdir(ctdf::dynamic("b"))));
    CHECK_NOTHROW(ctdf::stage<"s">("debian:12", ctdf::image_env("HOME"))(ctdf::workdir(ctdf::expand("$HOME")), ctdf::workdir("b")));
}

TEST_CASE("checks: one CMD and one ENTRYPOINT per stage unless the later replaces", "[checks]") {
    CHECK(says(error_of([] { (void)ctdf::stage<"s">("debian:12")(ctdf::cmd("a"), ctdf::cmd(ctdf::dynamic("b"))); }),
               "a stage has more than one CMD", "b"));
    CHECK(says(error_of([] {
                   (void)ctdf::stage<"s">("debian:12")(ctdf::entrypoint("a"))(ctdf::entrypoint(ctdf::dynamic("b")));
               }),
               "a stage has more than one ENTRYPOINT", "b"));
    CHECK_NOTHROW(ctdf::stage<"s">("debian:12")(ctdf::cmd("a"), ctdf::entrypoint("b")));
}

TEST_CASE("checks: image references", "[checks]") {
    const auto image = [](const std::string& ref) {
        return error_of([&] { (void)ctdf::stage<"s">(ctdf::dynamic(ref)); });
    };
    CHECK(says(image("Ubuntu:24.04"), "image repository must be lowercase", "Ubuntu:24.04"));
    CHECK(says(image("ubuntu:-1"), "image tag must be", "ubuntu:-1"));
    CHECK(says(image("ubuntu@sha256:abc"), "image digest must be", "ubuntu@sha256:abc"));
    CHECK(says(image("ubuntu 24.04"), "image reference is not valid", "ubuntu 24.04"));
    CHECK(says(image("bad_host:x:1/app"), "image", "bad_host:x:1/app"));
    for (const char* good : {"ubuntu", "ubuntu:24.04", "library/ubuntu:24.04", "localhost:5000/team/app:v1",
                             "registry.example.com/a/b__c--d.e:Tag_1.0",
                             "ghcr.io/org/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                             "[::1]:5000/app", "scratch", "My.Registry.io/app"}) {
        INFO("image: " << good);
        CHECK(image(good) == "<no ctdf::error thrown>");
    }
}

TEST_CASE("checks: a << outside quotes in RUN text would start a heredoc", "[checks]") {
    for (const char* bad : {"cat <<EOF > x", "cat << EOF", "echo $((1 << 2))", "cat <<-END", "cat 3<<X", "a\"b\"<<c"}) {
        INFO("command: " << bad);
        const std::string v = bad;
        CHECK(says(error_of([&] { (void)ctdf::run(ctdf::dynamic(v)); }), "RUN text has a << outside quotes", v));
    }
    for (const char* good : {"cat <<< \"$x\"", "echo '<<EOF'", "echo \"a << b\"", "echo \\<<x", "sort < in > out",
                             "make"}) {
        INFO("command: " << good);
        CHECK_NOTHROW(ctdf::run(ctdf::dynamic(good)));
    }
}

TEST_CASE("checks: RUN text starting with # would be dropped as a comment", "[checks]") {
    for (const char* bad : {"# note", "  #x", " # y"}) {
        INFO("command: " << bad);
        const std::string v = bad;
        CHECK(says(error_of([&] { (void)ctdf::run("make", ctdf::dynamic(v)); }), "RUN text starts with #", v));
    }
    CHECK_NOTHROW(ctdf::run(ctdf::dynamic("make # a comment at the end")));
}

namespace undefined_var_test {
inline constexpr auto parent = ctdf::stage<"parent">("eclipse-temurin:21", ctdf::image_env("JAVA_HOME"))(
    ctdf::env("APP_HOME", "/srv/app"));
inline constexpr auto child = ctdf::stage<"child", parent>()(
    ctdf::arg("VERSION", "1.0"),
    ctdf::env({{"JAR", ctdf::expand("${APP_HOME}/app-${VERSION}.jar")}, {"JRE", ctdf::expand("$JAVA_HOME/bin")}}),
    ctdf::add_to_path(ctdf::expand("${APP_HOME}/bin")),
    ctdf::workdir(ctdf::expand("${APP_HOME}")),
    ctdf::env("PROXY", ctdf::expand("${HTTP_PROXY}")),
    ctdf::env("OPTIONAL", ctdf::expand("${UNSET:-default} ${ALSO_UNSET:+set}")),
    ctdf::env("LITERAL", "$NOT_A_REFERENCE"),
    ctdf::env("ESCAPED", ctdf::expand("\\$NOT_A_REFERENCE")),
    ctdf::run("echo $UNDECLARED_IS_SHELL_TEXT"),
    ctdf::onbuild(ctdf::env("LATER", ctdf::expand("$DEFINED_DOWNSTREAM"))));
}  // namespace undefined_var_test

TEST_CASE("checks: UndefinedVar: every variable Dockerfile text refers to is defined before", "[checks]") {
    STATIC_REQUIRE(ctdf::render<undefined_var_test::child>.view().find("ENV JAR=${APP_HOME}/app-${VERSION}.jar "
                                                               "JRE=$JAVA_HOME/bin\n") != std::string_view::npos);
    using ctdf_test::error_of;
    const auto undefined = [](const char* value) {
        return error_of([value] { (void)ctdf::stage<"s">("debian:12")(ctdf::env("K", ctdf::expand(ctdf::dynamic(value)))); });
    };
    CHECK(undefined("$HOME/bin").find("(UndefinedVar)") != std::string::npos);
    CHECK(undefined("$HOME/bin").find("HOME") != std::string::npos);
    CHECK(undefined("${X}").find("(UndefinedVar)") != std::string::npos);
    CHECK(undefined("a${X:-b}c") == "<no ctdf::error thrown>");
    CHECK(undefined("\\$X") == "<no ctdf::error thrown>");
    CHECK(undefined("$1 and $") == "<no ctdf::error thrown>");
    // Declared after the use is too late; ARG and ENV of the stage, in order.
    CHECK(error_of([] {
              (void)ctdf::stage<"s">("debian:12")(ctdf::env("K", ctdf::expand(ctdf::dynamic("$V"))), ctdf::arg("V"));
          }).find("(UndefinedVar)") != std::string::npos);
    CHECK(error_of([] {
              (void)ctdf::stage<"s">("debian:12")(ctdf::arg("V"), ctdf::env("K", ctdf::expand(ctdf::dynamic("$V"))));
          }) == "<no ctdf::error thrown>");
    // A parent's ARG is not visible in a child; its ENV is.
    CHECK(error_of([] {
              (void)ctdf::stage<"c2", undefined_var_test::parent>()(ctdf::copy(ctdf::expand(ctdf::dynamic("$VERSION")), "/"));
          }).find("VERSION") != std::string::npos);
}

// The forms docs/reference.md shows compile.
namespace documented_test {
inline constexpr auto library = ctdf::stage<"lib">("debian:12", ctdf::image_env("LIBRARY_PATH"))(
    ctdf::env("LIBRARY_PATH", ctdf::expand("/opt/lib:${LIBRARY_PATH}")));
inline constexpr auto local_bin = ctdf::stage<"bin">("debian:12")(
    ctdf::env("HOME", "/root"), ctdf::add_to_path(ctdf::expand("${HOME}/.local/bin")));
}  // namespace documented_test

TEST_CASE("checks: UndefinedVar: a base image's variable is named with image_env", "[checks]") {
    STATIC_REQUIRE(ctdf::render<documented_test::library>.view().ends_with("ENV LIBRARY_PATH=/opt/lib:${LIBRARY_PATH}\n"));
    STATIC_REQUIRE(ctdf::render<documented_test::local_bin>.view().ends_with("ENV PATH=${HOME}/.local/bin:$PATH\n"));
}

TEST_CASE("checks: text that would end a line with a backslash is refused", "[checks]") {
    using ctdf_test::error_of;
    const std::string joins = "text ends with a backslash, which BuildKit reads as joining the next line";
    CHECK(error_of([] { (void)ctdf::run(ctdf::dynamic("echo a\\")); }).find(joins) != std::string::npos);
    CHECK(error_of([] { (void)ctdf::run(ctdf::dynamic("echo a\\ \t")); }).find(joins) != std::string::npos);
    CHECK(error_of([] { (void)ctdf::expand(ctdf::dynamic("C:\\")); }).find(joins) != std::string::npos);
    CHECK(error_of([] { (void)ctdf::shell_form(ctdf::dynamic("check \\")); }).find(joins) != std::string::npos);
    // Inside quotes, or not at the end, a backslash is the shell's.
    CHECK(error_of([] { (void)ctdf::run(ctdf::dynamic("printf 'a\\\\' && echo \\$HOME")); }) ==
          "<no ctdf::error thrown>");
    CHECK(ctdf::to_string(ctdf::stage<"s">("debian:12")(ctdf::env("DIR", ctdf::dynamic("C:\\tools\\")))) ==
          "# syntax=docker/dockerfile:1\nFROM debian:12 AS s\nENV DIR=\"C:\\\\tools\\\\\"\n");
}

TEST_CASE("checks: UndefinedVar also covers expand() flag values of COPY and ADD", "[checks]") {
    using ctdf_test::error_of;
    CHECK(error_of([] {
              (void)ctdf::stage<"s">("debian:12")(
                  ctdf::copy(".", "/m/", ctdf::chmod(ctdf::expand(ctdf::dynamic("$MODE")))));
          }).find("(UndefinedVar)") != std::string::npos);
    CHECK(error_of([] {
              (void)ctdf::stage<"s">("debian:12")(
                  ctdf::arg("OWNER", "app"), ctdf::copy(".", "/m/", ctdf::chown(ctdf::expand(ctdf::dynamic("$OWNER")))));
          }) == "<no ctdf::error thrown>");
}
