#ifndef CTDF_DOCKERFILE_HPP
#define CTDF_DOCKERFILE_HPP

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <boost/hana/basic_tuple.hpp>
#include <boost/hana/fold_left.hpp>
#include <boost/hana/type.hpp>
#include <boost/hana/unpack.hpp>

#include <ctdf/frontend.hpp>
#include <ctdf/node.hpp>
#include <ctdf/stage.hpp>
#include <ctdf/stage_ref.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

namespace detail {
namespace hana = boost::hana;

// Hana's lightest sequence: the stage graph is a handful of types.
template <class... Rs>
constexpr auto as_hana(types<Rs...>) {
    return hana::make_basic_tuple(hana::type_c<Rs>...);
}

// Depth first, dependencies before dependents, each stage once: the order
// in which the stages must stand in the file.
struct collect_fn {
    template <class Acc, class R>
    constexpr auto operator()(Acc acc, R) const {
        constexpr bool seen = hana::unpack(Acc{}, [](auto... t) { return (std::is_same_v<decltype(t), R> || ...); });
        if constexpr (seen) {
            return acc;
        } else {
            using S = stage_of<R::type::stage>;
            const auto with_dependencies = hana::fold_left(as_hana(typename S::links{}), acc, *this);
            return hana::unpack(with_dependencies, [](auto... t) { return hana::make_basic_tuple(t..., R{}); });
        }
    }
};

template <class Links>
constexpr auto order_of(Links links) {
    return hana::fold_left(as_hana(links), hana::make_basic_tuple(), collect_fn{});
}

template <std::size_t K>
constexpr bool names_unique(const std::array<std::string_view, K>& names) {
    for (std::size_t i = 0; i < K; ++i)
        for (std::size_t j = i + 1; j < K; ++j)
            if (names[i] == names[j]) return false;
    return true;
}

// The names of the stages in Order, and a stage rendered alone (which is
// not among its own links) when `alone` is given.
template <class Order>
constexpr bool unique_names(Order order, std::string_view alone = {}) {
    return hana::unpack(order, [alone](auto... r) {
        return names_unique(std::array<std::string_view, sizeof...(r) + 1>{
            stage_of<decltype(r)::type::stage>::name.view()..., alone});
    });
}
}  // namespace detail

// File-wide options: the `# syntax=` line (docker/dockerfile:1 unless set).
struct syntax_t {
    text value;
};
constexpr syntax_t syntax(text frontend) {
    detail::require(frontend, "syntax frontend");
    return {frontend};
}
struct no_syntax_t {
    explicit constexpr no_syntax_t() = default;
};
inline constexpr no_syntax_t no_syntax{};

// A whole Dockerfile: the stages in the order they must stand (Order, a Hana
// tuple of stage links), and the syntax line.
template <class Order>
struct dockerfile_t {
    static constexpr Order order{};
    text syntax{};  // empty: no syntax line
    frontend target = dockerfile_1;

    constexpr void set(syntax_t s) { syntax = s.value; }
    constexpr void set(no_syntax_t) { syntax = {}; }
    constexpr void set(target_t t) {
        target = t.value;
        if (!target.syntax.empty()) syntax = text::make(target.syntax, false);
    }
};


namespace detail {
// The stages listed stand in the order they were listed: none is pulled in
// earlier as what an earlier one needs.
template <const auto&... Stages, class Order>
constexpr bool listed_in_order(Order order) {
    const void* const listed[] = {&Stages...};
    return hana::unpack(order, [&](auto... r) {
        const void* const placed[] = {&decltype(r)::type::stage...};
        std::size_t previous = 0;
        bool ordered = true;
        for (const void* s : listed) {
            std::size_t i = 0;
            while (placed[i] != s) ++i;  // every listed stage is placed
            ordered = ordered && i >= previous;
            previous = i;
        }
        return ordered;
    });
}

template <const auto&... Stages>
constexpr auto checked_order() {
    static_assert(sizeof...(Stages) > 0, "ctdf: dockerfile<...> needs at least one stage");
    if constexpr (!all<is_stage<stage_of<Stages>>...>()) {
        static_assert(all<is_stage<stage_of<Stages>>...>(), "ctdf: dockerfile<...> takes stages; an argument is not one");
        return hana::make_basic_tuple();  // keeps the error to the one line above
    } else {
        constexpr auto order = order_of(types<ref<Stages>...>{});
        static_assert(unique_names(order), "ctdf: two different stages of this Dockerfile have the same name");
        static_assert(listed_in_order<Stages...>(order),
                      "ctdf: a stage is listed after a stage that needs it; list dependencies first, or only the last");
        return order;
    }
}
}  // namespace detail

namespace detail {
// What the target frontend cannot read: refused, naming the feature.
template <class S>
constexpr void check_target(const S& s, const frontend& target) {
    for (const cell& c : s.cells) {
        if (c.code == op::mount && !target.mounts)
            problem::RUN_mount_needs_docker_dockerfile_1_2_which_the_target_does_not_read(target.name);
        if (c.code == op::copy && c.has(bit::link_asked) && !target.link)
            problem::COPY_link_needs_docker_dockerfile_1_4_which_the_target_does_not_read(target.name);
    }
}

// A plain pack over the stages, not hana::unpack: each call between here and
// the refusal is one more note in the compiler's error.
template <class... Rs>
constexpr void check_targets(hana::basic_tuple<Rs...>, const frontend& target) {
    (check_target(Rs::type::stage, target), ...);
}

template <class T>
inline constexpr bool file_option = false;
template <>
inline constexpr bool file_option<syntax_t> = true;
template <>
inline constexpr bool file_option<no_syntax_t> = true;
template <>
inline constexpr bool file_option<target_t> = true;
}  // namespace detail

// dockerfile<final>(): the final stage and every stage it links to, each
// once, dependencies first. Several stages may be listed. Options, applied in
// order: syntax("docker/dockerfile:1.7"), no_syntax, target(buildah_1_28).
template <const auto&... Stages, class... Options>
    requires(detail::file_option<Options> && ...)
constexpr auto dockerfile(const Options&... options) {
    using order = std::remove_cv_t<decltype(detail::checked_order<Stages...>())>;
    dockerfile_t<order> d{text("docker/dockerfile:1")};
    int sequence[] = {0, (d.set(options), 0)...};
    (void)sequence;
    if (!d.target.mounts || !d.target.link) detail::check_targets(order{}, d.target);
    return d;
}

}  // namespace ctdf

#endif
