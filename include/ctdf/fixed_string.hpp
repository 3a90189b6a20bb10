#ifndef CTDF_FIXED_STRING_HPP
#define CTDF_FIXED_STRING_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>

namespace ctdf {

// A string usable as a template argument: stage names are identity, so they
// travel in types (`stage<"builder">`).
template <std::size_t N>
struct fixed_string {
    char chars[N + 1]{};

    consteval fixed_string(const char (&s)[N + 1]) {
        for (std::size_t i = 0; i != N; ++i) chars[i] = s[i];
    }

    constexpr text_view view() const { return {chars, N}; }
    static constexpr std::size_t size() { return N; }
};

template <std::size_t N>
fixed_string(const char (&)[N]) -> fixed_string<N - 1>;

}  // namespace ctdf

#endif
