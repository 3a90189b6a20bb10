#ifndef CTDF_NAMES_HPP
#define CTDF_NAMES_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>

#include <ctdf/chars.hpp>
#include <ctdf/error.hpp>

namespace ctdf::names {

constexpr bool lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool lower_hex(char c) { return digit(c) || (c >= 'a' && c <= 'f'); }

// A stage name BuildKit takes as written, without a casing warning:
// [a-z][a-z0-9._-]*.
constexpr bool stage_name(text_view s) {
    if (s.empty() || !lower(s[0])) return false;
    for (char c : s)
        if (!(lower(c) || digit(c) || c == '.' || c == '_' || c == '-')) return false;
    return true;
}
constexpr bool reserved_stage_name(text_view s) { return s == "scratch" || s == "context"; }

// An ARG or ENV name, or a shell variable: [A-Za-z_][A-Za-z0-9_]*.
constexpr bool variable(text_view s) {
    return !s.empty() && (chars::of(s[0]) & chars::letter) && chars::all(s, chars::name);
}

// The n characters at p equal the lowercase word w, in any case.
constexpr bool word_is(const char* p, const char* w, std::size_t n) {
    for (std::size_t i = 0; i != n; ++i) {
        const char c = p[i];
        if ((upper(c) ? static_cast<char>(c - 'A' + 'a') : c) != w[i]) return false;
    }
    return true;
}

// BuildKit's SecretsUsedInArgOrEnv: a '_'-separated word that names a secret
// (apikey, auth, credential(s), key, password, pword, passwd, secret, token),
// and none that says the value is public, a file or a version. Each step
// costs while compiling: words are found with one builtin call each, only
// those of a length that can match are looked at, and those by length.
constexpr bool looks_secret(text_view s) {
    // Every word above holds a k, h, w or c: most names hold none, and eight
    // builtin calls settle them.
    const char* p = s.data();
    const std::size_t size = s.size();
    if (size == 0 || !(__builtin_memchr(p, 'k', size) || __builtin_memchr(p, 'K', size) ||
                       __builtin_memchr(p, 'h', size) || __builtin_memchr(p, 'H', size) ||
                       __builtin_memchr(p, 'w', size) || __builtin_memchr(p, 'W', size) ||
                       __builtin_memchr(p, 'c', size) || __builtin_memchr(p, 'C', size)))
        return false;
    bool deny = false, allow = false;
    for (std::size_t at = 0; at <= s.size();) {
        const std::size_t found = s.find('_', at);
        const std::size_t end = found == text_view::npos ? s.size() : found;
        const std::size_t n = end - at;
        const char* w = s.data() + at;
        if (n >= 3 && n <= 11) {
            switch (n) {
                case 3: deny = deny || word_is(w, "key", 3); break;
                case 4: deny = deny || word_is(w, "auth", 4), allow = allow || word_is(w, "file", 4); break;
                case 5: deny = deny || word_is(w, "pword", 5) || word_is(w, "token", 5); break;
                case 6:
                    deny = deny || word_is(w, "apikey", 6) || word_is(w, "passwd", 6) || word_is(w, "secret", 6);
                    allow = allow || word_is(w, "public", 6);
                    break;
                case 7: allow = allow || word_is(w, "version", 7); break;
                case 8: deny = deny || word_is(w, "password", 8); break;
                case 10: deny = deny || word_is(w, "credential", 10); break;
                case 11: deny = deny || word_is(w, "credentials", 11); break;
                default: break;
            }
        }
        at = end + 1;
    }
    return deny && !allow;
}

// COPY and ADD flag values and sources.
constexpr bool in(char c, text_view set) { return set.find(c) != text_view::npos; }

// --chmod=0755: 1 to 4 octal digits (BuildKit parses the value base 8, at
// most 07777).
constexpr bool octal_mode(text_view s) {
    if (s.empty() || s.size() > 4) return false;
    for (char c : s)
        if (c < '0' || c > '7') return false;
    return true;
}

// --chmod=u=rwX,go=rX: clauses of chmod(1) joined by ',', each
// [ugoa]* then one or more actions [+-=] with [rwxXst]* or one of [ugo].
constexpr bool symbolic_mode(text_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (true) {
        while (i != n && in(s[i], "ugoa")) ++i;
        if (i == n || !in(s[i], "+-=")) return false;
        while (i != n && in(s[i], "+-=")) {
            ++i;
            if (i != n && in(s[i], "ugo"))
                ++i;
            else
                while (i != n && in(s[i], "rwxXst")) ++i;
        }
        if (i == n) return true;
        if (s[i] != ',') return false;
        ++i;
    }
}

constexpr bool numeric_id(text_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!digit(c)) return false;
    return true;
}

// One side of --chown: a numeric id, or a name [A-Za-z_][A-Za-z0-9_.-]*.
constexpr bool owner_part(text_view s) {
    if (numeric_id(s)) return true;
    if (s.empty() || !(chars::of(s[0]) & chars::letter)) return false;
    for (char c : s)
        if (!((chars::of(c) & chars::name) || c == '.' || c == '-')) return false;
    return true;
}

// A side BuildKit looks up in /etc/passwd or /etc/group: not a number, and
// not root, which it knows without them.
constexpr bool owner_by_name(text_view s) { return !numeric_id(s) && s != "root"; }

constexpr bool http_source(text_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

// What ADD clones rather than copies or downloads: an SSH or git:// address,
// or an http(s) URL whose path ends in .git (before #ref:dir or ?query).
constexpr bool git_source(text_view s) {
    if (s.starts_with("git@") || s.starts_with("git://") || s.starts_with("ssh://")) return true;
    return http_source(s) && s.substr(0, s.find_first_of("#?")).ends_with(".git");
}

// Image references, as the distribution reference grammar reads them.
namespace reference {

// [a-z0-9]+ ((\.|_|__|-+) [a-z0-9]+)*
constexpr bool path_component(text_view s) {
    if (s.empty()) return false;
    std::size_t i = 0;
    while (true) {
        const std::size_t start = i;
        while (i < s.size() && (lower(s[i]) || digit(s[i]))) ++i;
        if (i == start) return false;  // a separator must sit between alphanumerics
        if (i == s.size()) return true;
        if (s[i] == '.') {
            ++i;
        } else if (s[i] == '_') {
            ++i;
            if (i < s.size() && s[i] == '_') ++i;
        } else if (s[i] == '-') {
            while (i < s.size() && s[i] == '-') ++i;
        } else {
            return false;
        }
    }
}

// [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
constexpr bool domain_component(text_view s) {
    if (s.empty() || s.front() == '-' || s.back() == '-') return false;
    for (char c : s)
        if (!(lower(c) || upper(c) || digit(c) || c == '-')) return false;
    return true;
}

// host[:port], host being dotted components or a bracketed IPv6 address.
constexpr bool domain(text_view s) {
    text_view host = s;
    if (const auto colon = s.rfind(':'); colon != text_view::npos && s.find(']', colon) == text_view::npos) {
        const text_view port = s.substr(colon + 1);
        if (port.empty()) return false;
        for (char c : port)
            if (!digit(c)) return false;
        host = s.substr(0, colon);
    }
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
        for (char c : host.substr(1, host.size() - 2))
            if (!(digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':')) return false;
        return host.size() > 2;
    }
    while (true) {
        const auto dot = host.find('.');
        if (!domain_component(host.substr(0, dot))) return false;
        if (dot == text_view::npos) return true;
        host = host.substr(dot + 1);
    }
}

// [\w][\w.-]{0,127}
constexpr bool tag(text_view s) {
    if (s.empty() || s.size() > 128 || s[0] == '.' || s[0] == '-') return false;
    for (char c : s)
        if (!(lower(c) || upper(c) || digit(c) || c == '_' || c == '.' || c == '-')) return false;
    return true;
}

// algorithm:hex, with sha256/384/512 held to their exact lowercase lengths.
constexpr bool digest(text_view s) {
    const auto colon = s.find(':');
    if (colon == text_view::npos || colon == 0) return false;
    const text_view algorithm = s.substr(0, colon), hex = s.substr(colon + 1);
    bool start = true;
    for (char c : algorithm) {
        const bool alpha = lower(c) || upper(c);
        if (start) {
            if (!alpha) return false;
            start = false;
        } else if (c == '-' || c == '_' || c == '+' || c == '.') {
            start = true;
        } else if (!alpha && !digit(c)) {
            return false;
        }
    }
    if (start) return false;
    std::size_t want = 0;
    if (algorithm == "sha256") want = 64;
    if (algorithm == "sha384") want = 96;
    if (algorithm == "sha512") want = 128;
    if (want != 0 && hex.size() != want) return false;
    if (hex.size() < 32) return false;
    for (char c : hex)
        if (!(want != 0 ? lower_hex(c) : (lower_hex(c) || (c >= 'A' && c <= 'F')))) return false;
    return true;
}

// Checks an image reference; calls the problem that names what is wrong.
constexpr void check(text_view ref) {
    text_view rest = ref;
    if (const auto at = rest.find('@'); at != text_view::npos) {
        if (!digest(rest.substr(at + 1))) problem::image_digest_is_not_algorithm_colon_hex(ref);
        rest = rest.substr(0, at);
    }
    // A colon after the last slash starts the tag: a registry's port is
    // always followed by a path.
    if (const auto colon = rest.rfind(':'); colon != text_view::npos && rest.find('/', colon) == text_view::npos) {
        if (!tag(rest.substr(colon + 1))) problem::image_tag_is_not_word_characters_dots_dashes(ref);
        rest = rest.substr(0, colon);
    }
    text_view path = rest;
    if (const auto slash = rest.find('/'); slash != text_view::npos) {
        const text_view first = rest.substr(0, slash);
        bool is_domain = first == "localhost" || first.find('.') != text_view::npos ||
                         first.find(':') != text_view::npos;
        for (char c : first)
            if (upper(c)) is_domain = true;
        if (is_domain) {
            if (!domain(first)) problem::image_registry_is_not_a_host_and_port(ref);
            path = rest.substr(slash + 1);
        }
    }
    if (path.size() > 255) problem::image_reference_is_not_a_valid_reference(ref);
    while (true) {
        const auto slash = path.find('/');
        const text_view component = path.substr(0, slash);
        for (char c : component)
            if (upper(c)) problem::image_repository_must_be_lowercase(ref);
        if (!path_component(component)) problem::image_reference_is_not_a_valid_reference(ref);
        if (slash == text_view::npos) break;
        path = path.substr(slash + 1);
    }
}

}  // namespace reference
}  // namespace ctdf::names

#endif
