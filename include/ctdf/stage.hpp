#ifndef CTDF_STAGE_HPP
#define CTDF_STAGE_HPP

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <ctdf/detail/flatten.hpp>
#include <ctdf/fixed_string.hpp>
#include <ctdf/names.hpp>
#include <ctdf/node.hpp>
#include <ctdf/stage_ref.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

// A stage: FROM <image or parent> AS <Name>, then its instructions as cells.
// Parent is detail::types<> or detail::types<detail::ref<P>>; Links holds
// every stage this one needs (its parent and the stages it copies from).
template <fixed_string Name, class Parent, std::size_t N, class Links>
struct stage_t {
    static constexpr fixed_string name = Name;
    static constexpr std::size_t size = N;
    using parent = Parent;
    using links = Links;

    text image{};
    std::array<cell, N> cells{};

    // Appends instructions and scopes: stage<"x">("img")(workdir("/a"), ...).
    template <class... Cs>
    constexpr auto operator()(const Cs&... children) const {
        if constexpr (!detail::all<is_node<Cs>...>()) {
            static_assert(detail::all<is_node<Cs>...>(),
                          "ctdf: a stage holds instructions and scopes; an argument is neither (a stage inside a "
                          "stage? derive it with stage<\"name\", parent>() or copy from it with copy_from<stage>)");
            return *this;  // keeps the error to the one line above
        } else {
            constexpr std::size_t size = N + detail::sum<Cs::size...>();
            // Most children link nowhere; only join when one does.
            using links = typename std::conditional_t<detail::all<(Cs::links::size == 0)...>(),
                                                      std::type_identity<Links>,
                                                      detail::join<Links, typename Cs::links...>>::type;
            stage_t<Name, Parent, size, links> s{image, {}};
            cell* out = s.cells.data();
            for (const cell& c : cells) *out++ = c;
            detail::emit_all(out, children...);
            return s;
        }
    }
};

template <fixed_string Name, class Parent, std::size_t N, class Links>
inline constexpr bool is_stage<stage_t<Name, Parent, N, Links>> = true;

// stage<"base">("ubuntu:24.04"): a stage from an image.
template <fixed_string Name>
constexpr stage_t<Name, detail::types<>, 0, detail::types<>> stage(text image) {
    static_assert(names::stage_name(Name.view()),
                  "ctdf: a stage name is lowercase letters, digits, '.', '_' and '-', starts with a letter, "
                  "and is not 'scratch' or 'context'");
    detail::require_image(image, "FROM image");
    return {image, {}};
}

// stage<"builder", base>(): FROM base AS builder.
template <fixed_string Name, const auto& Parent>
constexpr stage_t<Name, detail::types<detail::ref<Parent>>, 0, detail::types<detail::ref<Parent>>> stage() {
    static_assert(is_stage<detail::stage_of<Parent>>, "ctdf: stage<Name, Parent> derives from a stage; Parent is not one");
    static_assert(names::stage_name(Name.view()),
                  "ctdf: a stage name is lowercase letters, digits, '.', '_' and '-', starts with a letter, "
                  "and is not 'scratch' or 'context'");
    return {};
}

}  // namespace ctdf

#endif
