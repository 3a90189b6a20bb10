// Checked text (dynamic, expand, none) and the quoting rules shared by every
// context, checked by reading rendered words back the way BuildKit does.
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

#include <ctdf.hpp>
#include <ctdf/to_string.hpp>

namespace text_and_quoting_test {

using namespace std::string_view_literals;

using ctdf_test::error_of;

// One word read back as BuildKit's lexer (frontend/dockerfile/shell/lex.go)
// reads it: `\` makes the next character literal, '...' keeps everything,
// "..." un-escapes only \\ \" \$. A $ that would expand is marked, so a
// comparison with the value fails.
std::string lex(std::string_view w) {
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        if (c == '\\') {
            if (++i < w.size()) out += w[i];
        } else if (c == '\'') {
            while (++i < w.size() && w[i] != '\'') out += w[i];
        } else if (c == '"') {
            while (++i < w.size() && w[i] != '"') {
                const bool escape = w[i] == '\\' && i + 1 < w.size() &&
                                    (w[i + 1] == '\\' || w[i + 1] == '"' || w[i + 1] == '$');
                if (escape)
                    ++i;
                else if (w[i] == '$')
                    out += "<$ expands>";
                out += w[i];
            }
        } else if (c == '$') {
            out += "<$ expands>";
        } else {
            out += c;
        }
    }
    return out;
}

// The strings of a JSON array of strings, decoded as encoding/json does.
std::vector<std::string> json_strings(std::string_view s) {
    std::vector<std::string> out;
    for (std::size_t i = s.find('"'); i < s.size(); i = s.find('"', i + 1)) {
        std::string v;
        for (++i; i < s.size() && s[i] != '"'; ++i) {
            if (s[i] != '\\') {
                v += s[i];
                continue;
            }
            switch (s[++i]) {
                case 'b': v += '\b'; break;
                case 'f': v += '\f'; break;
                case 'n': v += '\n'; break;
                case 'r': v += '\r'; break;
                case 't': v += '\t'; break;
                case 'u':
                    v += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 4)), nullptr, 16));
                    i += 4;
                    break;
                default: v += s[i];  // \" \\ \/
            }
        }
        out.push_back(v);
    }
    return out;
}

// The one instruction line a stage of one instruction renders, without "\n".
template <class Node>
std::string only_line(const Node& n) {
    const std::string file = ctdf::to_string(ctdf::stage<"q">("img")(n));
    const std::string head = "# syntax=docker/dockerfile:1\nFROM img AS q\n";
    REQUIRE(file.rfind(head, 0) == 0);
    REQUIRE(file.back() == '\n');
    return file.substr(head.size(), file.size() - head.size() - 1);
}

std::string after(const std::string& line, std::string_view prefix) {
    REQUIRE(line.rfind(prefix, 0) == 0);
    return line.substr(prefix.size());
}

inline constexpr auto literal_vs_expand = ctdf::stage<"x">("img", ctdf::image_env("HOME"))(
    ctdf::env("LITERAL", "$HOME/bin"),
    ctdf::env("EXPANDED", ctdf::expand("$HOME/bin")),
    ctdf::env({{"BRACED", ctdf::expand("${HOME:-/root}/bin")}, {"GONE", ctdf::none}}));

// Every character the rules call plain, in one value.
inline constexpr auto all_plain = ctdf::stage<"p">("img")(
    ctdf::env("V", "azAZ09_./:@%+,=-"),
    ctdf::workdir("/"),
    ctdf::workdir("azAZ09_./:@%+,=-"),
    ctdf::copy("azAZ09_./:@%+,=-"),
    ctdf::run({{"V", "azAZ09_./:@%+,=-"}}, "true"));

}  // namespace text_and_quoting_test

using namespace text_and_quoting_test;

TEST_CASE("text: literal and expand flags", "[text]") {
    STATIC_REQUIRE(!ctdf::text("$HOME").raw());
    STATIC_REQUIRE(ctdf::expand("$HOME").raw());
    STATIC_REQUIRE(ctdf::expand("$HOME").view() == "$HOME");
    STATIC_REQUIRE(ctdf::text().empty());
    STATIC_REQUIRE(!ctdf::text(ctdf::none).present());
    STATIC_REQUIRE(ctdf::text("").present());
    CHECK(ctdf::expand(ctdf::dynamic("$X")).raw());
    CHECK(ctdf::dynamic("tab\tand unicode \xe2\x98\x83").view() == "tab\tand unicode \xe2\x98\x83");
    CHECK_FALSE(ctdf::dynamic("x").raw());
}

TEST_CASE("text: a literal value is literal and an expand value is Dockerfile syntax", "[text]") {
    STATIC_REQUIRE(ctdf::render<literal_vs_expand>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS x\n"
                   "ENV LITERAL='$HOME/bin'\n"
                   "ENV EXPANDED=$HOME/bin\n"
                   "ENV BRACED=${HOME:-/root}/bin\n");
    CHECK(ctdf::to_string(literal_vs_expand) == ctdf::render<literal_vs_expand>.view());
}

// The message quotes the value with its line breaks written as \n and \r, so
// that it stays one readable line.
TEST_CASE("text: dynamic text with a line break throws ctdf::error naming the value", "[text]") {
    const std::pair<std::string_view, std::string_view> cases[] = {{"first\nsecond"sv, "\"first\\nsecond\""sv},
                                                                   {"first\rsecond"sv, "\"first\\rsecond\""sv},
                                                                   {"\n"sv, "\"\\n\""sv},
                                                                   {"crlf\r\n"sv, "\"crlf\\r\\n\""sv}};
    for (const auto& c : cases) {
        const std::string_view bad = c.first, shown = c.second;
        INFO("value: " << shown);
        const std::string msg = error_of([&] { (void)ctdf::dynamic(bad); });
        CHECK(msg.rfind("ctdf: ", 0) == 0);
        CHECK(msg.find(shown) != std::string::npos);
    }
}

TEST_CASE("text: dynamic text with a NUL throws ctdf::error", "[text]") {
    CHECK_THROWS_AS(ctdf::dynamic("a\0b"sv), ctdf::error);
    CHECK_THROWS_AS(ctdf::dynamic("\0"sv), ctdf::error);
    CHECK(error_of([] { (void)ctdf::dynamic("head\0tail"sv); }).rfind("ctdf: ", 0) == 0);
}

// what() is a C string, so a raw NUL cuts the value short there: the message
// should show the value with the NUL made visible.
TEST_CASE("text: the message for a NUL shows the whole value", "[text]") {
    const std::string msg = error_of([] { (void)ctdf::dynamic("head\0tail"sv); });
    CHECK(msg.find("\"head\\x00tail\"") != std::string::npos);
}

// The message lives in the exception (ctdf.hpp needs no <string>): a value too
// long for it is cut, and the message still ends as it should.
TEST_CASE("text: the message for a very long value is cut and still well formed", "[text]") {
    const std::string bad = std::string(5000, 'x') + "\n";
    const std::string msg = error_of([&] { (void)ctdf::dynamic(bad); });
    CHECK(msg.rfind("ctdf: text contains a line break or NUL: \"xxx", 0) == 0);
    CHECK(msg.size() < 2048);
    CHECK(msg.size() > 2000);
    CHECK(msg.substr(msg.size() - 4) == "...\"");
    const std::string short_msg = error_of([] { (void)ctdf::dynamic("a\nb"sv); });
    CHECK(short_msg == "ctdf: text contains a line break or NUL: \"a\\nb\"");
}

TEST_CASE("text: empty required text throws ctdf::error", "[text]") {
    const std::string msg = error_of([] { (void)ctdf::workdir(ctdf::dynamic("")); });
    CHECK(msg.rfind("ctdf: ", 0) == 0);
    CHECK(msg.find("empty") != std::string::npos);
}

TEST_CASE("text: plain characters are written bare in every context", "[text]") {
    STATIC_REQUIRE(ctdf::render<all_plain>.view() ==
                   "# syntax=docker/dockerfile:1\n"
                   "FROM img AS p\n"
                   "ENV V=azAZ09_./:@%+,=-\n"
                   "WORKDIR /\n"
                   "WORKDIR azAZ09_./:@%+,=-\n"
                   "COPY azAZ09_./:@%+,=- azAZ09_./:@%+,=-\n"
                   "RUN V=azAZ09_./:@%+,=- true\n");
    CHECK(ctdf::to_string(all_plain) == ctdf::render<all_plain>.view());
}

TEST_CASE("text: any other character makes a value quoted", "[text]") {
    const std::string plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:@%+,=-";
    std::string chars = "\t\x01\x7f\xc3";
    for (char c = ' '; c <= '~'; ++c) chars += c;
    for (char c : chars) {
        const std::string v = std::string("a") + c + "b";
        INFO("value: " << v);
        const bool is_plain = plain.find(c) != std::string::npos;
        const std::string in_env = after(only_line(ctdf::env("V", ctdf::dynamic(v))), "ENV V=");
        const std::string in_shell = after(only_line(ctdf::run({{"V", ctdf::dynamic(v)}}, "true")), "RUN V=");
        if (is_plain) {
            CHECK(in_env == v);
            CHECK(in_shell == v + " true");
        } else {
            CHECK(in_env.front() == (c == '$' ? '\'' : '"'));  // a $ is kept by single quotes
            CHECK(in_shell.front() == '\'');
        }
    }
}

// Values that mean something to BuildKit's lexer, JSON or both, written in
// each context and read back.
TEST_CASE("text: values read back exactly from ENV ARG WORKDIR PATH COPY and CMD", "[text]") {
    const std::vector<std::string> values = {
        "plain",     "",           "two words", " lead",     "trail ",        "it's",   "say \"hi\"",
        "$HOME",     "${HOME}",    "$",         "back\\slash", "trail\\",     "\\\"",   "tab\there",
        "h\xc3\xa9llo \xe2\x98\x83", "a*b?[c]", "#hash", "~/x", "`cmd`", "a;b&c|d", "{x}",
        "%s",        "=eq",        "\x01" "ctl", "del\x7f",  "x'\"$\\",
    };
    for (const std::string& v : values) {
        INFO("value: " << v);
        const ctdf::text t = ctdf::dynamic(v);
        CHECK(lex(after(only_line(ctdf::env("V", t)), "ENV V=")) == v);
        CHECK(lex(after(only_line(ctdf::arg("V", t)), "ARG V=")) == v);
        CHECK(json_strings(after(only_line(ctdf::cmd(t)), "CMD ")) == std::vector<std::string>{v});
        if (v.empty()) continue;
        // Under "/": a first WORKDIR must be absolute.
        const std::string dir = "/" + v;
        CHECK(lex(after(only_line(ctdf::workdir(ctdf::dynamic(dir))), "WORKDIR ")) == dir);
        const std::string path = after(only_line(ctdf::add_to_path(t)), "ENV PATH=");
        REQUIRE(path.size() > 6);
        CHECK(path.substr(path.size() - 6) == ":$PATH");
        CHECK(lex(path.substr(0, path.size() - 6)) == v);
        const std::string copy = after(only_line(ctdf::copy(t, "/dst/")), "COPY ");
        std::vector<std::string> words;
        if (copy.front() == '[') {
            for (const std::string& s : json_strings(copy)) words.push_back(lex(s));
        } else {
            // The plain form splits on whitespace before it reads quotes.
            const std::size_t space = copy.find(' ');
            REQUIRE(copy.find_first_of(" \t", space + 1) == std::string::npos);
            words = {lex(copy.substr(0, space)), lex(copy.substr(space + 1))};
        }
        CHECK(words == std::vector<std::string>{v, "/dst/"});
    }
}
