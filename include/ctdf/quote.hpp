#ifndef CTDF_QUOTE_HPP
#define CTDF_QUOTE_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>

#include <ctdf/chars.hpp>

namespace ctdf::quote {

// A value made only of these is written bare, as a hand-written file has it.
constexpr bool is_plain(text_view s) { return !s.empty() && chars::all(s, chars::plain); }

// Writes s, calling special(c) for each character c that has a bit of
// mask instead of writing it: whole runs between them go out in one call.
template <class Sink, class F>
constexpr void runs(Sink& out, text_view s, chars::bits_t mask, F special) {
    std::size_t from = 0;
    while (true) {
        const std::size_t at = chars::find(s, from, mask);
        if (at != from) out.put(text_view(s.data() + from, at - from));
        if (at == s.size()) return;
        special(s[at]);
        from = at + 1;
    }
}

// Writes s, with escape written before each character that has a bit of mask.
template <class Sink>
constexpr void escaped(Sink& out, text_view s, chars::bits_t mask, text_view escape) {
    runs(out, s, mask, [&](char c) { out.put(escape), out.put(c); });
}

// A value with a $ goes in single quotes where it can: BuildKit reads
// "\$" as $, but dockerfile-ast (and the editors built on it) keep the
// backslash. Single quotes cannot hold a ', and dockerfile-ast reads a
// backslash before the closing one as an escape.
constexpr bool single_quoted(text_view s, char escape = '\\') {
    return chars::any(s, chars::dollar) && !chars::any(s, chars::squote) && !s.ends_with(escape);
}

// A value with a $ and a ' has one more form both read alike: each special
// character escaped alone. Only where nothing follows it on its line
// (dockerfile-ast joins an escaped quote with what follows), not when it ends
// in a blank or a backslash (BuildKit would take that as a continuation), and
// not when it starts with a blank (dockerfile-ast drops it).
constexpr bool escaped_alone(text_view s, char escape = '\\') {
    return chars::any(s, chars::dollar) && !(chars::of(s.front()) & chars::blank) &&
           !(chars::of(s.back()) & chars::blank) && s.back() != escape;
}

// What the lexer's escape character makes literal, for the file's escape.
constexpr chars::bits_t lexed_for(char escape) { return escape == '`' ? chars::lexed_bt : chars::lexed; }
constexpr chars::bits_t dquoted_for(char escape) { return escape == '`' ? chars::dquoted_bt : chars::dquoted; }

// A literal for BuildKit's lexer (ENV, ARG, WORKDIR, COPY): inside double
// quotes only \, " and $ are special, and a backslash makes each literal;
// inside single quotes nothing is. last: nothing follows on the line.
template <class Sink>
constexpr void dockerfile_quoted(Sink& out, text_view s, bool last = true) {
    const text_view escape(&out.escape, 1);
    if (single_quoted(s, out.escape)) {
        out.put('\'');
        out.put(s);
        return out.put('\'');
    }
    if (last && escaped_alone(s, out.escape)) return escaped(out, s, lexed_for(out.escape) | chars::wide, escape);
    out.put('"');
    escaped(out, s, dquoted_for(out.escape), escape);
    out.put('"');
}

// A literal for /bin/sh: single quotes keep everything; a ' closes them, is
// escaped, and reopens them.
template <class Sink>
constexpr void shell_quoted(Sink& out, text_view s) {
    out.put('\'');
    runs(out, s, chars::squote, [&](char) { out.put("'\\''"); });
    out.put('\'');
}

template <class Sink>
constexpr void shell_word(Sink& out, text_view s) {
    if (is_plain(s)) return out.put(s);
    shell_quoted(out, s);
}

// One character escaped for a JSON string.
template <class Sink>
constexpr void json_escape(Sink& out, char c) {
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
            out.put("\\u00");
            out.put(hex[(c >> 4) & 0xf]);
            out.put(hex[c & 0xf]);
    }
}

// s as a JSON string body, with the lexer's escape (\, as JSON) before each
// character that has a bit of mask.
template <class Sink>
constexpr void json_escaped(Sink& out, text_view s, chars::bits_t mask) {
    runs(out, s, mask | chars::json, [&](char c) {
        if (chars::of(c) & mask) out.put(out.escape == '`' ? "`" : "\\\\");  // the escape, as JSON
        if (chars::of(c) & chars::json)
            json_escape(out, c);
        else
            out.put(c);
    });
}

// The body of a JSON string, without its quotes.
template <class Sink>
constexpr void json_body(Sink& out, text_view s) {
    json_escaped(out, s, 0);
}

template <class Sink>
constexpr void json_string(Sink& out, text_view s) {
    out.put('"');
    json_body(out, s);
    out.put('"');
}

// A JSON string whose decoded value BuildKit then lexes once more (COPY's
// and VOLUME's JSON forms): the lexer's own quoting where needed, as above.
template <class Sink>
constexpr void json_dockerfile_word(Sink& out, text_view s) {
    if (!chars::any(s, lexed_for(out.escape))) return json_string(out, s);
    if (single_quoted(s, out.escape)) return out.put("\"'"), json_body(out, s), out.put("'\"");
    if (escaped_alone(s, out.escape))
        return out.put('"'), json_escaped(out, s, lexed_for(out.escape) | chars::wide), out.put('"');
    out.put("\"\\\""), json_escaped(out, s, dquoted_for(out.escape)), out.put("\\\"\"");
}

}  // namespace ctdf::quote

#endif
