#ifndef CTDF_INSTRUCTIONS_HPP
#define CTDF_INSTRUCTIONS_HPP

#include <ctdf/detail/array.hpp>
#include <cstddef>

#include <ctdf/chars.hpp>
#include <ctdf/detail/flatten.hpp>
#include <ctdf/detail/text_fn.hpp>
#include <ctdf/node.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

struct also_env_t {
    explicit constexpr also_env_t() = default;
};
// arg(name, value, also_env): the value also reaches the image as ENV name=${name}.
inline constexpr also_env_t also_env{};

// ARG name[=value]
constexpr node<what::arg, 1> arg(text name) {
    detail::require_name(name, "ARG name");
    return {{cell{op::arg, bit::bare_a, {}, 0, name.view(), {}, {}}}};
}
constexpr node<what::arg, 1> arg(text name, text value) {
    auto n = arg(name);
    n.cells[0].b = value.view();
    n.cells[0].flags |= bit::has_b | detail::word_flags_b(value);
    return n;
}
constexpr node<what::arg, 1> arg(text name, also_env_t) {
    auto n = arg(name);
    n.cells[0].flags |= bit::also_env;
    return n;
}
constexpr node<what::arg, 1> arg(text name, text value, also_env_t) {
    auto n = arg(name, value);
    n.cells[0].flags |= bit::also_env;
    return n;
}

// ENV k=v ... in the order given; entries whose value is none are left out,
// and no line at all when none is left.
template <std::size_t N>
constexpr node<what::env, N + 1> env(const kv (&entries)[N]) {
    return detail::kv_cells<node<what::env, N + 1>>(cell{op::env, 0, {}, N, {}, {}, {}}, op::kv, entries,
                                                    std::make_index_sequence<N>{});
}
constexpr node<what::env, 1> env(detail::array<kv, 0> = {}) { return {{cell{op::env, 0, {}, 0, {}, {}, {}}}}; }
constexpr node<what::env, 2> env(text key, text value) {
    return {{cell{op::env, 0, {}, 1, {}, {}, {}}, detail::kv_cell(op::kv, kv{key, value})}};
}

namespace detail {
struct add_to_path_impl : texts_only<add_to_path_impl> {
    template <class... T>
    static constexpr node<what::env, sizeof...(T) + 1> make(const T&... entries) {
        return {{cell{op::path, 0, {}, sizeof...(T), {}, {}, {}}, word_cell(entries, "PATH entry")...}};
    }
};
}  // namespace detail

// ENV PATH=<entry>:...:$PATH
inline constexpr detail::text_fn<detail::add_to_path_impl> add_to_path{};

// WORKDIR path
constexpr node<what::workdir, 1> workdir(text path) {
    detail::require(path, "WORKDIR path");
    // A leading "--" would be read as a flag: quote it.
    const std::uint32_t flags = path.view().starts_with("--") ? 0 : detail::word_flags_a(path);
    return {{cell{op::workdir, flags, {}, 0, path.view(), {}, {}}}};
}

namespace detail {
template <what W, op Code>
struct exec_form_impl : texts_only<exec_form_impl<W, Code>> {
    template <class... T>
    static constexpr node<W, sizeof...(T) + 1> make(const T&... args) {
        return {{cell{Code, 0, {}, sizeof...(T), {}, {}, {}}, cell{op::item, 0, {}, 0, args.view(), {}, {}}...}};
    }
};
}  // namespace detail

// replace(cmd(...)): a CMD (or ENTRYPOINT, or HEALTHCHECK) meant to override
// an earlier one in the same stage, which ctdf otherwise refuses as a mistake.
template <what W, std::size_t N>
    requires(W == what::cmd || W == what::entrypoint || W == what::healthcheck)
constexpr node<W, N> replace(node<W, N> n) {
    n.cells[0].flags |= bit::replaces;
    return n;
}

// ENTRYPOINT ["a", "b"] and CMD ["a", "b"]: exec form, each argument exact.
inline constexpr detail::text_fn<detail::exec_form_impl<what::entrypoint, op::entrypoint>> entrypoint{};
inline constexpr detail::text_fn<detail::exec_form_impl<what::cmd, op::cmd>> cmd{};

}  // namespace ctdf

#endif
