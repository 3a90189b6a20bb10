#ifndef CTDF_QUOTE_HPP
#define CTDF_QUOTE_HPP

#include <cstddef>
#include <string_view>

namespace ctdf::quote {

// Characters that mean nothing to BuildKit's word lexer or to /bin/sh, so a
// value made only of them is written bare, as a hand-written file would be.
// A table, not a function: the constant evaluator pays for every call.
struct plain_table {
    bool is[256]{};
    constexpr plain_table() {
        for (int c = 'a'; c <= 'z'; ++c) is[c] = true;
        for (int c = 'A'; c <= 'Z'; ++c) is[c] = true;
        for (int c = '0'; c <= '9'; ++c) is[c] = true;
        for (unsigned char c : std::string_view{"_./:@%+,=-"}) is[c] = true;
    }
};
inline constexpr plain_table plain_chars{};

constexpr bool plain(char c) { return plain_chars.is[static_cast<unsigned char>(c)]; }

// What BuildKit's plain forms split words on.
constexpr bool blank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }

// Characters the word lexer gives a meaning to.
constexpr bool lexed(char c) { return c == '"' || c == '\'' || c == '\\' || c == '$' || blank(c); }

constexpr bool is_plain(std::string_view s) {
    if (s.empty()) return false;
    const char* p = s.data();
    for (std::size_t i = 0, n = s.size(); i != n; ++i)
        if (!plain_chars.is[static_cast<unsigned char>(p[i])]) return false;
    return true;
}

// A literal for BuildKit's lexer (ENV, ARG, WORKDIR, COPY): inside double
// quotes only \, " and $ are special, and a backslash makes each literal.
template <class Sink>
constexpr void dockerfile_quoted(Sink& out, std::string_view s) {
    out.put('"');
    for (char c : s) {
        if (c == '\\' || c == '"' || c == '$') out.put('\\');
        out.put(c);
    }
    out.put('"');
}

template <class Sink>
constexpr void dockerfile_word(Sink& out, std::string_view s) {
    if (is_plain(s)) return out.put(s);
    dockerfile_quoted(out, s);
}

// A literal for /bin/sh: single quotes keep everything, a ' is closed,
// escaped and reopened.
template <class Sink>
constexpr void shell_quoted(Sink& out, std::string_view s) {
    out.put('\'');
    std::size_t from = 0;
    for (std::size_t i = 0; i != s.size(); ++i) {
        if (s[i] != '\'') continue;
        out.put(s.substr(from, i - from));
        out.put("'\\''");
        from = i + 1;
    }
    out.put(s.substr(from));
    out.put('\'');
}

template <class Sink>
constexpr void shell_word(Sink& out, std::string_view s) {
    if (is_plain(s)) return out.put(s);
    shell_quoted(out, s);
}

// The body of a JSON string (without its quotes).
template <class Sink>
constexpr void json_chars(Sink& out, char c) {
    constexpr char hex[] = "0123456789abcdef";
    switch (c) {
        case '"': return out.put("\\\"");
        case '\\': return out.put("\\\\");
        case '\b': return out.put("\\b");
        case '\f': return out.put("\\f");
        case '\n': return out.put("\\n");
        case '\r': return out.put("\\r");
        case '\t': return out.put("\\t");
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out.put("\\u00");
                out.put(hex[(c >> 4) & 0xf]);
                out.put(hex[c & 0xf]);
            } else {
                out.put(c);
            }
    }
}

template <class Sink>
constexpr void json_string(Sink& out, std::string_view s) {
    out.put('"');
    for (char c : s) json_chars(out, c);
    out.put('"');
}

// A JSON string whose decoded value BuildKit then lexes once more (COPY's
// exec form): the lexer's own quoting, JSON-escaped.
template <class Sink>
constexpr void json_dockerfile_word(Sink& out, std::string_view s) {
    bool quoted = false;
    for (char c : s) quoted = quoted || lexed(c);
    if (!quoted) return json_string(out, s);
    out.put("\"\\\"");
    for (char c : s) {
        if (c == '\\' || c == '"' || c == '$') out.put("\\\\");
        json_chars(out, c);
    }
    out.put("\\\"\"");
}

}  // namespace ctdf::quote

#endif
