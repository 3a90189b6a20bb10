#ifndef CTDF_TEXT_HPP
#define CTDF_TEXT_HPP

#include <cstddef>
#include <string_view>

#include <ctdf/error.hpp>

namespace ctdf {

// One line of user text. A literal is checked while the program compiles;
// run-time text comes in through dynamic() and is checked when it is made.
// `raw` marks text the Dockerfile may expand (`$VAR`), see expand().
class text {
public:
    constexpr text() = default;

    template <std::size_t N>
    consteval text(const char (&s)[N]) : text(std::string_view{s, N - 1}, false) {}

    constexpr std::string_view view() const { return sv_; }
    constexpr bool raw() const { return raw_; }
    constexpr bool empty() const { return sv_.empty(); }

    // The one checked way in; every other constructor ends here.
    static constexpr text make(std::string_view s, bool raw) { return text(s, raw); }

private:
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
template <std::size_t N>
consteval text expand(const char (&s)[N]) { return text::make({s, N - 1}, true); }
constexpr text expand(text t) { return text::make(t.view(), true); }

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
