#ifndef CTDF_TO_STRING_HPP
#define CTDF_TO_STRING_HPP

// The Dockerfile as a std::string at run time, for definitions built from
// run-time values (dynamic()). A header of its own, left out of ctdf.hpp so
// that a definition that only renders compiles without <string>.

#include <string>
#include <string_view>

#include <ctdf/layout.hpp>

namespace ctdf {

struct string_sink {
    std::string& out;
    char escape = '\\';
    void put(char c) { out += c; }
    void put(std::string_view s) { out += s; }
    template <std::size_t N>
    void put(const char (&s)[N]) {
        out.append(s, N - 1);
    }
};

// The bytes render<x> holds, at run time.
template <class X>
std::string to_string(const X& x) {
    std::string text;
    string_sink s{text};
    detail::file(s, x);
    return text;
}

}  // namespace ctdf

#endif
