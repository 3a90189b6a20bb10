#ifndef CTDF_DETAIL_VARIABLES_HPP
#define CTDF_DETAIL_VARIABLES_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>

#include <ctdf/chars.hpp>

namespace ctdf::detail {

// Calls f(name, plain, at, end) for each variable Dockerfile text refers
// to, $NAME or ${NAME...}, found at s[at, end); plain is false for
// ${NAME:-word} and the like, which say what happens when NAME is unset. A
// \$ is a literal dollar. Stops, returning false, when f returns false.
template <class F>
constexpr bool each_variable(text_view s, F f) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] != '$') continue;
        const bool brace = i + 1 < s.size() && s[i + 1] == '{';
        const std::size_t from = i + 1 + brace;
        // "$" alone is a dollar; "$1" is no name ARG or ENV could declare.
        if (from == s.size() || !(chars::of(s[from]) & chars::letter)) continue;
        std::size_t end = from;
        while (end < s.size() && (chars::of(s[end]) & chars::name)) ++end;
        const bool plain = !brace || (end < s.size() && s[end] == '}');
        std::size_t after = end;
        if (brace) {
            const std::size_t close = s.find('}', end);
            after = close == text_view::npos ? s.size() : close + 1;
        }
        if (!f(s.substr(from, end - from), plain, i, after)) return false;
        i = after - 1;
    }
    return true;
}

template <std::size_t N>
constexpr bool one_of(text_view name, const text_view (&names)[N]) {
    for (text_view n : names)
        if (n == name) return true;
    return false;
}

// ARGs BuildKit defines without a declaration: the proxy settings.
inline constexpr text_view proxy_args[] = {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY",
                                                 "ftp_proxy",  "NO_PROXY",   "no_proxy",    "ALL_PROXY",   "all_proxy"};
constexpr bool predefined_arg(text_view name) { return one_of(name, proxy_args); }

// The platform ARGs BuildKit defines for FROM lines (a stage declares them
// with ARG to use them).
inline constexpr text_view platform_args[] = {"BUILDPLATFORM",  "BUILDOS",  "BUILDARCH",  "BUILDVARIANT",
                                                    "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT"};
constexpr bool automatic_platform_arg(text_view name) { return one_of(name, platform_args); }

}  // namespace ctdf::detail

#endif
