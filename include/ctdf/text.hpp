#ifndef CTDF_TEXT_HPP
#define CTDF_TEXT_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>

#include <ctdf/chars.hpp>
#include <ctdf/error.hpp>

namespace ctdf {

class text;
namespace detail {
constexpr text static_text(const char* s, std::size_t n);
}

struct none_t {
    explicit constexpr none_t() = default;
};
inline constexpr none_t none{};

// One line of user text. A literal is checked while the program compiles;
// run-time text comes in through dynamic() and is checked when it is made.
// `raw` marks text the Dockerfile may expand (`$VAR`), see expand().
class text {
public:
    constexpr text() = default;
    // An absent value: env({{"DEBUG", ctdf::none}}) writes nothing for DEBUG.
    // Where text is required, none is refused as empty.
    constexpr text(none_t) : present_(false) {}

    // The check is written here, not delegated: each call between the literal
    // and the failing check is one more note in the compiler's error.
    template <std::size_t N>
    consteval text(const char (&s)[N]) : sv_(s, N - 1) {
        if (__builtin_memchr(s, '\n', N - 1) || __builtin_memchr(s, '\r', N - 1) || __builtin_memchr(s, '\0', N - 1))
            problem::text_contains_a_line_break_or_nul(sv_);
    }

    constexpr text_view view() const { return sv_; }
    constexpr bool raw() const { return raw_; }
    constexpr bool empty() const { return sv_.empty(); }
    constexpr bool not_secret() const { return not_secret_; }
    constexpr bool present() const { return present_; }
    constexpr text as_raw() const {
        text t = *this;
        t.raw_ = true;
        return t;
    }
    constexpr text as_not_secret() const {
        text t = *this;
        t.not_secret_ = true;
        return t;
    }

    // The checked way in for text that is not a literal.
    static constexpr text make(text_view s, bool raw) { return text(s, raw); }

private:
    friend constexpr text detail::static_text(const char* s, std::size_t n);

    // A literal is a static array, which both compilers let memchr read while
    // compiling: three builtin calls instead of a loop per character.
    constexpr text(const char* s, std::size_t n) : sv_(s, n) {
        if (__builtin_memchr(s, '\n', n) || __builtin_memchr(s, '\r', n) || __builtin_memchr(s, '\0', n))
            problem::text_contains_a_line_break_or_nul(sv_);
    }

    constexpr text(text_view s, bool raw) : sv_(s), raw_(raw) {
        for (char c : s)
            if (c == '\n' || c == '\r' || c == '\0') problem::text_contains_a_line_break_or_nul(s);
    }

    text_view sv_{};
    bool raw_ = false;
    bool not_secret_ = false;
    bool present_ = true;
};

// Text known only at run time: checked now, throws ctdf::error if it is bad.
constexpr text dynamic(text_view s) { return text::make(s, false); }

// A value written as Dockerfile syntax, so `$VAR` and `${VAR}` expand when the
// image builds. Everything else ctdf writes is literal.
// Ending in a backslash, it would join what follows it in the file.
constexpr text expand(text t) {
    if (chars::ends_in_continuation(t.view()))
        problem::text_ends_with_a_backslash_which_BuildKit_reads_as_joining_the_next_line(t.view());
    return t.as_raw();
}
template <std::size_t N>
consteval text expand(const char (&s)[N]) {
    if (chars::ends_in_continuation(text_view(s, N - 1)))
        problem::text_ends_with_a_backslash_which_BuildKit_reads_as_joining_the_next_line(text_view(s, N - 1));
    return text(s).as_raw();
}

// A variable name that looks like a secret (API_KEY, GITHUB_TOKEN, ...) but
// is not one: ctdf refuses such names unless marked.
constexpr text not_secret(text name) { return name.as_not_secret(); }
template <std::size_t N>
consteval text not_secret(const char (&s)[N]) {
    return text(s).as_not_secret();
}

namespace detail {
// Text from a string literal given where a template deduced its type.
constexpr text static_text(const char* s, std::size_t n) { return text(s, n); }
}  // namespace detail


// key=value, as env() and with_env() take them: {{"LANG", "C.UTF-8"}}.
struct kv {
    text key;
    text value;
};

}  // namespace ctdf

#endif
