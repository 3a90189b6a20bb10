#ifndef CTDF_CHARS_HPP
#define CTDF_CHARS_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>

namespace ctdf::chars {

// Character classes as bits of one table. Checks scan text inside the
// constant evaluator, which pays for every call and every step: a scan is one
// call with a table lookup per character, never a call per character.
using bits_t = unsigned short;
enum : bits_t {
    plain = 1,      // means nothing to BuildKit's word lexer or to /bin/sh: written bare
    glob = 2,       // * ? [ ]: COPY patterns, bare in COPY's plain form
    lexed = 4,      // " ' \ $ and blanks: what the word lexer acts on
    blank = 8,      // what BuildKit's plain forms split words on
    name = 16,      // [A-Za-z0-9_]: variable names after the first character
    letter = 32,    // [A-Za-z_]: a variable name's first character
    mount = 64,     // plain but ',': kept as written by flag parser, CSV reader and lexer
    json = 128,     // escaped in a JSON string: " \ and control characters
    dquoted = 256,  // \ " $: escaped inside the lexer's double quotes
    squote = 512,   // ': the one character single quotes cannot hold
    secret_id = 1024,  // [A-Za-z0-9._-]: a secret's id
    dollar = 2048,     // $: a variable reference to the lexer
    wide = 4096,       // the first byte of a multibyte character: some are blanks to BuildKit (U+00A0)
    dquoted_bt = 8192,   // ` " $: dquoted when # escape=` makes ` the escape character
    lexed_bt = 16384,    // lexed, with ` in place of \, for # escape=`
};

struct table_t {
    bits_t bits[256]{};
    constexpr void add(text_view s, bits_t b) {
        for (char c : s) bits[static_cast<unsigned char>(c)] |= b;
    }
    constexpr table_t() {
        for (int c = 0; c < 0x20; ++c) bits[c] |= json;
        for (int c = 'a'; c <= 'z'; ++c) bits[c] |= plain | name | letter | mount;
        for (int c = 'A'; c <= 'Z'; ++c) bits[c] |= plain | name | letter | mount;
        for (int c = '0'; c <= '9'; ++c) bits[c] |= plain | name | mount;
        add("_", letter | name);
        add("_./:@%+,=-", plain);
        add("_./:@%+=-", mount);
        add("*?[]", glob);
        add("\"'\\$ \t\v\f\r", lexed);
        add(" \t\v\f\r", blank);
        add("\"\\", json);
        add("\\\"$", dquoted);
        add("'", squote);
        add("$", dollar);
        add("`\"$", dquoted_bt);
        add("\"'`$ \t\v\f\r", lexed_bt);
        for (int c = 0xc0; c < 0x100; ++c) bits[c] |= wide;
        for (int c = 0; c < 256; ++c)
            if (bits[c] & name) bits[c] |= secret_id;
        add(".-", secret_id);
    }
};
inline constexpr table_t table{};

constexpr bits_t of(char c) { return table.bits[static_cast<unsigned char>(c)]; }

// Every character of s has one of the bits in mask.
constexpr bool all(text_view s, bits_t mask) {
    const char* p = s.data();
    for (std::size_t i = 0, n = s.size(); i != n; ++i)
        if (!(table.bits[static_cast<unsigned char>(p[i])] & mask)) return false;
    return true;
}

// Some character of s has one of the bits in mask.
constexpr bool any(text_view s, bits_t mask) {
    const char* p = s.data();
    for (std::size_t i = 0, n = s.size(); i != n; ++i)
        if (table.bits[static_cast<unsigned char>(p[i])] & mask) return true;
    return false;
}

// The first position at or after from whose character has a bit of mask.
constexpr std::size_t find(text_view s, std::size_t from, bits_t mask) {
    const char* p = s.data();
    const std::size_t n = s.size();
    while (from != n && !(table.bits[static_cast<unsigned char>(p[from])] & mask)) ++from;
    return from;
}

// An absolute path: /..., or C:\... and C:/... for Windows images.
constexpr bool absolute_path(text_view s) {
    return (!s.empty() && s[0] == '/') ||
           (s.size() >= 3 && (of(s[0]) & letter) && s[0] != '_' && s[1] == ':' && (s[2] == '\\' || s[2] == '/'));
}

// Whether s, ending a line, would continue it: BuildKit joins a line whose
// last character before any blanks is the escape character with the next one.
constexpr bool ends_in_continuation(text_view s, char escape = '\\') {
    const char* p = s.data();
    std::size_t end = s.size();
    while (end != 0 && (p[end - 1] == ' ' || p[end - 1] == '\t')) --end;
    return end != 0 && p[end - 1] == escape;
}

}  // namespace ctdf::chars

#endif
