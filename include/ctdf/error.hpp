#ifndef CTDF_ERROR_HPP
#define CTDF_ERROR_HPP

#include <stdexcept>
#include <string>
#include <string_view>

namespace ctdf {

// Thrown when a definition built at run time holds text the compiler would
// have refused; the message is the one the compile-time check names.
struct error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

namespace detail {
[[noreturn]] inline void raise(std::string_view problem, std::string_view value) {
    std::string msg{"ctdf: "};
    msg += problem;
    msg += ": \"";
    msg += value;
    msg += '"';
    throw error(msg);
}
}  // namespace detail

// Each check calls one of these when it fails. They are not constexpr, so in a
// constant expression the call itself is the compile error and its name is the
// message; at run time they throw ctdf::error.
namespace problem {
[[noreturn]] inline void text_contains_a_line_break_or_nul(std::string_view value) {
    detail::raise("text contains a line break or NUL", value);
}
[[noreturn]] inline void text_must_not_be_empty(std::string_view what) {
    detail::raise("text must not be empty", what);
}
[[noreturn]] inline void variable_name_is_not_a_letter_or_underscore_then_letters_digits_underscores(
    std::string_view name) {
    detail::raise("variable name must be a letter or '_' followed by letters, digits or '_'", name);
}
[[noreturn]] inline void mount_value_has_a_character_buildkit_would_reparse(std::string_view value) {
    detail::raise("mount value has a character BuildKit would reparse (only A-Z a-z 0-9 _ . / : @ % + = - are kept as written)", value);
}
}  // namespace problem

}  // namespace ctdf

#endif
