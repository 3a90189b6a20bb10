#ifndef CTDF_SINK_HPP
#define CTDF_SINK_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace ctdf {

// Rendering writes through a sink. Counting first gives the exact size as a
// constant; the same walk then fills an array of that size. A string sink is
// the run-time twin, so both paths produce the same bytes by construction.
// Every sink also takes a literal as an array: a string_view made from a
// const char* finds its length with a loop while the compiler evaluates it.
// escape is the file's escape character: \ unless # escape= says `.
struct count_sink {
    std::size_t size = 0;
    char escape = '\\';
    constexpr void put(char) { ++size; }
    constexpr void put(std::string_view s) { size += s.size(); }
    template <std::size_t N>
    constexpr void put(const char (&)[N]) {
        size += N - 1;
    }
};

template <std::size_t N>
struct fixed_text {
    char chars[N + 1]{};  // NUL-terminated for c_str()

    constexpr std::string_view view() const { return {chars, N}; }
    constexpr const char* c_str() const { return chars; }
    static constexpr std::size_t size() { return N; }
    constexpr operator std::string_view() const { return view(); }
};

// Writes into a buffer sized by a count_sink. One type for every size, so
// the renderer is instantiated once per translation unit, not once per file.
struct buffer_sink {
    char* out;
    std::size_t at = 0;
    char escape = '\\';

    constexpr void put(char c) { out[at++] = c; }
    // The copy is written out in both: a call more costs steps while compiling.
    constexpr void put(std::string_view s) {
        const std::size_t n = s.size();
#if defined(__clang__)
        // clang evaluates memcpy in constant expressions with far fewer steps
        // than a loop; g++ 12 refuses it there.
        if (n != 0) __builtin_memcpy(out + at, s.data(), n);
#else
        for (std::size_t i = 0; i != n; ++i) out[at + i] = s[i];
#endif
        at += n;
    }
    template <std::size_t N>
    constexpr void put(const char (&s)[N]) {
#if defined(__clang__)
        __builtin_memcpy(out + at, s, N - 1);
#else
        for (std::size_t i = 0; i != N - 1; ++i) out[at + i] = s[i];
#endif
        at += N - 1;
    }
};

}  // namespace ctdf

#endif
