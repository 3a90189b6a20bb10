#ifndef CTDF_COPY_HPP
#define CTDF_COPY_HPP

#include <cstddef>
#include <type_traits>

#include <ctdf/detail/flatten.hpp>
#include <ctdf/frontend.hpp>
#include <ctdf/names.hpp>
#include <ctdf/node.hpp>
#include <ctdf/chars.hpp>
#include <ctdf/stage_ref.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

// --link on or off, overriding the default (on for copies from another stage
// or an image, off for the build context and raw --from values).
struct link_t {
    bool on;
};
inline constexpr link_t link{true};
inline constexpr link_t no_link{false};

struct from_image_t {
    text image;
};
// copy(src, dst, from_image("nginx:1.27")): COPY --from=nginx:1.27 --link ...
constexpr from_image_t from_image(text image) { return {image}; }

struct from_t {
    text value;
};
// copy(src, dst, from("name")): any --from value, written as given.
constexpr from_t from(text value) { return {value}; }

// Flags of COPY and ADD. Each value is one word of characters that BuildKit's
// flag parser and word lexer leave as written, so it is written bare.

namespace detail {
// One word for the flag parser: plain characters, or a raw value without
// blanks or quotes.
constexpr bool flag_word(const text& t, chars::bits_t allowed) {
    return t.raw() ? !chars::any(t.view(), chars::blank | chars::squote | chars::json) : chars::all(t.view(), allowed);
}
}  // namespace detail

struct chmod_t {
    text mode;
    bool symbolic;
};
// chmod("0755") or chmod("u=rwX,go=rX"): --chmod=... (symbolic modes need
// docker/dockerfile 1.14). expand("$MODE") is the builder's to check.
constexpr chmod_t chmod(text mode) {
    detail::require(mode, "--chmod mode");
    if (mode.raw()) {
        if (!detail::flag_word(mode, 0)) problem::chmod_is_not_octal_digits_or_a_symbolic_mode(mode.view());
        return {mode, false};
    }
    const bool octal = names::octal_mode(mode.view());
    if (!octal && !names::symbolic_mode(mode.view())) problem::chmod_is_not_octal_digits_or_a_symbolic_mode(mode.view());
    return {mode, !octal};
}

struct chown_t {
    text owner;
    bool by_name;  // looked up in the image's /etc/passwd or /etc/group
};
// chown("1000:1000"), chown("app"), chown("app:staff"): --chown=...
constexpr chown_t chown(text owner) {
    detail::require(owner, "--chown owner");
    const text_view v = owner.view();
    if (owner.raw()) {
        if (!detail::flag_word(owner, 0)) problem::chown_is_not_user_or_user_colon_group(v);
        return {owner, false};
    }
    const auto colon = v.find(':');
    const text_view user = v.substr(0, colon);
    const text_view group = colon == text_view::npos ? text_view{} : v.substr(colon + 1);
    if (!names::owner_part(user) || (colon != text_view::npos && !names::owner_part(group)))
        problem::chown_is_not_user_or_user_colon_group(v);
    return {owner, names::owner_by_name(user) || (colon != text_view::npos && names::owner_by_name(group))};
}

struct exclude_t {
    text pattern;
};
// exclude("*.md"): --exclude=*.md, a pattern as COPY's sources; may repeat.
constexpr exclude_t exclude(text pattern) {
    detail::require(pattern, "--exclude pattern");
    if (!detail::flag_word(pattern, chars::plain | chars::glob)) problem::exclude_pattern_is_not_one_plain_word(pattern.view());
    return {pattern};
}

struct parents_t {
    explicit constexpr parents_t() = default;
};
// COPY --parents: sources keep their parent directories.
inline constexpr parents_t parents{};

struct checksum_t {
    text digest;
};
// ADD --checksum=sha256:<64 hex>: an http(s) download must have this digest.
constexpr checksum_t checksum(text digest) {
    const text_view v = digest.view();
    bool ok = v.size() == 7 + 64 && v.starts_with("sha256:");
    for (std::size_t i = 7; ok && i != v.size(); ++i) ok = names::lower_hex(v[i]);
    if (!ok) problem::checksum_is_not_sha256_colon_64_lowercase_hex_digits(v);
    return {digest};
}

struct keep_git_dir_t {
    explicit constexpr keep_git_dir_t() = default;
};
// ADD --keep-git-dir=true: a cloned repository keeps its .git directory.
inline constexpr keep_git_dir_t keep_git_dir{};

struct unpack_t {
    bool on;
};
// ADD --unpack=true (unpack a downloaded archive) or --unpack=false (add a
// local archive as it is).
inline constexpr unpack_t unpack{true};
inline constexpr unpack_t no_unpack{false};

namespace detail {
template <class T>
inline constexpr bool copy_option = false;
template <>
inline constexpr bool copy_option<link_t> = true;
template <>
inline constexpr bool copy_option<from_image_t> = true;
template <>
inline constexpr bool copy_option<from_t> = true;
template <>
inline constexpr bool copy_option<chmod_t> = true;
template <>
inline constexpr bool copy_option<chown_t> = true;
template <>
inline constexpr bool copy_option<exclude_t> = true;
template <>
inline constexpr bool copy_option<parents_t> = true;

template <class T>
inline constexpr bool add_option = false;
template <>
inline constexpr bool add_option<link_t> = true;
template <>
inline constexpr bool add_option<chmod_t> = true;
template <>
inline constexpr bool add_option<chown_t> = true;
template <>
inline constexpr bool add_option<exclude_t> = true;
template <>
inline constexpr bool add_option<checksum_t> = true;
template <>
inline constexpr bool add_option<keep_git_dir_t> = true;
template <>
inline constexpr bool add_option<unpack_t> = true;

// The flag cells an option adds after the head: --from and --link are
// written from the head itself.
template <class T>
inline constexpr std::size_t flag_cells = 1;
template <>
inline constexpr std::size_t flag_cells<link_t> = 0;
template <>
inline constexpr std::size_t flag_cells<from_image_t> = 0;
template <>
inline constexpr std::size_t flag_cells<from_t> = 0;

// BuildKit refuses a flag given twice; only --exclude repeats.
template <class T, class... O>
inline constexpr std::size_t count_of = sum<std::is_same_v<T, O>...>();
template <class... O>
inline constexpr bool flags_once = count_of<chmod_t, O...> <= 1 && count_of<chown_t, O...> <= 1 &&
                                   count_of<parents_t, O...> <= 1 && count_of<checksum_t, O...> <= 1 &&
                                   count_of<keep_git_dir_t, O...> <= 1 && count_of<unpack_t, O...> <= 1;

struct copy_opts {
    text_view from{};
    int link = -1;  // -1: the default for the source
    bool image = false;
    bool keep_link_off = false;  // --chown that may be a name: no automatic --link
    text_view named_owner{};  // --chown by name, refused with --link
    bool checksum = false, keep_git_dir = false;
    cell* part = nullptr;  // the next flag cell

    // A flag cell: n is the docker/dockerfile minor version it needs.
    constexpr void flag(text_view name, text_view value, std::uint8_t since, std::uint32_t bits = 0) {
        *part++ = cell{op::flag, bits, {}, since, name, value, {}};
    }

    constexpr void set(link_t l) { link = l.on ? 1 : 0; }
    constexpr void set(from_image_t f) {
        require_image(f.image, "COPY --from image");
        from = f.image.view();
        image = true;
    }
    constexpr void set(from_t f) {
        require(f.value, "COPY --from value");
        // One word for the flag parser: plain characters, or a raw ${VAR}.
        if (!flag_word(f.value, chars::mount)) problem::copy_from_value_is_not_one_plain_word(f.value.view());
        from = f.value.view();
    }
    constexpr void set(const chmod_t& m) {
        // raw_b: an expand() value, whose variables the stage checks (UndefinedVar)
        flag("chmod", m.mode.view(), m.symbolic ? since::symbolic_chmod : since::chmod, m.mode.raw() ? bit::raw_b : 0);
    }
    constexpr void set(const chown_t& o) {
        flag("chown", o.owner.view(), 0, o.owner.raw() ? bit::raw_b : 0);
        keep_link_off = o.by_name || o.owner.raw();
        if (o.by_name) named_owner = o.owner.view();
    }
    constexpr void set(const exclude_t& e) {
        flag("exclude", e.pattern.view(), since::exclude, e.pattern.raw() ? bit::raw_b : 0);
    }
    constexpr void set(parents_t) { flag("parents", {}, since::parents, bit::no_value); }
    constexpr void set(const checksum_t& c) {
        flag("checksum", c.digest.view(), since::checksum);
        checksum = true;
    }
    // The Git source it needs is what needs a newer frontend.
    constexpr void set(keep_git_dir_t) {
        flag("keep-git-dir", "true", 0);
        keep_git_dir = true;
    }
    constexpr void set(unpack_t u) { flag("unpack", u.on ? "true" : "false", since::unpack); }
};

// Whether a path can stand in the plain form of COPY: that form splits on
// blanks, reads a leading "--" as a flag, "<<" as a heredoc and "[" as JSON.
// Wildcards stay bare: COPY matches them after quotes are removed either way.
constexpr bool bare_copy_arg(text_view s, bool raw) {
    if (s.empty() || s[0] == '[' || s.starts_with("--") || s.starts_with("<<")) return false;
    return raw ? !chars::any(s, chars::blank) : chars::all(s, chars::plain | chars::glob);
}

constexpr std::uint32_t copy_flags(const text& t, std::uint32_t raw, std::uint32_t bare) {
    return (t.raw() ? raw : 0) | (bare_copy_arg(t.view(), t.raw()) ? bare : 0);
}

template <class Links, class... O>
constexpr auto make_copy(op code, text_view stage, text src, text dst, const O&... opts) {
    static_assert(flags_once<O...>, "ctdf: a COPY or ADD flag is given twice (only exclude may repeat)");
    constexpr std::size_t parts = sum<flag_cells<O>...>();
    require(src, code == op::add ? "ADD source" : "COPY source");
    require(dst, code == op::add ? "ADD destination" : "COPY destination");
    node<what::copy, 1 + parts, Links> out{};
    copy_opts o;
    o.part = out.cells.data() + 1;
    int sequence[] = {0, (o.set(opts), 0)...};
    (void)sequence;
    if (!stage.empty()) o.from = stage;
    // --link copies into an empty filesystem: a --chown name cannot be
    // looked up there (BuildKit fails with "invalid user index: -1").
    if (o.link == 1 && !o.named_owner.empty()) problem::chown_by_name_fails_with_link_use_numeric_ids(o.named_owner);
    const bool link = o.link == -1 ? (!stage.empty() || o.image) && !o.keep_link_off : o.link == 1;
    if (o.checksum && (!names::http_source(src.view()) || names::git_source(src.view())))
        problem::ADD_checksum_needs_an_http_or_https_source(src.view());
    if (o.keep_git_dir && !names::git_source(src.view()))
        problem::ADD_keep_git_dir_needs_a_Git_repository_source(src.view());
    cell& c = out.cells[0];
    c = cell{code, copy_flags(src, bit::raw_a, bit::bare_a) | copy_flags(dst, bit::raw_b, bit::bare_b), {},
             static_cast<std::uint32_t>(parts), src.view(), dst.view(), o.from};
    if (link) c.flags |= bit::link;
    if (o.link == 1) c.flags |= bit::link_asked;
    return out;
}
}  // namespace detail

// COPY src [dst]: from the build context, or from an image or raw --from value
// given as an option. dst defaults to src.
template <class... O>
    requires(detail::copy_option<O> && ...)
constexpr auto copy(text src, const O&... opts) {
    return detail::make_copy<detail::types<>>(op::copy, {}, src, src, opts...);
}
template <class... O>
    requires(detail::copy_option<O> && ...)
constexpr auto copy(text src, text dst, const O&... opts) {
    return detail::make_copy<detail::types<>>(op::copy, {}, src, dst, opts...);
}

// COPY --from=<stage> --link src [dst]. The stage is a template argument: the
// link is part of the type, so the Dockerfile collects and orders it.
template <const auto& Stage, class... O>
    requires(detail::copy_option<O> && ...)
constexpr auto copy_from(text src, text dst, const O&... opts) {
    if constexpr (!is_stage<detail::stage_of<Stage>>) {
        static_assert(is_stage<detail::stage_of<Stage>>, "ctdf: copy_from<S> takes a stage; S is not one");
        return node<what::copy, 0>{};  // keeps the error to the one line above
    } else {
        using links = detail::types<detail::ref<Stage>>;
        return detail::make_copy<links>(op::copy, detail::stage_of<Stage>::name.view(), src, dst, opts...);
    }
}
template <const auto& Stage, class... O>
    requires(detail::copy_option<O> && ...)
constexpr auto copy_from(text src, const O&... opts) {
    return copy_from<Stage>(src, src, opts...);
}

// ADD src dst: a path of the build context, an http(s) URL, or a Git
// repository (git@host:path, git://, ssh://, a URL ending in .git, each with
// an optional #ref[:dir]). Options: link, chmod, chown, exclude, checksum,
// keep_git_dir, unpack / no_unpack. No --link unless asked for.
template <class... O>
    requires(detail::add_option<O> && ...)
constexpr auto add(text src, text dst, const O&... opts) {
    return detail::make_copy<detail::types<>>(op::add, {}, src, dst, opts...);
}

}  // namespace ctdf

#endif
