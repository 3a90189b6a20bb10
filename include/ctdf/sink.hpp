#ifndef CTDF_SINK_HPP
#define CTDF_SINK_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>
#include <type_traits>

namespace ctdf {

// Rendering writes through a sink. Counting first gives the exact size as a
// constant; the same walk then fills an array of that size. The string sink
// of ctdf/to_string.hpp is the run-time twin, so both paths produce the same
// bytes by construction. Every sink also takes a literal as an array, whose
// size is known without a call. escape is the file's escape character, a
// backslash unless # escape= says `.
struct count_sink {
    std::size_t size = 0;
    char escape = '\\';
    constexpr void put(char) { ++size; }
    constexpr void put(text_view s) { size += s.n_; }
    template <std::size_t N>
    constexpr void put(const char (&)[N]) {
        size += N - 1;
    }
};

template <std::size_t N>
struct fixed_text {
    char chars[N + 1]{};  // NUL-terminated for c_str()

    constexpr text_view view() const { return {chars, N}; }
    constexpr const char* c_str() const { return chars; }
    static constexpr std::size_t size() { return N; }
    // To text_view, std::string_view, std::string and the like.
    template <class S>
        requires requires(const char* p, std::size_t n) { S(p, n); }
    constexpr operator S() const {
        return S(chars, N);
    }
};

// Writes into a buffer sized by a count_sink. One type for every size, so
// the renderer is instantiated once per translation unit, not once per file.
struct buffer_sink {
    char* out;
    std::size_t at = 0;
    char escape = '\\';

    constexpr void put(char c) { out[at++] = c; }
    // The copy is written out in both: a call more costs steps while compiling.
    constexpr void put(text_view s) {
#if defined(__clang__)
        // clang evaluates memcpy in constant expressions with far fewer steps
        // than a loop; g++ 12 refuses it there.
        if (s.n_ != 0) __builtin_memcpy(out + at, s.p_, s.n_);
#else
        for (std::size_t i = 0; i != s.n_; ++i) out[at + i] = s.p_[i];
#endif
        at += s.n_;
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
