#ifndef CTDF_SCOPE_HPP
#define CTDF_SCOPE_HPP

#include <array>
#include <cstddef>

#include <ctdf/chars.hpp>
#include <ctdf/detail/flatten.hpp>
#include <ctdf/node.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

namespace detail {
// Mount fields pass through a flag parser, a CSV reader and the word lexer
// in turn; plain characters mean the same to all three.
constexpr void check_mount_value(const text& t) {
    if (!chars::all(t.view(), chars::mount)) problem::mount_value_has_a_character_buildkit_would_reparse(t.view());
}

constexpr void check_target(const text& t) {
    if (t.view()[0] != '/') problem::mount_target_must_be_an_absolute_path(t.view());
}

// Where a mount cell puts its files; a secret without a target goes to
// /run/secrets/<id>, so two of those clash when their ids do.
constexpr std::string_view target(const cell& m) {
    if (m.sub == mount_kind::cache || !m.has(bit::has_b)) return m.a;
    return m.b;
}
constexpr bool same_target(const cell& x, const cell& y) {
    if (x.code != op::mount || y.code != op::mount) return false;
    const bool x_default = x.sub == mount_kind::secret && !x.has(bit::has_b);
    const bool y_default = y.sub == mount_kind::secret && !y.has(bit::has_b);
    return x_default == y_default && target(x) == target(y);
}
}  // namespace detail

// The head of a scope: its cells go into every RUN it encloses. Calling it
// with RUNs (or scopes of RUNs) gives the scope itself.
template <std::size_t K>
struct scope_head {
    std::array<cell, K> cells{};

    template <class... Cs>
    constexpr auto operator()(const Cs&... children) const {
        static_assert(sizeof...(Cs) > 0, "ctdf: a scope needs at least one RUN inside");
        if constexpr (!detail::all<run_like<Cs>...>()) {
            static_assert(detail::all<run_like<Cs>...>(),
                          "ctdf: a mount or env scope holds only RUNs and scopes of RUNs");
            return node<what::run_scope, 0>{};  // keeps the error to the one line above
        } else {
            constexpr std::size_t runs = detail::sum<Cs::runs...>();
            constexpr std::size_t size = detail::sum<Cs::size...>() + runs * K;
            node<what::run_scope, size, detail::join_t<typename Cs::links...>, runs> n{};
            cell* out = n.cells.data();
            int sequence[] = {0, (enclose(out, children), 0)...};
            (void)sequence;
            return n;
        }
    }

private:
    // Each RUN head grows by K; this scope's cells go right after it, so the
    // outermost scope's mounts come first.
    template <class C>
    constexpr void enclose(cell*& out, const C& child) const {
        for (std::size_t i = 0; i < C::size;) {
            cell head = child.cells[i];
            const std::size_t rest = head.n;
            for (const cell& mine : cells)
                for (std::size_t j = 1; j <= rest; ++j)
                    if (detail::same_target(mine, child.cells[i + j]))
                        problem::two_mounts_of_a_RUN_share_a_target(detail::target(mine));
            head.n += K;
            *out++ = head;
            for (const cell& c : cells) *out++ = c;
            for (std::size_t j = 1; j <= rest; ++j) *out++ = child.cells[i + j];
            i += 1 + rest;
        }
    }
};

struct locked_t {
    explicit constexpr locked_t() = default;
};
// cache(target, locked): sharing=locked, one writer at a time (apt needs it).
inline constexpr locked_t locked{};


namespace detail {
constexpr scope_head<1> mount(mount_kind kind, std::uint32_t flags, text a, text b = {}) {
    check_mount_value(a);
    check_mount_value(b);
    return {{cell{op::mount, flags | bit::bare_a | bit::bare_b, kind, 0, a.view(), b.view(), {}}}};
}
}  // namespace detail

// --mount=type=cache,target=<target>[,sharing=locked]
constexpr scope_head<1> cache(text target) {
    detail::require(target, "cache mount target");
    detail::check_target(target);
    return detail::mount(mount_kind::cache, 0, target);
}
constexpr scope_head<1> cache(text target, locked_t) {
    auto head = cache(target);
    head.cells[0].flags |= bit::locked;
    return head;
}

// --mount=type=secret,id=<id>[,target=<target>]
constexpr scope_head<1> secret(text id) {
    detail::require(id, "secret id");
    if (!chars::all(id.view(), chars::secret_id))
        problem::secret_id_is_not_letters_digits_dots_dashes_underscores(id.view());
    return detail::mount(mount_kind::secret, 0, id);
}
constexpr scope_head<1> secret(text id, text target) {
    auto head = secret(id);
    detail::require(target, "secret target");
    detail::check_target(target);
    detail::check_mount_value(target);
    head.cells[0].flags |= bit::has_b;
    head.cells[0].b = target.view();
    return head;
}

// --mount=type=bind,source=<source>,target=<target>
constexpr scope_head<1> bind(text source, text target) {
    detail::require(source, "bind mount source");
    detail::require(target, "bind mount target");
    detail::check_target(target);
    return detail::mount(mount_kind::bind, bit::has_b, source, target);
}

// Variables for the RUNs inside only: exported before their commands, never
// written to the image. Entries whose value is none are left out.
template <std::size_t N>
constexpr scope_head<N> with_env(const kv (&entries)[N]) {
    return detail::kv_cells<scope_head<N>>(op::scoped_env, entries, std::make_index_sequence<N>{});
}

}  // namespace ctdf

#endif
