#ifndef CTDF_TESTS_SUPPORT_HPP
#define CTDF_TESTS_SUPPORT_HPP

#include <string>

#include <ctdf/error.hpp>

namespace ctdf_test {

// The message of the ctdf::error that f throws, or a marker if it throws none.
template <class F>
std::string error_of(F f) {
    try {
        f();
    } catch (const ctdf::error& e) {
        return e.what();
    }
    return "<no ctdf::error thrown>";
}

}  // namespace ctdf_test

#endif
