#ifndef CTDF_DETAIL_ARRAY_HPP
#define CTDF_DETAIL_ARRAY_HPP

#include <cstddef>

namespace ctdf::detail {

// A fixed-size array, as std::array is, without its header: every
// definition includes ctdf, and <array> costs more to compile than this.
template <class T, std::size_t N>
struct array {
    T items[N];

    constexpr T* data() { return items; }
    constexpr const T* data() const { return items; }
    static constexpr std::size_t size() { return N; }
    constexpr T& operator[](std::size_t i) { return items[i]; }
    constexpr const T& operator[](std::size_t i) const { return items[i]; }
    constexpr T* begin() { return items; }
    constexpr const T* begin() const { return items; }
    constexpr T* end() { return items + N; }
    constexpr const T* end() const { return items + N; }
};

template <class T>
struct array<T, 0> {
    constexpr T* data() { return nullptr; }
    constexpr const T* data() const { return nullptr; }
    static constexpr std::size_t size() { return 0; }
    // As std::array<T, 0> has them: for loops that run zero times.
    constexpr T& operator[](std::size_t) { return *data(); }
    constexpr const T& operator[](std::size_t) const { return *data(); }
    constexpr T* begin() { return nullptr; }
    constexpr const T* begin() const { return nullptr; }
    constexpr T* end() { return nullptr; }
    constexpr const T* end() const { return nullptr; }
};

}  // namespace ctdf::detail

#endif
