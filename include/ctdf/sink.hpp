#ifndef CTDF_SINK_HPP
#define CTDF_SINK_HPP

#include <array>
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
    std::array<char, N + 1> chars{};  // NUL-terminated for c_str()

    constexpr std::string_view view() const { return {chars.data(), N}; }
    constexpr const char* c_str() const { return chars.data(); }
    static constexpr std::size_t size() { return N; }
    constexpr operator std::string_view() const { return view(); }
};

template <std::size_t N>
struct array_sink {
    fixed_text<N> out{};
    std::size_t at = 0;

    constexpr void put(char c) { out.chars[at++] = c; }
    constexpr void put(std::string_view s) {
#if defined(__clang__)
        // clang evaluates memcpy in constant expressions with far fewer steps
        // than a loop; g++ 12 refuses it there.
        if (!s.empty()) __builtin_memcpy(out.chars.data() + at, s.data(), s.size());
        at += s.size();
#else
        for (char c : s) out.chars[at++] = c;
#endif
    }
};

struct string_sink {
    std::string& out;
    void put(char c) { out += c; }
    void put(std::string_view s) { out += s; }
};

}  // namespace ctdf

#endif
