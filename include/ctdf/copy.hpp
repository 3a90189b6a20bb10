#ifndef CTDF_COPY_HPP
#define CTDF_COPY_HPP

#include <ctdf/detail/flatten.hpp>
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

namespace detail {
template <class T>
inline constexpr bool copy_option = false;
template <>
inline constexpr bool copy_option<link_t> = true;
template <>
inline constexpr bool copy_option<from_image_t> = true;
template <>
inline constexpr bool copy_option<from_t> = true;

struct copy_opts {
    std::string_view from{};
    int link = -1;  // -1: the default for the source
    bool image = false;

    constexpr void set(link_t l) { link = l.on ? 1 : 0; }
    constexpr void set(from_image_t f) {
        require_image(f.image, "COPY --from image");
        from = f.image.view();
        image = true;
    }
    constexpr void set(from_t f) {
        require(f.value, "COPY --from value");
        // One word for the flag parser: plain characters, or a raw ${VAR}.
        const bool ok = f.value.raw() ? !chars::any(f.value.view(), chars::blank | chars::squote | chars::json)
                                      : chars::all(f.value.view(), chars::mount);
        if (!ok) problem::copy_from_value_is_not_one_plain_word(f.value.view());
        from = f.value.view();
    }
};

// Whether a path can stand in the plain form of COPY: that form splits on
// blanks, reads a leading "--" as a flag, "<<" as a heredoc and "[" as JSON.
// Wildcards stay bare: COPY matches them after quotes are removed either way.
constexpr bool bare_copy_arg(std::string_view s, bool raw) {
    if (s.empty() || s[0] == '[' || chars::starts_with(s, '-', '-') || chars::starts_with(s, '<', '<')) return false;
    return raw ? !chars::any(s, chars::blank) : chars::all(s, chars::plain | chars::glob);
}

constexpr std::uint32_t copy_flags(const text& t, std::uint32_t raw, std::uint32_t bare) {
    return (t.raw() ? raw : 0) | (bare_copy_arg(t.view(), t.raw()) ? bare : 0);
}

template <class Links, class... O>
constexpr node<what::copy, 1, Links> make_copy(std::string_view stage, text src, text dst, const O&... opts) {
    require(src, "COPY source");
    require(dst, "COPY destination");
    copy_opts o;
    int sequence[] = {0, (o.set(opts), 0)...};
    (void)sequence;
    if (!stage.empty()) o.from = stage;
    const bool link = o.link == -1 ? (!stage.empty() || o.image) : o.link == 1;
    cell c{op::copy, copy_flags(src, bit::raw_a, bit::bare_a) | copy_flags(dst, bit::raw_b, bit::bare_b), {},
           0,       src.view(),
           dst.view(), o.from};
    if (link) c.flags |= bit::link;
    if (o.link == 1) c.flags |= bit::link_asked;
    return {{c}};
}
}  // namespace detail

// COPY src [dst]: from the build context, or from an image or raw --from value
// given as an option. dst defaults to src.
template <class... O>
    requires(detail::copy_option<O> && ...)
constexpr node<what::copy, 1> copy(text src, const O&... opts) {
    return detail::make_copy<detail::types<>>({}, src, src, opts...);
}
template <class... O>
    requires(detail::copy_option<O> && ...)
constexpr node<what::copy, 1> copy(text src, text dst, const O&... opts) {
    return detail::make_copy<detail::types<>>({}, src, dst, opts...);
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
        return detail::make_copy<links>(detail::stage_of<Stage>::name.view(), src, dst, opts...);
    }
}
template <const auto& Stage, class... O>
    requires(detail::copy_option<O> && ...)
constexpr auto copy_from(text src, const O&... opts) {
    return copy_from<Stage>(src, src, opts...);
}

}  // namespace ctdf

#endif
