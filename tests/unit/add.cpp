// COPY's --chmod, --chown, --exclude and --parents, and ADD with its own
// flags: the text written, the values refused, and the frontends that read them.
#include <string>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/describe.hpp>
#include <ctdf/to_string.hpp>

namespace add_test {

using ctdf_test::error_of;

inline constexpr auto builder = ctdf::stage<"builder">("gcc:14")(ctdf::run("make"));

inline constexpr char digest[] = "sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d";

inline constexpr auto flags = ctdf::stage<"f">("img", ctdf::image_env("MODE", "UID", "GID"))(
    ctdf::copy("app.sh", "/app/", ctdf::chmod("0755")),
    ctdf::copy("conf", "/etc/app/", ctdf::chmod("644"), ctdf::chown("1000:1000")),
    ctdf::copy(".", "/src/", ctdf::chmod("u=rwX,go=rX"), ctdf::chown("app")),
    ctdf::copy("hom*", "/mydir/", ctdf::exclude("*.txt"), ctdf::exclude("*.md")),
    ctdf::copy("./x/./y/*.txt", "/parents/", ctdf::parents),
    ctdf::copy("my file", "/d/", ctdf::chown("app:staff"), ctdf::chmod("+x")),
    ctdf::copy(".", "/m/", ctdf::chmod(ctdf::expand("$MODE")), ctdf::chown(ctdf::expand("${UID}:${GID}"))));

// Stage copies get --link by default; a --chown by name leaves it out, as
// --link copies into an empty filesystem where no name resolves.
inline constexpr auto linked = ctdf::stage<"l">("img")(
    ctdf::copy_from<builder>("/out/app", "/usr/bin/", ctdf::chown("1000:1000"), ctdf::chmod("0755")),
    ctdf::copy_from<builder>("/out/lib", "/usr/lib/", ctdf::chown("app:app")),
    ctdf::copy_from<builder>("/out/etc", "/etc/", ctdf::chown("root")),
    ctdf::copy("/etc/passwd", "/p", ctdf::from_image("alpine:3"), ctdf::chown("0:0"), ctdf::link),
    ctdf::copy_from<builder>("/out/x", ctdf::exclude("*.o")));

inline constexpr auto adds = ctdf::stage<"a">("img")(
    ctdf::add("archive.tar.gz", "/opt/"),
    ctdf::add("archive.tar.gz", "/opt/raw/", ctdf::no_unpack),
    ctdf::add("https://example.com/tool.tar.gz", "/opt/tool/", ctdf::checksum(digest), ctdf::unpack),
    ctdf::add("https://example.com/file?x=1&y=2", "/f", ctdf::chmod("0644"), ctdf::chown("1:1")),
    ctdf::add("https://github.com/moby/buildkit.git#v0.10.1", "/buildkit", ctdf::keep_git_dir),
    ctdf::add("git@github.com:moby/buildkit.git", "/bk/", ctdf::link, ctdf::exclude("docs")),
    ctdf::add("my dir", "/d/"));

inline constexpr auto modes = ctdf::stage<"m">("img")(ctdf::copy("a", "/a", ctdf::chmod("u+x"), ctdf::chown("app")));
inline constexpr auto for_1_14 = ctdf::dockerfile<modes>(ctdf::target(ctdf::dockerfile_1_14));

inline constexpr auto octal = ctdf::stage<"o">("img")(ctdf::copy("a", "/a", ctdf::chmod("0755"), ctdf::chown("app")),
                                                      ctdf::add("b.tar", "/b/", ctdf::chown("1:1")));
inline constexpr auto for_buildah = ctdf::dockerfile<octal>(ctdf::target(ctdf::buildah_1_28));

inline constexpr auto chmod_octal = ctdf::stage<"x">("img")(ctdf::copy("a", ctdf::chmod("0755")));
inline constexpr auto chmod_symbolic = ctdf::stage<"x">("img")(ctdf::copy("a", ctdf::chmod("go-w")));
inline constexpr auto from_git = ctdf::stage<"x">("img")(ctdf::add("git@h:r.git", "/r"));
inline constexpr auto with_checksum =
    ctdf::stage<"x">("img")(ctdf::add("https://h/a", "/a", ctdf::checksum(digest)));
inline constexpr auto with_unpack = ctdf::stage<"x">("img")(ctdf::add("a.tgz", "/a", ctdf::no_unpack));
inline constexpr auto with_exclude = ctdf::stage<"x">("img")(ctdf::copy("a", ctdf::exclude("*.o")));
inline constexpr auto with_parents = ctdf::stage<"x">("img")(ctdf::copy("a/b", "/p/", ctdf::parents));
inline constexpr auto add_link = ctdf::stage<"x">("img")(ctdf::add("a", "/a", ctdf::link));

// The message of dockerfile<S>(target(f)) when made at run time, or "" if
// the target reads S.
template <const auto& S>
std::string refused(const ctdf::frontend& f) {
    const std::string m = error_of([&] { (void)ctdf::dockerfile<S>(ctdf::target(f)); });
    return m == "<no ctdf::error thrown>" ? "" : m;
}

}  // namespace add_test

using namespace add_test;

TEST_CASE("add: COPY --chmod, --chown, --exclude and --parents in the order given", "[add]") {
    STATIC_REQUIRE(ctdf::render<flags>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS f\n"
                   "COPY --chmod=0755 app.sh /app/\n"
                   "COPY --chmod=644 --chown=1000:1000 conf /etc/app/\n"
                   "COPY --chmod=u=rwX,go=rX --chown=app . /src/\n"
                   "COPY --exclude=*.txt --exclude=*.md hom* /mydir/\n"
                   "COPY --parents ./x/./y/*.txt /parents/\n"
                   R"(COPY --chown=app:staff --chmod=+x ["\"my file\"", "/d/"])" "\n"
                   "COPY --chmod=$MODE --chown=${UID}:${GID} . /m/\n");
    CHECK(ctdf::to_string(flags) == ctdf::render<flags>.view());
}

TEST_CASE("add: --link by default for stage copies, but not with a --chown by name", "[add]") {
    STATIC_REQUIRE(ctdf::render<linked>.view().ends_with(
        "FROM img AS l\n"
        "COPY --from=builder --link --chown=1000:1000 --chmod=0755 /out/app /usr/bin/\n"
        "COPY --from=builder --chown=app:app /out/lib /usr/lib/\n"
        "COPY --from=builder --link --chown=root /out/etc /etc/\n"
        "COPY --from=alpine:3 --link --chown=0:0 /etc/passwd /p\n"
        "COPY --from=builder --link --exclude=*.o /out/x /out/x\n"));
    CHECK(ctdf::to_string(linked) == ctdf::render<linked>.view());
}

TEST_CASE("add: ADD from the context, a URL and a Git repository, with its flags", "[add]") {
    STATIC_REQUIRE(ctdf::render<adds>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS a\n"
                   "ADD archive.tar.gz /opt/\n"
                   "ADD --unpack=false archive.tar.gz /opt/raw/\n"
                   "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d "
                   "--unpack=true https://example.com/tool.tar.gz /opt/tool/\n"
                   R"(ADD --chmod=0644 --chown=1:1 ["https://example.com/file?x=1&y=2", "/f"])" "\n"
                   R"(ADD --keep-git-dir=true ["https://github.com/moby/buildkit.git#v0.10.1", "/buildkit"])" "\n"
                   "ADD --link --exclude=docs git@github.com:moby/buildkit.git /bk/\n"
                   R"(ADD ["\"my dir\"", "/d/"])" "\n");
    CHECK(ctdf::to_string(adds) == ctdf::render<adds>.view());
}

TEST_CASE("add: to_json lists the flags in the order written", "[add]") {
    const std::string json = ctdf::to_json(adds);
    CHECK(json.find(R"({"keyword": "ADD", "flags": [["checksum", ")" + std::string(digest) +
                    R"("], ["unpack", "true"]], "arguments": ["https://example.com/tool.tar.gz", "/opt/tool/"]})") !=
          std::string::npos);
    CHECK(json.find(R"({"keyword": "ADD", "flags": [["link", null], ["exclude", "docs"]], )") != std::string::npos);
    CHECK(ctdf::to_json(flags).find(R"({"keyword": "COPY", "flags": [["parents", null]], )") != std::string::npos);
}

TEST_CASE("add: run-time values are checked like literals", "[add]") {
    const auto s = ctdf::stage<"r">("img")(
        ctdf::add(ctdf::dynamic("https://example.com/a b.tgz"), ctdf::dynamic("/opt/"),
                  ctdf::chmod(ctdf::dynamic("0700")), ctdf::chown(ctdf::dynamic("1000"))));
    CHECK(ctdf::to_string(s) ==
          "# syntax=docker/dockerfile:1\n"
          "FROM img AS r\n"
          R"(ADD --chmod=0700 --chown=1000 ["\"https://example.com/a b.tgz\"", "/opt/"])" "\n");
}

TEST_CASE("add: bad flag values throw ctdf::error with the compile-time message", "[add]") {
    using ctdf::dynamic;
    const std::string octal = "ctdf: --chmod must be 1 to 4 octal digits (0755) or a symbolic mode of [ugoa]*[+-=][rwxXst]* "
                              "clauses joined by ',' (u=rwX,go=rX): ";
    CHECK(error_of([] { (void)ctdf::chmod(dynamic("0855")); }) == octal + "\"0855\"");
    CHECK(error_of([] { (void)ctdf::chmod(dynamic("07555")); }) == octal + "\"07555\"");
    CHECK(error_of([] { (void)ctdf::chmod(dynamic("u=rwz")); }) == octal + "\"u=rwz\"");
    CHECK(error_of([] { (void)ctdf::chmod(dynamic("u")); }) == octal + "\"u\"");
    CHECK(error_of([] { (void)ctdf::chmod(dynamic("u=r,")); }) == octal + "\"u=r,\"");
    CHECK(error_of([] { (void)ctdf::chmod(ctdf::expand(dynamic("$A B"))); }) == octal + "\"$A B\"");
    CHECK_NOTHROW(ctdf::chmod(dynamic("a+rx,u-w,g=u")));
    CHECK_NOTHROW(ctdf::chmod(dynamic("=")));  // chmod(1): clear every bit
    const std::string owner = "ctdf: --chown must be user or user:group, each a numeric id or a name of A-Z a-z 0-9 _ . - "
                              "not starting with a digit, '.' or '-': ";
    CHECK(error_of([] { (void)ctdf::chown(dynamic("app:")); }) == owner + "\"app:\"");
    CHECK(error_of([] { (void)ctdf::chown(dynamic(":staff")); }) == owner + "\":staff\"");
    CHECK(error_of([] { (void)ctdf::chown(dynamic("a:b:c")); }) == owner + "\"a:b:c\"");
    CHECK(error_of([] { (void)ctdf::chown(dynamic("my user")); }) == owner + "\"my user\"");
    CHECK(error_of([] { (void)ctdf::chown(dynamic("1app")); }) == owner + "\"1app\"");
    CHECK(error_of([] { (void)ctdf::chown(dynamic("")); }) == "ctdf: text must not be empty: \"--chown owner\"");
    CHECK(error_of([] { (void)ctdf::exclude(dynamic("a b")); }) ==
          "ctdf: --exclude pattern must be one word of A-Z a-z 0-9 _ . / : @ % + , = - and * ? [ ]: \"a b\"");
    CHECK(error_of([] { (void)ctdf::exclude(dynamic("it's")); }).starts_with("ctdf: --exclude pattern must be"));
    const std::string sum = "ctdf: ADD --checksum must be sha256: followed by 64 lowercase hex digits: ";
    const std::string upper = "sha256:24454F830CDB571E2C4AD15481119C43B3CAFD48DD869A9B2945D1036D1DC68D";
    CHECK(error_of([&] { (void)ctdf::checksum(dynamic(upper)); }) == sum + "\"" + upper + "\"");
    CHECK(error_of([] { (void)ctdf::checksum(dynamic("sha256:abc")); }) == sum + "\"sha256:abc\"");
    CHECK(error_of([] { (void)ctdf::checksum(dynamic("sha512:abc")); }) == sum + "\"sha512:abc\"");
}

TEST_CASE("add: flags that do not fit the source or --link throw ctdf::error", "[add]") {
    using ctdf::dynamic;
    CHECK(error_of([] { (void)ctdf::add(dynamic("local.tgz"), "/d/", ctdf::checksum(digest)); }) ==
          "ctdf: ADD --checksum needs an http:// or https:// source that is not a Git repository: \"local.tgz\"");
    CHECK(error_of([] { (void)ctdf::add(dynamic("https://h/r.git"), "/d/", ctdf::checksum(digest)); })
              .starts_with("ctdf: ADD --checksum needs an http:// or https:// source"));
    CHECK(error_of([] { (void)ctdf::add(dynamic("https://h/a.tgz"), "/d/", ctdf::keep_git_dir); }) ==
          "ctdf: ADD --keep-git-dir needs a Git repository source (git@host:path, git://, ssh://, or a URL ending in "
          ".git): \"https://h/a.tgz\"");
    CHECK_NOTHROW(ctdf::add(dynamic("ssh://git@h/r#main:dir"), "/d/", ctdf::keep_git_dir));
    CHECK_NOTHROW(ctdf::add(dynamic("https://h/r.git?ref=main"), "/d/", ctdf::keep_git_dir));
    CHECK(error_of([] { (void)ctdf::copy_from<builder>(dynamic("/out"), ctdf::chown("app"), ctdf::link); }) ==
          "ctdf: --chown by name fails with --link, which copies into an empty filesystem with no /etc/passwd "
          "(use numeric ids, or no_link): \"app\"");
    CHECK(error_of([] { (void)ctdf::add(dynamic("a"), "/a", ctdf::link, ctdf::chown("1000:staff")); })
              .starts_with("ctdf: --chown by name fails with --link"));
    CHECK(error_of([] { (void)ctdf::add(dynamic(""), "/a"); }) == "ctdf: text must not be empty: \"ADD source\"");
}

TEST_CASE("add: a target reads only the flags of its version", "[add][frontend]") {
    STATIC_REQUIRE(ctdf::render<for_1_14>.view() ==
                   "# syntax=docker/dockerfile:1.14\n"
                   "FROM img AS m\n"
                   "COPY --chmod=u+x --chown=app a /a\n");
    STATIC_REQUIRE(ctdf::render<for_buildah>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS o\n"
                   "COPY --chmod=0755 --chown=app a /a\n"
                   "ADD --chown=1:1 b.tar /b/\n");
    CHECK(refused<chmod_octal>(ctdf::dockerfile_1_0) ==
          "ctdf: COPY and ADD --chmod need docker/dockerfile:1.2 or newer, which the target does not read: "
          "\"docker/dockerfile:1.0\"");
    CHECK(refused<chmod_octal>(ctdf::buildah_1_28).empty());
    CHECK(refused<chmod_symbolic>(ctdf::buildah_1_28) ==
          "ctdf: a symbolic --chmod (u=rwX,...) needs docker/dockerfile:1.14 or newer, which the target does not "
          "read: \"buildah 1.28\"");
    CHECK(refused<chmod_symbolic>(ctdf::dockerfile_1_14).empty());
    CHECK(refused<from_git>(ctdf::dockerfile_1_4).starts_with("ctdf: ADD from a Git repository needs docker/dockerfile:1.6"));
    CHECK(refused<from_git>(ctdf::dockerfile_1_6).empty());
    CHECK(refused<with_checksum>(ctdf::docker_20_10).starts_with("ctdf: ADD --checksum needs docker/dockerfile:1.6"));
    CHECK(refused<with_checksum>(ctdf::dockerfile_1_6).empty());
    CHECK(refused<with_unpack>(ctdf::dockerfile_1_14).starts_with("ctdf: ADD --unpack needs docker/dockerfile:1.17"));
    CHECK(refused<with_unpack>(ctdf::dockerfile_1_17).empty());
    CHECK(refused<with_exclude>(ctdf::dockerfile_1_17)
              .starts_with("ctdf: COPY and ADD --exclude need docker/dockerfile:1.19"));
    CHECK(refused<with_exclude>(ctdf::dockerfile_1_19).empty());
    CHECK(refused<with_parents>(ctdf::dockerfile_1_19).starts_with("ctdf: COPY --parents needs docker/dockerfile:1.20"));
    CHECK(refused<with_parents>(ctdf::dockerfile_1_20).empty());
    CHECK(refused<with_parents>(ctdf::dockerfile_1).empty());
    CHECK(refused<add_link>(ctdf::buildah_1_28).starts_with("ctdf: ADD --link needs docker/dockerfile:1.4"));
    CHECK(refused<add_link>(ctdf::dockerfile_1_4).empty());
}
