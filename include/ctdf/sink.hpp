#ifndef CTDF_SINK_HPP
#define CTDF_SINK_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace ctdf {

// Rendering writes through a sink. Counting first gives the exact size as a
// constant; the same walk then fills an array of that size. A string sink is
// the run-time twin, so both paths produce the same bytes by construction.
struct count_sink {
    std::size_t size = 0;
    constexpr void put(char) { ++size; }
    constexpr void put(std::string_view s) { size += s.size(); }
};

template <std::size_t N>
struct fixed_text {
    char chars[N + 1]{};  // NUL-terminated for c_str()

    constexpr std::string_view view() const { return {chars, N}; }
    constexpr const char* c_str() const { return chars; }
    static constexpr std::size_t size() { return N; }
    constexpr operator std::string_view() const { return view(); }
};

template <std::size_t N>
struct array_sink {
    fixed_text<N> out{};
    std::size_t at = 0;

    constexpr void put(char c) { out.chars[at++] = c; }
    constexpr void put(std::string_view s) {
        const char* from = s.data();
        const std::size_t n = s.size();
#if defined(__clang__)
        // clang evaluates memcpy in constant expressions with far fewer steps
        // than a loop; g++ 12 refuses it there.
        if (n != 0) __builtin_memcpy(out.chars + at, from, n);
#else
        // Plain indexing: each call the evaluator makes per character costs.
        for (std::size_t i = 0; i != n; ++i) out.chars[at + i] = from[i];
#endif
        at += n;
    }
};

struct string_sink {
    std::string& out;
    void put(char c) { out += c; }
    void put(std::string_view s) { out += s; }
};

}  // namespace ctdf

#endif
