#ifndef CTDF_DETAIL_FLATTEN_HPP
#define CTDF_DETAIL_FLATTEN_HPP

#include <cstddef>
#include <type_traits>
#include <utility>
#include <ctdf/text_view.hpp>

#include <ctdf/cell.hpp>
#include <ctdf/names.hpp>
#include <ctdf/node.hpp>
#include <ctdf/quote.hpp>
#include <ctdf/text.hpp>

namespace ctdf::detail {

// Sums without a fold expression: clang caps folds at 256 nested operands,
// and a stage may have thousands of children.
template <std::size_t... Ns>
constexpr std::size_t sum() {
    constexpr std::size_t ns[] = {0, Ns...};
    std::size_t total = 0;
    for (std::size_t n : ns) total += n;
    return total;
}

// The links of a stage or scope and of its children. Most children link
// nowhere: joining only when one does saves instantiating the join.
template <class Links, class... Cs>
using children_links = typename std::conditional_t<sum<Cs::links::size...>() == 0, std::type_identity<Links>,
                                                   join<Links, typename Cs::links...>>::type;

template <bool... Bs>
constexpr bool all() {
    constexpr bool bs[] = {true, Bs...};
    for (bool b : bs)
        if (!b) return false;
    return true;
}

// Text given in a variadic position: a ctdf::text, or a literal checked here.
template <class T>
inline constexpr bool textual = false;
template <>
inline constexpr bool textual<text> = true;
template <std::size_t N>
inline constexpr bool textual<char[N]> = true;

constexpr text to_text(const text& t) { return t; }
template <std::size_t N>
constexpr text to_text(const char (&s)[N]) { return static_text(s, N - 1); }

constexpr void require(const text& t, const char* what) {
    if (t.empty()) problem::text_must_not_be_empty(what);
}

// ARG and ENV names, and shell variables: [A-Za-z_][A-Za-z0-9_]*.
// Its value stays in the image's history, so a secret's name is refused.
constexpr void require_name(const text& t, const char* what) {
    if (t.empty()) problem::text_must_not_be_empty(what);
    if (!names::variable(t.view()))
        problem::variable_name_is_not_a_letter_or_underscore_then_letters_digits_underscores(t.view());
    if (!t.not_secret() && names::looks_secret(t.view())) problem::variable_name_looks_like_a_secret(t.view());
}

// An image reference; text given with expand() is the builder's to check.
constexpr void require_image(const text& t, const char* what) {
    require(t, what);
    if (!t.raw()) names::reference::check(t.view());
}

// raw_* and bare_* for a value written as a Dockerfile word or shell word.
constexpr std::uint32_t word_flags_a(const text& a) {
    if (a.raw()) return bit::raw_a | bit::bare_a;
    return quote::is_plain(a.view()) ? bit::bare_a : 0;
}
constexpr std::uint32_t word_flags_b(const text& b) {
    if (b.raw()) return bit::raw_b | bit::bare_b;
    return quote::is_plain(b.view()) ? bit::bare_b : 0;
}

// A value that is quoted where it needs to be: a PATH entry, a package.
constexpr cell word_cell(const text& t, const char* what) {
    require(t, what);
    return cell{op::item, word_flags_a(t), {}, 0, t.view(), {}, {}};
}

constexpr cell kv_cell(op code, const kv& e) {
    require_name(e.key, "variable name");
    cell c{code, bit::bare_a, {}, 0, e.key.view(), e.value.view(), {}};
    if (e.value.present()) c.flags = bit::has_b | word_flags_b(e.value);
    return c;
}

// A node (or scope head) of key=value cells, in one braced list: with a head
// cell first, or without.
template <class Node, std::size_t N, std::size_t... I>
constexpr Node kv_cells(const cell& head, op code, const kv (&entries)[N], std::index_sequence<I...>) {
    return {{head, kv_cell(code, entries[I])...}};
}
template <class Node, std::size_t N, std::size_t... I>
constexpr Node kv_cells(op code, const kv (&entries)[N], std::index_sequence<I...>) {
    return {{kv_cell(code, entries[I])...}};
}

// Flattens children into out: braced pack expansion keeps left-to-right order
// without nesting.
template <class... Cs>
constexpr void emit_all(cell*& out, const Cs&... cs) {
    int sequence[] = {0, (out = copy_cells(out, cs.cells.data(), Cs::size), 0)...};
    (void)sequence;
}

}  // namespace ctdf::detail

#endif
