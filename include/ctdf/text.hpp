#ifndef CTDF_TEXT_HPP
#define CTDF_TEXT_HPP

#include <cstddef>
#include <string_view>

#include <ctdf/error.hpp>

namespace ctdf {

class text;
namespace detail {
constexpr text static_text(const char* s, std::size_t n);
}

// One line of user text. A literal is checked while the program compiles;
// run-time text comes in through dynamic() and is checked when it is made.
// `raw` marks text the Dockerfile may expand (`$VAR`), see expand().
class text {
public:
    constexpr text() = default;

    template <std::size_t N>
    consteval text(const char (&s)[N]) : text(s, N - 1) {}

    constexpr std::string_view view() const { return sv_; }
    constexpr bool raw() const { return raw_; }
    constexpr bool empty() const { return sv_.empty(); }
    constexpr text as_raw() const {
        text t = *this;
        t.raw_ = true;
        return t;
    }

    // The checked way in for text that is not a literal.
    static constexpr text make(std::string_view s, bool raw) { return text(s, raw); }

private:
    friend constexpr text detail::static_text(const char* s, std::size_t n);

    // A literal is a static array, which both compilers let memchr read while
    // compiling: three builtin calls instead of a loop per character.
    constexpr text(const char* s, std::size_t n) : sv_(s, n) {
        if (__builtin_memchr(s, '\n', n) || __builtin_memchr(s, '\r', n) || __builtin_memchr(s, '\0', n))
            problem::text_contains_a_line_break_or_nul(sv_);
    }

    constexpr text(std::string_view s, bool raw) : sv_(s), raw_(raw) {
        for (char c : s)
            if (c == '\n' || c == '\r' || c == '\0') problem::text_contains_a_line_break_or_nul(s);
    }

    std::string_view sv_{};
    bool raw_ = false;
};

// Text known only at run time: checked now, throws ctdf::error if it is bad.
constexpr text dynamic(std::string_view s) { return text::make(s, false); }

// A value written as Dockerfile syntax, so `$VAR` and `${VAR}` expand when the
// image builds. Everything else ctdf writes is literal.
constexpr text expand(text t) { return t.as_raw(); }
template <std::size_t N>
consteval text expand(const char (&s)[N]) { return text(s).as_raw(); }

namespace detail {
// Text from a string literal given where a template deduced its type.
constexpr text static_text(const char* s, std::size_t n) { return text(s, n); }
}  // namespace detail

struct none_t {
    explicit constexpr none_t() = default;
};
// An absent value: env({{"DEBUG", ctdf::none}}) writes nothing for DEBUG.
inline constexpr none_t none{};

// A value or none, for entries that a configuration may leave out.
class opt_text {
public:
    constexpr opt_text(none_t) {}
    constexpr opt_text(text t) : value_(t), present_(true) {}
    template <std::size_t N>
    consteval opt_text(const char (&s)[N]) : opt_text(text(s)) {}

    constexpr bool present() const { return present_; }
    constexpr text value() const { return value_; }

private:
    text value_{};
    bool present_ = false;
};

// key=value, as env() and with_env() take them: {{"LANG", "C.UTF-8"}}.
struct kv {
    text key;
    opt_text value;
};

}  // namespace ctdf

#endif
