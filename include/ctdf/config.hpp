#ifndef CTDF_CONFIG_HPP
#define CTDF_CONFIG_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>
#include <type_traits>

#include <ctdf/error.hpp>
#include <ctdf/fixed_string.hpp>
#include <ctdf/text.hpp>

// Values the build passes to a definition: ctdf_add_dockerfile(... CONFIG
// release=true tag=v1.0) writes a header defining CTDF_CONFIG as the lines
// "release=true\ntag=v1.0\n" and names it in CTDF_CONFIG_HEADER; the
// definition reads ctdf::config<"release", bool>(). Each generator is its own
// program, so each may see different values.
#if defined(CTDF_CONFIG_HEADER)
#include CTDF_CONFIG_HEADER
#endif

namespace ctdf {

namespace problem {
[[noreturn]] inline void config_value_is_missing(text_view key) {
    detail::raise("no CONFIG value given for", key);
}
[[noreturn]] inline void config_value_is_not_true_or_false(text_view value) {
    detail::raise("CONFIG value must be true or false", value);
}
[[noreturn]] inline void config_value_is_not_a_whole_number(text_view value) {
    detail::raise("CONFIG value must be a whole number", value);
}
}  // namespace problem

namespace detail {
#if defined(CTDF_CONFIG)
inline constexpr text_view config_lines = CTDF_CONFIG;
#else
inline constexpr text_view config_lines = "";
#endif

// The value of key in lines of key=value, or a view past the end if absent.
constexpr text_view config_value(text_view lines, text_view key, bool& found) {
    std::size_t at = 0;
    while (at < lines.size()) {
        std::size_t end = at;
        while (end < lines.size() && lines[end] != '\n') ++end;
        const text_view line = lines.substr(at, end - at);
        if (line.size() > key.size() && line.substr(0, key.size()) == key && line[key.size()] == '=') {
            found = true;
            return line.substr(key.size() + 1);
        }
        at = end + 1;
    }
    found = false;
    return {};
}
}  // namespace detail

// config<"release", bool>(), config<"jobs", int>(), config<"tag", text>():
// a value from the build; a missing or ill-typed one does not compile.
template <fixed_string Key, class T>
consteval T config() {
    bool found = false;
    const text_view v = detail::config_value(detail::config_lines, Key.view(), found);
    if (!found) problem::config_value_is_missing(Key.view());
    if constexpr (std::is_same_v<T, bool>) {
        if (v == "true") return true;
        if (v == "false") return false;
        problem::config_value_is_not_true_or_false(v);
    } else if constexpr (std::is_same_v<T, text>) {
        return dynamic(v);
    } else {
        static_assert(std::is_integral_v<T>, "ctdf: config<Key, T> reads bool, whole numbers or ctdf::text");
        if (v.empty()) problem::config_value_is_not_a_whole_number(v);
        T n = 0;
        for (char c : v) {
            if (c < '0' || c > '9') problem::config_value_is_not_a_whole_number(v);
            n = static_cast<T>(n * 10 + (c - '0'));
        }
        return n;
    }
}

}  // namespace ctdf

#endif
