#ifndef CTDF_NODE_HPP
#define CTDF_NODE_HPP

#include <ctdf/detail/array.hpp>
#include <cstddef>
#include <type_traits>

#include <ctdf/cell.hpp>

namespace ctdf {

// What a node is, as far as the places that take it need to know.
enum class what { arg, env, workdir, copy, cmd, entrypoint, run, run_scope, command, metadata, healthcheck, onbuild };

namespace detail {

template <class... Ts>
struct types {
    static constexpr std::size_t size = sizeof...(Ts);
};

template <class L>
struct first;
template <class T, class... Ts>
struct first<types<T, Ts...>> {
    using type = T;
};

// Appends Ts to Acc, leaving out what Acc already holds: a stage that copies
// from another a hundred times links to it once.
template <class Acc, class... Ts>
struct dedupe {
    using type = Acc;
};
template <class... As, class T, class... Ts>
struct dedupe<types<As...>, T, Ts...>
    : dedupe<std::conditional_t<(std::is_same_v<T, As> || ...), types<As...>, types<As..., T>>, Ts...> {};

// Joins type lists without repeats, eight at a time, so that a stage of
// thousands of instructions needs no deep template recursion.
template <class... Ls>
struct join {
    using type = types<>;
};
template <class... A>
struct join<types<A...>> {
    using type = types<A...>;
};
template <class... A, class... B, class... Rest>
struct join<types<A...>, types<B...>, Rest...> : join<typename dedupe<types<A...>, B...>::type, Rest...> {};
template <class... A, class... B, class... C, class... D, class... E, class... F, class... G,
          class... H, class... Rest>
struct join<types<A...>, types<B...>, types<C...>, types<D...>, types<E...>, types<F...>,
            types<G...>, types<H...>, Rest...>
    : join<typename dedupe<types<A...>, B..., C..., D..., E..., F..., G..., H...>::type, Rest...> {};

template <class... Ls>
using join_t = typename join<Ls...>::type;

}  // namespace detail

// A checked piece of a stage, already flattened: N cells, the stages it links
// to (Links), and how many RUNs it holds (a scope adds its mount to each).
template <what W, std::size_t N, class Links = detail::types<>, std::size_t Runs = 0>
struct node {
    static constexpr what kind = W;
    static constexpr std::size_t size = N;
    static constexpr std::size_t runs = Runs;
    using links = Links;

    detail::array<cell, N> cells{};
};

template <class T>
inline constexpr bool is_node = false;
template <what W, std::size_t N, class L, std::size_t R>
inline constexpr bool is_node<node<W, N, L, R>> = true;

// RUNs and scopes of RUNs: what a mount or env scope may hold.
template <class T>
concept run_like = is_node<T> && (T::kind == what::run || T::kind == what::run_scope);

}  // namespace ctdf

#endif
