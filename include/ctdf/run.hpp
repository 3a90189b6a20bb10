#ifndef CTDF_RUN_HPP
#define CTDF_RUN_HPP

#include <array>
#include <cstddef>

#include <ctdf/detail/flatten.hpp>
#include <ctdf/node.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

// A raw shell command, taken as written: the user owns its shell syntax.
constexpr node<what::command, 1> sh(text raw) {
    detail::require(raw, "RUN command");
    return {{cell{op::command, 0, {}, 0, raw.view(), {}, {}}}};
}
// The same with inline variables for this command alone: CC=clang make.
template <std::size_t N>
constexpr node<what::command, N + 1> sh(text raw, const kv (&env)[N]) {
    node<what::command, N + 1> n{{sh(raw).cells[0]}};
    n.cells[0].n = N;
    for (std::size_t i = 0; i != N; ++i) {
        n.cells[i + 1] = detail::kv_cell(op::kv, env[i]);
    }
    return n;
}

// apt-get install -y --no-install-recommends <packages>, preceded by
// apt-get update -y the first time a RUN installs.
template <class... P>
    requires(sizeof...(P) > 0 && (detail::textual<P> && ...))
constexpr node<what::command, sizeof...(P) + 2> apt_install(const P&... packages) {
    node<what::command, sizeof...(P) + 2> n{
        {cell{op::apt_update, 0, {}, 0, {}, {}, {}}, cell{op::apt_install, 0, {}, sizeof...(P), {}, {}, {}}}};
    std::size_t i = 2;
    for (const text& t : std::array<text, sizeof...(P)>{detail::to_text(packages)...}) {
        detail::require(t, "apt package name");
        n.cells[i++] = cell{op::item, detail::word_flags_a(t), {}, 0, t.view(), {}, {}};
    }
    return n;
}

namespace detail {
template <class C>
inline constexpr bool is_command = textual<C>;
template <std::size_t N>
inline constexpr bool is_command<node<what::command, N>> = true;

template <class C>
constexpr std::size_t command_size() {
    if constexpr (textual<C>)
        return 1;
    else
        return C::size;
}

template <class C>
constexpr void emit_command(cell*& out, const C& c) {
    static_assert(is_command<C>, "ctdf: run() takes commands: text, ctdf::sh(...), ctdf::apt_install(...)");
    if constexpr (textual<C>)
        sh(to_text(c)).emit(out);
    else
        c.emit(out);
}

template <std::size_t E, class... C>
constexpr node<what::run, 1 + E + sum<command_size<C>()...>(), types<>, 1> make_run(const kv* env,
                                                                                    const C&... cmds) {
    constexpr std::size_t size = 1 + E + sum<command_size<C>()...>();
    node<what::run, size, types<>, 1> n{};
    n.cells[0] = cell{op::run, 0, {}, size - 1, {}, {}, {}};
    for (std::size_t i = 0; i != E; ++i) {
        n.cells[i + 1] = kv_cell(op::run_env, env[i]);
    }
    cell* out = n.cells.data() + 1 + E;
    int sequence[] = {0, (emit_command(out, cmds), 0)...};
    (void)sequence;
    // One update per RUN is enough: later installs see the fresh lists.
    bool updated = false;
    for (cell& c : n.cells) {
        if (c.code != op::apt_update) continue;
        if (updated) c.flags |= flag::skip;
        updated = true;
    }
    return n;
}
}  // namespace detail

// One RUN: the commands joined with &&, one per line.
template <class... C>
    requires(sizeof...(C) > 0)
constexpr auto run(const C&... cmds) {
    return detail::make_run<0>(nullptr, cmds...);
}
// One RUN whose every command gets these inline variables: RUN CC=clang make.
template <std::size_t N, class... C>
    requires(sizeof...(C) > 0)
constexpr auto run(const kv (&env)[N], const C&... cmds) {
    return detail::make_run<N>(env, cmds...);
}

}  // namespace ctdf

#endif
