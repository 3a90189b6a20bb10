// Renders thousands of generated values through every quoting path of ctdf:
// exec-form arguments, ENV/ARG/LABEL values, PATH entries and paths (WORKDIR,
// COPY, VOLUME, USER). Writes one JSON line per value and path:
//   {"path": P, "expect": what a parser must read, "dockerfile": ..., "definition": ...}
// or, where ctdf refused the value, {"path": P, "expect": ..., "refused": message}.
// roundtrip.js --batch checks every line. usage: batch COUNT > FILE
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include <ctdf.hpp>
#include <ctdf/describe.hpp>
#include <ctdf/to_string.hpp>

namespace {

// Pieces that mean something to BuildKit's lexer, JSON, /bin/sh or a
// parser, and ordinary ones between them.
const char* const pieces[] = {
    "a", "b", "z", "Q", "0", "9", "_", ".", "/", "-", ":", "@", "%", "+", ",", "=", " ", "  ", "\t", "\v", "\f",
    "\"", "'", "\\", "$", "${X}", "$X", "${X:-d}", "$$", "{", "}", "[", "]", "*", "?", "#", "!", "&", "|", ";",
    "<", ">", "(", ")", "`", "~", "^", "\xc3\xa9", "\xe2\x98\x83", "\xf0\x9f\x98\x80", "\xc2\xa0", "\x01", "\x1f",
    "\x7f", "\\n", "\"\"", "''", "[\"a\"]", "{\"k\": 1}", "--", "<<EOF", "\\\\", "\\$", "\\\"", "'\\''", "\\ ",
};

// Whole values chosen by hand: the shapes most likely to go wrong.
const char* const chosen[] = {
    "", " ", "a b", "a\\", "a\\\\", "\\", "'", "\"", "$", "$HOME", "${HOME}", "it's $5", "end\\ ", " lead",
    "trail ", "\t", "a\tb", "[\"json\", \"looking\"]", "[1, 2]", "{}", "#comment", "a #b", "=", "a=b", "--flag",
    "-", "<<EOF", "a<<b", "\"quoted\"", "'single'", "\\\"", "\\$HOME", "100%", "C:\\dir\\", "\xc3\xa9t\xc3\xa9",
};

std::uint64_t state = 0x9e3779b97f4a7c15ull;
std::uint64_t next() {  // xorshift64*: the same values on every machine
    state ^= state >> 12, state ^= state << 25, state ^= state >> 27;
    return state * 0x2545f4914f6cdd1dull;
}

std::string generated() {
    std::string v;
    const std::size_t n = 1 + next() % 8;
    for (std::size_t i = 0; i != n; ++i) v += pieces[next() % (sizeof pieces / sizeof *pieces)];
    return v;
}

void json_string(std::string& out, const std::string& s) {
    ctdf::string_sink sink{out};
    ctdf::quote::json_string(sink, s);
}

// The stage's Dockerfile, and its description, with the file's escape
// character (# escape=` when a backtick).
template <class S>
std::string text_of(const S& s, char escape) {
    if (escape == '\\') return ctdf::to_string(s);
    std::string text = "# syntax=docker/dockerfile:1\n# escape=`\n";
    ctdf::string_sink sink{text, escape};
    ctdf::detail::stage(sink, s, ctdf::dockerfile_1);
    return text;
}
template <class S>
std::string definition_of(const S& s, char escape) {
    std::string json = ctdf::to_json(s);
    if (escape != '\\') json.replace(json.find("\"escape\": null"), 14, "\"escape\": \"`\"");
    return json;
}

char escape = '\\';  // the batch's pass: \, then `

template <class Make>
void line(const char* path, const std::string& expect, Make make) {
    std::string out = "{\"path\": \"";
    out += path;
    out += escape == '\\' ? "\"" : "\", \"escape\": \"`\"";
    out += ", \"expect\": ";
    json_string(out, expect);
    try {
        const auto s = make();
        const std::string text = text_of(s, escape), definition = definition_of(s, escape);
        out += ", \"dockerfile\": ";
        json_string(out, text);
        out += ", \"definition\": ";
        for (char c : definition) out += c == '\n' ? ' ' : c;  // one line: its strings escape newlines
    } catch (const ctdf::error& e) {
        out += ", \"refused\": ";
        json_string(out, e.what());
    }
    out += "}\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
}

// Keys are numbered so that a builder can take every ENV, ARG and LABEL line
// of the batch into one file.
void every_path(const std::string& v, std::size_t i) {
    using ctdf::dynamic;
    const std::string w = "/w/" + v, d = "/d/" + v, p = "/p/" + v;
    const std::string env_key = "K" + std::to_string(i), arg_key = "A" + std::to_string(i),
                      label_key = "k" + std::to_string(i);
    line("env", v, [&] { return ctdf::stage<"s">("img")(ctdf::env(dynamic(env_key), dynamic(v))); });
    line("arg", v, [&] { return ctdf::stage<"s">("img")(ctdf::arg(dynamic(arg_key), dynamic(v), ctdf::also_env)); });
    line("label", v, [&] { return ctdf::stage<"s">("img")(ctdf::label({{dynamic(label_key), dynamic(v)}})); });
    line("path", p + ":$PATH", [&] { return ctdf::stage<"s">("img")(ctdf::add_to_path(dynamic(p))); });
    line("cmd", v, [&] { return ctdf::stage<"s">("img")(ctdf::cmd(dynamic(v), "x")); });
    line("entrypoint", v, [&] { return ctdf::stage<"s">("img")(ctdf::entrypoint(dynamic(v))); });
    line("shell", v, [&] { return ctdf::stage<"s">("img")(ctdf::shell(dynamic(v), "-c")); });
    line("healthcheck", v, [&] { return ctdf::stage<"s">("img")(ctdf::healthcheck(dynamic(v))); });
    line("workdir", w, [&] { return ctdf::stage<"s">("img")(ctdf::workdir(dynamic(w))); });
    line("copy_source", v, [&] { return ctdf::stage<"s">("img")(ctdf::copy(dynamic(v), "/d/")); });
    line("copy_destination", d, [&] { return ctdf::stage<"s">("img")(ctdf::copy("src", dynamic(d))); });
    line("volume", w, [&] { return ctdf::stage<"s">("img")(ctdf::volume(dynamic(w))); });
    line("user", v, [&] { return ctdf::stage<"s">("img")(ctdf::user(dynamic(v))); });
}

}  // namespace

int main(int argc, char** argv) {
    const long count = argc == 2 ? std::strtol(argv[1], nullptr, 10) : 0;
    if (count <= 0) {
        std::fprintf(stderr, "usage: %s COUNT > FILE\n", argv[0]);
        return 2;
    }
    std::vector<std::string> values(std::begin(chosen), std::end(chosen));
    std::set<std::string> seen(values.begin(), values.end());
    while (static_cast<long>(values.size()) < count) {
        std::string v = generated();
        if (seen.insert(v).second) values.push_back(std::move(v));
    }
    for (std::size_t i = 0; i != values.size(); ++i) every_path(values[i], i);
    escape = '`';  // again, for a file that says # escape=`
    for (std::size_t i = 0; i != values.size(); ++i) every_path(values[i], i);
    return 0;
}
