#ifndef CTDF_TEXT_VIEW_HPP
#define CTDF_TEXT_VIEW_HPP

#include <cstddef>

namespace ctdf {

// Characters held elsewhere, as std::string_view holds them, without its
// header and with each operation a builtin or a few steps while compiling:
// <string_view> alone takes longer to compile than all of ctdf.hpp, and
// its compare, find and length walk the characters with a call for each
// when constant-evaluated. Converts both ways with std::string_view,
// std::string and any type with data() and size().
class text_view {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    constexpr text_view() = default;
    constexpr text_view(const char* s, std::size_t n) : p_(s), n_(n) {}
    constexpr text_view(const char* s) : p_(s), n_(__builtin_strlen(s)) {}
    template <class S>
        requires requires(const S& s) {
            static_cast<const char*>(s.data());
            static_cast<std::size_t>(s.size());
        }
    constexpr text_view(const S& s) : p_(s.data()), n_(s.size()) {}

    template <class S>
        requires requires(const char* p, std::size_t n) { S(p, n); }
    constexpr operator S() const {
        return S(p_, n_);
    }

    constexpr const char* data() const { return p_; }
    constexpr std::size_t size() const { return n_; }
    constexpr bool empty() const { return n_ == 0; }
    constexpr char operator[](std::size_t i) const { return p_[i]; }
    constexpr char front() const { return p_[0]; }
    constexpr char back() const { return p_[n_ - 1]; }
    constexpr const char* begin() const { return p_; }
    constexpr const char* end() const { return p_ + n_; }

    constexpr text_view substr(std::size_t at, std::size_t n = npos) const {
        return {p_ + at, n < n_ - at ? n : n_ - at};
    }
    constexpr std::size_t find(char c, std::size_t from = 0) const {
        if (from >= n_) return npos;
#if defined(__clang__)
        const char* found = __builtin_char_memchr(p_ + from, c, n_ - from);
        return found ? static_cast<std::size_t>(found - p_) : npos;
#else
        // g++ 12 cannot turn memchr's void* into a pointer while compiling.
        for (std::size_t i = from; i != n_; ++i)
            if (p_[i] == c) return i;
        return npos;
#endif
    }
    constexpr std::size_t find(text_view s, std::size_t from = 0) const {
        for (std::size_t i = from; i + s.n_ <= n_; ++i)
            if (same(p_ + i, s.p_, s.n_)) return i;
        return npos;
    }
    constexpr std::size_t rfind(char c) const {
        for (std::size_t i = n_; i != 0; --i)
            if (p_[i - 1] == c) return i - 1;
        return npos;
    }
    constexpr std::size_t find_first_of(text_view set) const {
        for (std::size_t i = 0; i != n_; ++i)
            if (set.find(p_[i]) != npos) return i;
        return npos;
    }
    constexpr bool starts_with(text_view s) const { return n_ >= s.n_ && same(p_, s.p_, s.n_); }
    constexpr bool ends_with(text_view s) const { return n_ >= s.n_ && same(p_ + n_ - s.n_, s.p_, s.n_); }
    constexpr bool ends_with(char c) const { return n_ != 0 && p_[n_ - 1] == c; }

    friend constexpr bool operator==(text_view a, text_view b) { return a.n_ == b.n_ && same(a.p_, b.p_, a.n_); }
    // Against std::string_view and the like, without a conversion to choose.
    template <class S>
        requires requires(const S& s) {
            static_cast<const char*>(s.data());
            static_cast<std::size_t>(s.size());
        }
    friend constexpr bool operator==(text_view a, const S& b) {
        return a == text_view(b.data(), b.size());
    }

private:
    // Sinks read the two fields directly: each call is a step while compiling.
    friend struct buffer_sink;
    friend struct count_sink;

    // clang compares any constant characters with memcmp while compiling;
    // g++ 12 only literals, so it loops there.
    static constexpr bool same(const char* a, const char* b, std::size_t n) {
#if !defined(__clang__)
        if (__builtin_is_constant_evaluated()) {
            for (std::size_t i = 0; i != n; ++i)
                if (a[i] != b[i]) return false;
            return true;
        }
#endif
        return n == 0 || __builtin_memcmp(a, b, n) == 0;
    }

    const char* p_ = nullptr;
    std::size_t n_ = 0;
};

}  // namespace ctdf

#endif
