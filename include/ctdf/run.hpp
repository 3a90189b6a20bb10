#ifndef CTDF_RUN_HPP
#define CTDF_RUN_HPP

#include <ctdf/detail/array.hpp>
#include <cstddef>

#include <ctdf/chars.hpp>
#include <ctdf/detail/flatten.hpp>
#include <ctdf/detail/text_fn.hpp>
#include <ctdf/node.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

namespace detail {
// BuildKit splits a RUN line into words and reads any that starts with <<
// (after optional digits, and not <<<) as a heredoc, taking the following
// lines as its body. Quoted, or part of <<<, it is left alone.
constexpr bool heredoc_marker(text_view s) {
    if (!__builtin_memchr(s.data(), '<', s.size())) return false;  // the common case, in one step
    char quote = 0;
    for (std::size_t i = 0; i != s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote) quote = 0;
            else if (c == '\\' && quote == '"') ++i;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '\\') {
            ++i;
        } else if (c == '<' && i + 1 < s.size() && s[i + 1] == '<') {
            if (i + 2 < s.size() && s[i + 2] == '<') {
                i += 2;  // <<<, a here-string
                continue;
            }
            return true;
        }
    }
    return false;
}

constexpr cell command_cell(const text& raw) {
    require(raw, "RUN command");
    if (heredoc_marker(raw.view())) problem::RUN_text_has_a_heredoc_marker_outside_quotes(raw.view());
    // Commands after the first begin lines of their own, where BuildKit
    // drops a line starting with # as a comment.
    const text_view s = raw.view();
    const char* p = s.data();  // not s[i]: each call is a step while compiling
    const std::size_t n = s.size();
    std::size_t first = 0;
    while (first < n && (p[first] == ' ' || p[first] == '\t')) ++first;
    if (first < n && p[first] == '#') problem::RUN_text_starts_with_hash_which_BuildKit_drops_as_a_comment(s);
    if (chars::ends_in_continuation(s)) problem::text_ends_with_a_backslash_which_BuildKit_reads_as_joining_the_next_line(s);
    return cell{op::command, bit::bare_a, {}, 0, s, {}, {}};
}
}  // namespace detail

// A raw shell command, taken as written: the user owns its shell syntax.
constexpr node<what::command, 1> sh(text raw) { return {{detail::command_cell(raw)}}; }
// The same with inline variables for this command alone: CC=clang make.
template <std::size_t N>
constexpr node<what::command, N + 1> sh(text raw, const kv (&env)[N]) {
    cell head = detail::command_cell(raw);
    head.n = N;
    return detail::kv_cells<node<what::command, N + 1>>(head, op::kv, env, std::make_index_sequence<N>{});
}

namespace detail {
struct apt_install_impl : texts_only<apt_install_impl> {
    template <class... T>
    static constexpr node<what::command, sizeof...(T) + 2> make(const T&... packages) {
        return {{cell{op::apt_update, 0, {}, 0, {}, {}, {}}, cell{op::apt_install, 0, {}, sizeof...(T), {}, {}, {}},
                 word_cell(packages, "apt package name")...}};
    }
};
}  // namespace detail

// apt-get install -y --no-install-recommends <packages>, preceded by
// apt-get update -y the first time a RUN installs.
inline constexpr detail::text_fn<detail::apt_install_impl> apt_install{};

namespace detail {
template <class C>
inline constexpr bool is_command = false;
template <std::size_t N>
inline constexpr bool is_command<node<what::command, N>> = true;

// A command of a RUN as a node: text becomes sh(text).
template <class C>
constexpr auto as_command(const C& c) {
    static_assert(textual<C> || is_command<C>,
                  "ctdf: run() takes commands: text, ctdf::sh(...), ctdf::apt_install(...)");
    if constexpr (textual<C>)
        return sh(to_text(c));
    else
        return c;
}

template <std::size_t E, class... C>
constexpr node<what::run, 1 + E + sum<C::size...>(), types<>, 1> make_run(const kv* env, const C&... cmds) {
    constexpr std::size_t size = 1 + E + sum<C::size...>();
    node<what::run, size, types<>, 1> n{};
    n.cells[0] = cell{op::run, 0, {}, size - 1, {}, {}, {}};
    for (std::size_t i = 0; i != E; ++i) n.cells[i + 1] = kv_cell(op::run_env, env[i]);
    cell* out = n.cells.data() + 1 + E;
    emit_all(out, cmds...);
    // A script is the whole RUN: BuildKit would feed a heredoc after other
    // commands to them as input, and runs a #! script as a file, without env.
    const cell* script = nullptr;
    std::size_t commands = 0;
    for (const cell* p = n.cells.data() + 1 + E; p != n.cells.data() + size; p += 1 + p->n, ++commands)
        if (p->code == op::script) script = p;
    if (script && commands > 1) problem::a_RUN_with_a_script_holds_that_script_alone(script->a);
    bool env_values = false;
    for (std::size_t i = 0; i != E; ++i) env_values = env_values || env[i].value.present();
    if (script && env_values && script->has(bit::shebang))
        problem::a_script_starting_with_a_shebang_takes_no_variables_from_its_RUN(script[1].a);
    // One update per RUN is enough, until a PPA or repository makes the
    // lists stale: later installs see the fresh lists.
    bool updated = false, stale = false;
    for (cell& c : n.cells) {
        if (c.code == op::apt_ppa || c.code == op::apt_repo) stale = true;
        if (c.code != op::apt_update) continue;
        if (updated && !stale) c.flags |= bit::skip;
        updated = true;
        stale = false;
    }
    return n;
}

// A RUN of text commands, the common case: its cells in one braced list,
// built where the result goes.
struct run_impl {
    template <class... T>
    static constexpr node<what::run, sizeof...(T) + 1, types<>, 1> make(const T&... cmds) {
        return {{cell{op::run, 0, {}, sizeof...(T), {}, {}, {}}, command_cell(cmds)...}};
    }
    // Commands made with sh() or apt_install(), mixed with text.
    template <class... C>
    static constexpr auto any(const C&... cmds) {
        return make_run<0>(nullptr, as_command(cmds)...);
    }
};

struct run_fn : text_fn<run_impl> {
    using text_fn<run_impl>::operator();

    // Inline variables for every command of this RUN: RUN CC=clang make.
    template <std::size_t N, class... C>
        requires(sizeof...(C) > 0)
    constexpr auto operator()(const kv (&env)[N], const C&... cmds) const {
        return make_run<N>(env, as_command(cmds)...);
    }
};
}  // namespace detail

// One RUN: the commands joined with &&, one per line. run({{"K", "v"}}, ...)
// gives every command of the RUN inline variables.
inline constexpr detail::run_fn run{};

}  // namespace ctdf

#endif
