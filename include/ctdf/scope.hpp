#ifndef CTDF_SCOPE_HPP
#define CTDF_SCOPE_HPP

#include <ctdf/detail/array.hpp>
#include <cstddef>
#include <cstdint>
#include <ctdf/text_view.hpp>
#include <type_traits>

#include <ctdf/chars.hpp>
#include <ctdf/copy.hpp>
#include <ctdf/detail/flatten.hpp>
#include <ctdf/frontend.hpp>
#include <ctdf/names.hpp>
#include <ctdf/node.hpp>
#include <ctdf/stage_ref.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

namespace problem {
[[noreturn]] inline void mount_id_is_not_letters_digits_dots_dashes_underscores(text_view id) {
    detail::raise("mount id must be letters, digits, '.', '_' and '-'", id);
}
[[noreturn]] inline void cache_sharing_is_not_shared_private_or_locked(text_view value) {
    detail::raise("cache sharing must be shared, private or locked", value);
}
[[noreturn]] inline void mount_mode_is_not_octal_digits(text_view mode) {
    detail::raise("mount mode must be 1 to 4 octal digits (0755)", mode);
}
[[noreturn]] inline void mount_uid_or_gid_is_not_a_number_below_2_to_the_32(text_view id) {
    detail::raise("mount uid and gid must be numbers from 0 to 4294967295", id);
}
[[noreturn]] inline void tmpfs_size_must_be_above_zero_and_below_2_to_the_32_GiB(text_view) {
    detail::raise("tmpfs size must be above zero and below 2^32 GiB", "size");
}
[[noreturn]] inline void RUN_network_is_not_default_none_or_host(text_view value) {
    detail::raise("RUN --network must be default, none or host", value);
}
[[noreturn]] inline void RUN_security_is_not_sandbox_or_insecure(text_view value) {
    detail::raise("RUN --security must be sandbox or insecure", value);
}
[[noreturn]] inline void a_RUN_flag_is_given_twice(text_view name) {
    detail::raise("a RUN flag is given twice (BuildKit refuses a duplicate flag)", name);
}
[[noreturn]] inline void RUN_network_needs_docker_dockerfile_1_3_which_the_target_does_not_read(
    text_view target) {
    detail::raise("RUN --network needs docker/dockerfile:1.3 or newer, which the target does not read", target);
}
[[noreturn]] inline void tmpfs_size_needs_docker_dockerfile_1_4_which_the_target_does_not_read(
    text_view target) {
    detail::raise("a tmpfs mount's size needs docker/dockerfile:1.4 or newer, which the target does not read", target);
}
[[noreturn]] inline void secret_as_env_needs_docker_dockerfile_1_10_which_the_target_does_not_read(
    text_view target) {
    detail::raise("a secret mount's env= needs docker/dockerfile:1.10 or newer, which the target does not read",
                  target);
}
[[noreturn]] inline void RUN_security_needs_docker_dockerfile_1_20_which_the_target_does_not_read(
    text_view target) {
    detail::raise("RUN --security needs docker/dockerfile:1.20 or newer (before it, only docker/dockerfile:1-labs "
                  "reads it), which the target does not read",
                  target);
}
[[noreturn]] inline void cache_sharing_private_is_not_read_by_the_target(text_view target) {
    detail::raise("cache sharing=private is not read by the target (use locked or shared)", target);
}
}  // namespace problem

namespace detail {
// Mount fields pass through a flag parser, a CSV reader and the word lexer
// in turn; plain characters mean the same to all three.
constexpr void check_mount_value(const text& t) {
    if (!chars::all(t.view(), chars::mount)) problem::mount_value_has_a_character_buildkit_would_reparse(t.view());
}

// Two secrets without a target clash when their ids do (both go to
// /run/secrets/<id>). An ssh socket at its default path and a secret given
// only as env= clash with nothing. (A relative target is the WORKDIR's: the
// stage checks that one is set.)
constexpr bool same_target(const cell& x, const cell& y) {
    if (x.code != op::mount || y.code != op::mount || x.has(bit::no_file) || y.has(bit::no_file)) return false;
    return at_secret_path(x) == at_secret_path(y) && mount_target(x) == mount_target(y);
}

// A cell of a scope against a cell of a RUN it encloses.
constexpr void check_clash(const cell& mine, const cell& theirs) {
    if (mine.code == op::run_flag && theirs.code == op::run_flag && mine.a == theirs.a)
        problem::a_RUN_flag_is_given_twice(mine.a);
    if (same_target(mine, theirs)) problem::two_mounts_of_a_RUN_share_a_target(mount_target(mine));
    // BuildKit runs a script whose first line is #! as a file: no export
    // line can go before it. Its lines follow it.
    if (mine.code == op::scoped_env && mine.has(bit::has_b) && theirs.code == op::script && theirs.has(bit::shebang))
        problem::a_script_starting_with_a_shebang_takes_no_variables_from_its_RUN((&theirs)[1].a);
}
}  // namespace detail

namespace detail {
// Writes the RUNs of child (size cells) to out, the scope's k cells mine
// after each RUN head, which grows by k: the outermost scope's mounts come
// first. One function for every scope and child, not one per their types.
constexpr cell* enclose(cell* out, const cell* mine, std::size_t k, const cell* child, std::size_t size) {
    for (std::size_t i = 0; i < size;) {
        cell head = child[i];
        const std::size_t rest = head.n;
        for (const cell* m = mine; m != mine + k; ++m)
            if (m->code != op::flag)  // a mount's options clash with nothing
                for (std::size_t j = 1; j <= rest; ++j) check_clash(*m, child[i + j]);
        head.n += static_cast<std::uint32_t>(k);
        *out++ = head;
        out = copy_cells(out, mine, k);
        out = copy_cells(out, child + i + 1, rest);
        i += 1 + rest;
    }
    return out;
}
}  // namespace detail

// The head of a scope: its cells go into every RUN it encloses. Calling it
// with RUNs (or scopes of RUNs) gives the scope itself. Links: the stages its
// mounts read from (from_stage<S>, bind_from<S>).
template <std::size_t K, class Links = detail::types<>>
struct scope_head {
    detail::array<cell, K> cells{};

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
            node<what::run_scope, size, detail::children_links<Links, Cs...>, runs> n{};
            cell* out = n.cells.data();
            int sequence[] = {0, (out = detail::enclose(out, cells.data(), K, children.cells.data(), Cs::size), 0)...};
            (void)sequence;
            return n;
        }
    }
};

// Options of mounts, written after the mount's type and place in the order
// given; each value is one word of plain characters.

struct mount_id_t {
    text value;
};
// cache(target, id("pip")): id=pip, the cache's name (its target otherwise).
constexpr mount_id_t id(text value) {
    detail::require(value, "mount id");
    if (!chars::all(value.view(), chars::secret_id))
        problem::mount_id_is_not_letters_digits_dots_dashes_underscores(value.view());
    return {value};
}

struct sharing_t {
    text_view value;
};
// sharing("shared"), sharing("private"), sharing("locked"): how builds use a
// cache at once; locked is a shorthand for the last (apt needs it).
constexpr sharing_t sharing(text value) {
    const text_view v = value.view();
    if (v != "shared" && v != "private" && v != "locked") problem::cache_sharing_is_not_shared_private_or_locked(v);
    return {v};
}
inline constexpr sharing_t locked{"locked"};

// from_stage<S>: a cache seeded from, or a bind of, stage S; the stage is
// linked into the Dockerfile as copy_from<S> links it. from_image("img")
// (ctdf/copy.hpp) names an image instead.
template <const auto& Stage>
struct from_stage_t {
    static_assert(is_stage<detail::stage_of<Stage>>, "ctdf: from_stage<S> and bind_from<S> take a stage; S is not one");
};
template <const auto& Stage>
inline constexpr from_stage_t<Stage> from_stage{};

struct source_t {
    text path;
};
// source("/out"): the directory of the from_stage or from_image a cache starts from.
constexpr source_t source(text path) {
    detail::require(path, "mount source");
    detail::check_mount_value(path);
    return {path};
}

struct mount_mode_t {
    text value;
};
// mode("0700"): the octal mode of a new cache directory, a secret file or an ssh socket.
constexpr mount_mode_t mode(text value) {
    if (!names::octal_mode(value.view())) problem::mount_mode_is_not_octal_digits(value.view());
    return {value};
}

namespace detail {
constexpr void check_numeric_id(const text& t) {
    const text_view v = t.view();
    if (!names::numeric_id(v) || v.size() > 10 || (v.size() == 10 && __builtin_memcmp(v.data(), "4294967295", 10) > 0))
        problem::mount_uid_or_gid_is_not_a_number_below_2_to_the_32(v);
}
}  // namespace detail

struct mount_uid_t {
    text value;
};
struct mount_gid_t {
    text value;
};
// uid("1000"), gid("1000"): the owner of a new cache directory, a secret file or an ssh socket.
constexpr mount_uid_t uid(text value) {
    detail::check_numeric_id(value);
    return {value};
}
constexpr mount_gid_t gid(text value) {
    detail::check_numeric_id(value);
    return {value};
}

struct readonly_t {
    explicit constexpr readonly_t() = default;
};
// cache(target, readonly): ro, the RUN reads the cache and leaves it as it is.
inline constexpr readonly_t readonly{};
struct readwrite_t {
    explicit constexpr readwrite_t() = default;
};
// bind(source, target, readwrite): rw, writes allowed and thrown away after the RUN.
inline constexpr readwrite_t readwrite{};
struct required_t {
    explicit constexpr required_t() = default;
};
// secret(id, required), ssh(required): required=true, the RUN fails without it.
inline constexpr required_t required{};

struct as_env_t {
    text name;
};
// secret(id, as_env("TOKEN")): env=TOKEN, the secret as a variable of the RUN
// (and no file, unless a target is given). docker/dockerfile 1.10.
constexpr as_env_t as_env(text name) {
    detail::require(name, "secret env name");
    if (!names::variable(name.view()))
        problem::variable_name_is_not_a_letter_or_underscore_then_letters_digits_underscores(name.view());
    return {name};
}

struct tmpfs_size_t {
    std::uint32_t count;
    text_view unit;  // k, m or g: BuildKit reads them as binary multiples
};
// tmpfs(target, size(64 << 20)): the limit in bytes, written in the largest
// unit that divides it (size=64m). docker/dockerfile 1.4.
constexpr tmpfs_size_t size(std::uint64_t bytes) {
    std::uint64_t count = bytes;
    text_view unit{};
    constexpr text_view units[] = {"g", "m", "k"};
    for (int shift = 30, u = 0; u != 3; shift -= 10, ++u)
        if (unit.empty() && bytes != 0 && bytes % (std::uint64_t{1} << shift) == 0)
            count = bytes >> shift, unit = units[u];
    if (bytes == 0 || count > 0xffffffffu) problem::tmpfs_size_must_be_above_zero_and_below_2_to_the_32_GiB("");
    return {static_cast<std::uint32_t>(count), unit};
}

namespace detail {
// Which kinds of mount take an option (bits of mount_kind), and its slot:
// no slot may be filled twice.
inline constexpr unsigned for_cache = 1, for_secret = 2, for_bind = 4, for_tmpfs = 8, for_ssh = 16;
template <class T>
inline constexpr unsigned option_kinds = 0;
template <>
inline constexpr unsigned option_kinds<mount_id_t> = for_cache;
template <>
inline constexpr unsigned option_kinds<sharing_t> = for_cache;
template <const auto& S>
inline constexpr unsigned option_kinds<from_stage_t<S>> = for_cache | for_bind;
template <>
inline constexpr unsigned option_kinds<from_image_t> = for_cache | for_bind;
template <>
inline constexpr unsigned option_kinds<source_t> = for_cache;
template <>
inline constexpr unsigned option_kinds<mount_mode_t> = for_cache | for_secret | for_ssh;
template <>
inline constexpr unsigned option_kinds<mount_uid_t> = for_cache | for_secret | for_ssh;
template <>
inline constexpr unsigned option_kinds<mount_gid_t> = for_cache | for_secret | for_ssh;
template <>
inline constexpr unsigned option_kinds<readonly_t> = for_cache;
template <>
inline constexpr unsigned option_kinds<readwrite_t> = for_bind;
template <>
inline constexpr unsigned option_kinds<required_t> = for_secret | for_ssh;
template <>
inline constexpr unsigned option_kinds<as_env_t> = for_secret;
template <>
inline constexpr unsigned option_kinds<tmpfs_size_t> = for_tmpfs;

template <class T>
concept mount_option = option_kinds<T> != 0;

template <class T>
inline constexpr bool is_from = option_kinds<T> == (for_cache | for_bind);

template <unsigned Kind, class... O>
inline constexpr bool options_for = ((option_kinds<O> & Kind) && ...);

// No option twice: BuildKit keeps the last silently. The two froms share a slot.
template <class... O>
inline constexpr bool options_once = sum<is_from<O>...>() <= 1 && ((count_of<O, O...> <= 1) && ...);

template <class T>
inline constexpr std::size_t option_cells = is_from<T> ? 0 : 1;

template <class T>
struct links_of {
    using type = types<>;
};
template <const auto& S>
struct links_of<from_stage_t<S>> {
    using type = std::conditional_t<is_stage<stage_of<S>>, types<ref<S>>, types<>>;  // one error for a non-stage
};

template <class... O>
using mount_head = scope_head<1 + sum<option_cells<O>...>(), join_t<typename links_of<O>::type...>>;

// Each option as a flag cell after the mount's head (a=name b=value).
struct mount_opts {
    cell* head;
    cell* part;

    constexpr void flag(text_view name, text_view value, std::uint32_t bits = 0, std::uint32_t n = 0) {
        *part++ = cell{op::flag, bits | bit::bare_b, {}, n, name, value, {}};
    }
    constexpr void set(const mount_id_t& o) { flag("id", o.value.view()); }
    constexpr void set(sharing_t o) { flag("sharing", o.value); }
    template <const auto& S>
    constexpr void set(from_stage_t<S>) {
        if constexpr (is_stage<stage_of<S>>) head->c = stage_of<S>::name.view();
    }
    constexpr void set(const from_image_t& o) {
        require_image(o.image, "mount from image");
        check_mount_value(o.image);
        head->c = o.image.view();
    }
    constexpr void set(const source_t& o) { flag("source", o.path.view()); }
    constexpr void set(const mount_mode_t& o) { flag("mode", o.value.view()); }
    constexpr void set(const mount_uid_t& o) { flag("uid", o.value.view()); }
    constexpr void set(const mount_gid_t& o) { flag("gid", o.value.view()); }
    constexpr void set(readonly_t) { flag("ro", {}, bit::no_value); }
    constexpr void set(readwrite_t) { flag("rw", {}, bit::no_value); }
    // buildah 1.28 fails on a bare required: the value is written.
    constexpr void set(required_t) { flag("required", "true"); }
    constexpr void set(const as_env_t& o) { flag("env", o.name.view()); }
    constexpr void set(tmpfs_size_t o) { flag("size", o.unit, bit::number, o.count); }
};

template <class... O>
constexpr mount_head<O...> make_mount(mount_kind kind, std::uint32_t flags, text a, text b, const O&... opts) {
    check_mount_value(a);
    check_mount_value(b);
    mount_head<O...> h{};
    h.cells[0] = cell{op::mount, flags | bit::bare_a | bit::bare_b, kind, static_cast<std::uint32_t>(h.cells.size() - 1),
                      a.view(), b.view(), {}};
    mount_opts o{h.cells.data(), h.cells.data() + 1};
    (o.set(opts), ...);
    (void)o;  // no options
    return h;
}

template <class... O>
inline constexpr bool has_env = (std::is_same_v<O, as_env_t> || ...);
}  // namespace detail

// --mount=type=cache,target=<target>[,<options>]: id, sharing (or locked),
// from_stage<S> or from_image(...) with source, mode, uid, gid, readonly.
template <class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto cache(text target, const O&... opts) {
    static_assert(detail::options_for<detail::for_cache, O...>,
                  "ctdf: cache(target, ...) takes id, sharing or locked, from_stage<S> or from_image, source, mode, "
                  "uid, gid and readonly");
    static_assert(detail::options_once<O...>, "ctdf: a mount option is given twice");
    detail::require(target, "cache mount target");
    return detail::make_mount(mount_kind::cache, 0, target, {}, opts...);
}
// --mount=type=secret,id=<id>[,target=<target>][,<options>]: as_env, required,
// mode, uid, gid. Without a target the file is /run/secrets/<id>, or, with
// as_env alone, there is no file.
template <class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto secret(text id, const O&... opts) {
    static_assert(detail::options_for<detail::for_secret, O...>,
                  "ctdf: secret(id, [target,] ...) takes as_env, required, mode, uid and gid");
    static_assert(detail::options_once<O...>, "ctdf: a mount option is given twice");
    detail::require(id, "secret id");
    if (!chars::all(id.view(), chars::secret_id))
        problem::secret_id_is_not_letters_digits_dots_dashes_underscores(id.view());
    return detail::make_mount(mount_kind::secret, detail::has_env<O...> ? bit::no_file : 0, id, {}, opts...);
}
template <class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto secret(text id, text target, const O&... opts) {
    detail::require(target, "secret target");
    detail::check_mount_value(target);
    auto head = secret(id, opts...);
    head.cells[0].flags = (head.cells[0].flags & ~bit::no_file) | bit::has_b;
    head.cells[0].b = target.view();
    return head;
}

// --mount=type=bind,source=<source>,target=<target>[,<options>]: from_stage<S>
// or from_image(...) (the build context otherwise), readwrite.
template <class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto bind(text source, text target, const O&... opts) {
    static_assert(detail::options_for<detail::for_bind, O...>,
                  "ctdf: bind(source, target, ...) takes from_stage<S> or from_image, and readwrite");
    static_assert(detail::options_once<O...>, "ctdf: a mount option is given twice");
    detail::require(source, "bind mount source");
    detail::require(target, "bind mount target");
    return detail::make_mount(mount_kind::bind, bit::has_b, source, target, opts...);
}

// --mount=type=bind,from=<stage>,source=<source>,target=<target>: a path of
// another stage, linked as copy_from<Stage> links it. With the target alone,
// the stage's whole filesystem.
template <const auto& Stage, class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto bind_from(text source, text target, const O&... opts) {
    return bind(source, target, from_stage<Stage>, opts...);
}
template <const auto& Stage, class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto bind_from(text target, const O&... opts) {
    static_assert(detail::options_for<detail::for_bind, O...>,
                  "ctdf: bind(source, target, ...) takes from_stage<S> or from_image, and readwrite");
    static_assert(detail::options_once<from_stage_t<Stage>, O...>, "ctdf: a mount option is given twice");
    detail::require(target, "bind mount target");
    return detail::make_mount(mount_kind::bind, bit::has_b, {}, target, from_stage<Stage>, opts...);
}

// --mount=type=tmpfs,target=<target>[,size=<size>]: an empty filesystem in
// memory for the RUN.
template <class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto tmpfs(text target, const O&... opts) {
    static_assert(detail::options_for<detail::for_tmpfs, O...>, "ctdf: tmpfs(target, ...) takes size");
    static_assert(detail::options_once<O...>, "ctdf: a mount option is given twice");
    detail::require(target, "tmpfs mount target");
    return detail::make_mount(mount_kind::tmpfs, 0, target, {}, opts...);
}

// --mount=type=ssh[,id=<id>][,target=<target>][,<options>]: the build's ssh
// agent (id default) or key <id>; required, mode, uid, gid.
template <class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto ssh(const O&... opts) {
    static_assert(detail::options_for<detail::for_ssh, O...>,
                  "ctdf: ssh([id, [target,]] ...) takes required, mode, uid and gid");
    static_assert(detail::options_once<O...>, "ctdf: a mount option is given twice");
    return detail::make_mount(mount_kind::ssh, bit::no_file, {}, {}, opts...);
}
template <class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto ssh(text id, const O&... opts) {
    detail::require(id, "ssh id");
    if (!chars::all(id.view(), chars::secret_id))
        problem::mount_id_is_not_letters_digits_dots_dashes_underscores(id.view());
    auto head = ssh(opts...);
    head.cells[0].a = id.view();
    return head;
}
template <class... O>
    requires(detail::mount_option<O> && ...)
constexpr auto ssh(text id, text target, const O&... opts) {
    detail::require(target, "ssh target");
    detail::check_mount_value(target);
    auto head = ssh(id, opts...);
    head.cells[0].flags = (head.cells[0].flags & ~bit::no_file) | bit::has_b;
    head.cells[0].b = target.view();
    return head;
}

// RUN --network=default|none|host and RUN --security=sandbox|insecure, as
// scopes: network("none")(run(...)). host and insecure need the builder's
// entitlements (network.host, security.insecure).
constexpr scope_head<1> network(text value) {
    const text_view v = value.view();
    if (v != "default" && v != "none" && v != "host") problem::RUN_network_is_not_default_none_or_host(v);
    return {{cell{op::run_flag, bit::bare_b, {}, 0, "network", v, {}}}};
}
constexpr scope_head<1> security(text value) {
    const text_view v = value.view();
    if (v != "sandbox" && v != "insecure") problem::RUN_security_is_not_sandbox_or_insecure(v);
    return {{cell{op::run_flag, bit::bare_b, {}, 0, "security", v, {}}}};
}

namespace detail {
// A RUN flag, or a mount and its options, that the target frontend cannot read.
constexpr void check_run_target(const cell* c, const frontend& target) {
    if (c->code == op::run_flag) {
        if (c->a == "network" && target.minor < since::network)
            problem::RUN_network_needs_docker_dockerfile_1_3_which_the_target_does_not_read(target.name);
        if (c->a == "security" && target.minor < since::security)
            problem::RUN_security_needs_docker_dockerfile_1_20_which_the_target_does_not_read(target.name);
        return;
    }
    if (!target.mounts) problem::RUN_mount_needs_docker_dockerfile_1_2_which_the_target_does_not_read(target.name);
    for (std::uint32_t i = 1; i <= c->n; ++i) {
        const cell& o = c[i];
        if (o.a == "size" && target.minor < since::tmpfs_size)
            problem::tmpfs_size_needs_docker_dockerfile_1_4_which_the_target_does_not_read(target.name);
        if (o.a == "env" && target.minor < since::secret_env)
            problem::secret_as_env_needs_docker_dockerfile_1_10_which_the_target_does_not_read(target.name);
        if (o.a == "sharing" && o.b == "private" && !target.private_sharing)
            problem::cache_sharing_private_is_not_read_by_the_target(target.name);
    }
}
}  // namespace detail

// Variables for the RUNs inside only: exported before their commands, never
// written to the image. Entries whose value is none are left out.
template <std::size_t N>
constexpr scope_head<N> with_env(const kv (&entries)[N]) {
    return detail::kv_cells<scope_head<N>>(op::scoped_env, entries, std::make_index_sequence<N>{});
}

}  // namespace ctdf

#endif
