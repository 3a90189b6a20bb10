#ifndef CTDF_STAGE_HPP
#define CTDF_STAGE_HPP

#include <ctdf/detail/array.hpp>
#include <concepts>
#include <initializer_list>
#include <cstddef>
#include <ctdf/text_view.hpp>
#include <type_traits>

#include <ctdf/chars.hpp>
#include <ctdf/detail/flatten.hpp>
#include <ctdf/detail/variables.hpp>
#include <ctdf/error.hpp>
#include <ctdf/fixed_string.hpp>
#include <ctdf/names.hpp>
#include <ctdf/node.hpp>
#include <ctdf/stage_ref.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

namespace detail {
// The stage's instructions in order: no relative WORKDIR (or mount target)
// before an absolute one (a parent stage's counts), at most one CMD,
// ENTRYPOINT and HEALTHCHECK unless a later one is marked replace(...).
struct order_state {
    bool workdir_set = false;
    bool cmd = false, entrypoint = false, healthcheck = false;
};
constexpr void check_order(const cell* cells, std::size_t i, order_state& s) {
    const cell& c = cells[i];
    if (c.code == op::workdir) {
        const bool absolute = chars::absolute_path(c.a) || (c.has(bit::raw_a) && c.a[0] == '$');
        if (!absolute && !s.workdir_set) problem::workdir_is_relative_and_no_absolute_workdir_came_before(c.a);
        s.workdir_set = s.workdir_set || absolute;
    } else if (c.code == op::cmd) {
        if (s.cmd && !c.has(bit::replaces)) problem::a_stage_has_more_than_one_CMD_wrap_the_later_in_replace(cells[i + 1].a);
        s.cmd = true;
    } else if (c.code == op::entrypoint) {
        if (s.entrypoint && !c.has(bit::replaces))
            problem::a_stage_has_more_than_one_ENTRYPOINT_wrap_the_later_in_replace(cells[i + 1].a);
        s.entrypoint = true;
    } else if (c.code == op::run && !s.workdir_set) {
        // A relative mount target is under the WORKDIR, which BuildKit
        // takes as / when none is set.
        for (std::size_t j = i + 1; j <= i + c.n; ++j) {
            const cell& m = cells[j];
            if (m.code != op::mount || m.has(bit::no_file)) continue;
            if (!chars::absolute_path(mount_target(m)) && !at_secret_path(m))
                problem::mount_target_is_relative_and_no_absolute_WORKDIR_came_before(mount_target(m));
        }
    } else if (c.code == op::healthcheck) {
        if (s.healthcheck && !c.has(bit::replaces))
            problem::a_stage_has_more_than_one_HEALTHCHECK_wrap_the_later_in_replace(c.n ? cells[i + c.n].a : "NONE");
        s.healthcheck = true;
    }
}

// Whether pred holds for a stage the stage with this Parent derives from,
// nearest first. A parent that is not a stage counts as holding:
// stage<Name, Parent>() says so, once.
template <class Parent, class Pred>
constexpr bool some_ancestor(const Pred& pred) {
    if constexpr (Parent::size == 0) {
        return false;
    } else if constexpr (!is_stage<stage_of<first<Parent>::type::stage>>) {
        return true;
    } else {
        return pred(first<Parent>::type::stage) || some_ancestor<typename stage_of<first<Parent>::type::stage>::parent>(pred);
    }
}

// Whether the stages a stage derives from set an absolute WORKDIR.
template <class Parent>
constexpr bool workdir_set() {
    return some_ancestor<Parent>([](const auto& s) {
        const cell* cells = s.cells.data();
        for (std::size_t i = 0; i < s.size; i += 1 + cells[i].n)
            if (cells[i].code == op::workdir && (chars::absolute_path(cells[i].a) || cells[i].has(bit::raw_a)))
                return true;
        return false;
    });
}
}  // namespace detail

// The variables a base image's ENV sets, which ctdf cannot read:
// stage<"app">("eclipse-temurin:21", image_env("JAVA_HOME")).
struct image_env_t {
    detail::array<text_view, 4> names{};
    std::size_t count = 0;
};

namespace problem {
[[noreturn]] inline void variable_is_not_defined_before_this_use(text_view name) {
    detail::raise("the variable is not defined before this use (UndefinedVar): declare it with arg(...) or env(...) "
                  "earlier in the stage, or name it in image_env(...) if the base image sets it",
                  name);
}
}  // namespace problem

namespace detail {
// Whether ENV (or ARG forwarded into ENV, or add_to_path) in cells[0, end)
// sets name; with args, whether an ARG declares it too.
constexpr bool declared(const cell* cells, std::size_t end, text_view name, bool args) {
    for (std::size_t i = 0; i < end; i += 1 + cells[i].n) {
        const cell& c = cells[i];
        if (c.code == op::arg && c.a == name && (args || c.has(bit::also_env))) return true;
        if (c.code == op::path && name == "PATH") return true;
        if (c.code != op::env) continue;
        for (std::size_t j = i + 1; j <= i + c.n; ++j)
            if (cells[j].a == name && cells[j].has(bit::has_b)) return true;
    }
    return false;
}

// Whether a stage this one derives from sets name in its ENV or its image's.
template <class Parent>
constexpr bool inherited(text_view name) {
    return some_ancestor<Parent>([name](const auto& s) {
        for (std::size_t i = 0; i != s.image_env.count; ++i)
            if (s.image_env.names[i] == name) return true;
        return declared(s.cells.data(), s.size, name, false);
    });
}

// UndefinedVar: each variable that Dockerfile text of an instruction
// (expand(...) values, not RUN's shell text, nor an ONBUILD trigger, which
// runs in another build) refers to is declared before it: by ARG or ENV in
// the stage, ENV in a stage it derives from, the base image (image_env), or
// BuildKit (PATH, the proxy ARGs). ${NAME:-word} says what happens when
// NAME is unset, so it is not refused. Checks the instruction at cells[i].
template <class Parent>
constexpr void check_variables(const cell* cells, std::size_t i, const image_env_t& image_env) {
    if (cells[i].code == op::run || cells[i].code == op::onbuild) return;
    for (std::size_t j = i; j <= i + cells[i].n; ++j) {
        const cell& c = cells[j];
        if (!(c.flags & (bit::raw_a | bit::raw_b))) continue;
        text_view undefined;  // reported from here, to keep the error short
        auto known = [&](text_view name, bool plain, std::size_t, std::size_t) {
            if (!plain || name == "PATH" || predefined_arg(name) || declared(cells, i, name, true)) return true;
            for (std::size_t k = 0; k != image_env.count; ++k)
                if (image_env.names[k] == name) return true;
            if (inherited<Parent>(name)) return true;
            undefined = name;
            return false;
        };
        if (c.has(bit::raw_a)) each_variable(c.a, known);
        if (c.has(bit::raw_b) && undefined.empty()) each_variable(c.b, known);
        if (!undefined.empty()) problem::variable_is_not_defined_before_this_use(undefined);
    }
}

// A stage's checks, in one walk of its instructions: their order (see
// check_order) and their variables.
template <class Parent>
constexpr void check_stage(const cell* cells, std::size_t n, const image_env_t& image_env) {
    order_state state{workdir_set<Parent>()};
    for (std::size_t i = 0; i < n; i += 1 + cells[i].n) {
        check_order(cells, i, state);
        check_variables<Parent>(cells, i, image_env);
    }
}
}  // namespace detail

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
    text platform = none;  // FROM --platform=...; none: left out
    image_env_t image_env{};
    detail::array<cell, N> cells{};

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
            using links = detail::children_links<Links, Cs...>;
            stage_t<Name, Parent, size, links> s{image, platform, image_env, {}};
            cell* out = s.cells.data();
            out = copy_cells(out, cells.data(), N);
            detail::emit_all(out, children...);
            detail::check_stage<Parent>(s.cells.data(), size, image_env);
            return s;
        }
    }
};

template <fixed_string Name, class Parent, std::size_t N, class Links>
inline constexpr bool is_stage<stage_t<Name, Parent, N, Links>> = true;

namespace problem {
[[noreturn]] inline void FROM_platform_is_a_constant_use_BUILDPLATFORM_or_an_ARG(text_view value) {
    detail::raise("FROM --platform must not be a constant (FromPlatformFlagConstDisallowed); use $BUILDPLATFORM or "
                  "an ARG",
                  value);
}
[[noreturn]] inline void FROM_platform_TARGETPLATFORM_is_the_default_leave_it_out(text_view value) {
    detail::raise("FROM --platform=$TARGETPLATFORM is the default (RedundantTargetPlatform); leave it out", value);
}
[[noreturn]] inline void FROM_platform_holds_only_letters_digits_and_dollar_braces_slash_dot_dash(text_view v) {
    detail::raise("FROM --platform holds only letters, digits, '$', '{', '}', '/', '.', '_', ':' and '-'", v);
}
}  // namespace problem

// FROM --platform=...: which platform's image a stage starts from, such as
// $BUILDPLATFORM for a stage that cross-compiles. It names a variable:
// BuildKit's checks refuse a constant, and $TARGETPLATFORM is the default.
struct platform_t {
    text value = none;
};
constexpr platform_t platform(text value) {
    detail::require(value, "FROM --platform");
    const text_view s = value.view();
    for (char c : s)
        if (!(chars::of(c) & (chars::mount | chars::dollar)) && c != '{' && c != '}')
            problem::FROM_platform_holds_only_letters_digits_and_dollar_braces_slash_dot_dash(s);
    if (!chars::any(s, chars::dollar)) problem::FROM_platform_is_a_constant_use_BUILDPLATFORM_or_an_ARG(s);
    if (s == "$TARGETPLATFORM" || s == "${TARGETPLATFORM}")
        problem::FROM_platform_TARGETPLATFORM_is_the_default_leave_it_out(s);
    return {value};
}

// image_env("JAVA_HOME", ...): up to four names the base image's ENV sets.
// Plain overloads, so that each literal is checked where it is written.
namespace detail {
constexpr image_env_t make_image_env(std::initializer_list<text> names) {
    image_env_t e{};
    for (const text& name : names) {
        require_name(name, "image_env name");
        e.names[e.count++] = name.view();
    }
    return e;
}
}  // namespace detail
constexpr image_env_t image_env(text a) { return detail::make_image_env({a}); }
constexpr image_env_t image_env(text a, text b) { return detail::make_image_env({a, b}); }
constexpr image_env_t image_env(text a, text b, text c) { return detail::make_image_env({a, b, c}); }
constexpr image_env_t image_env(text a, text b, text c, text d) { return detail::make_image_env({a, b, c, d}); }

namespace detail {
template <class T>
inline constexpr bool stage_option = std::same_as<T, platform_t> || std::same_as<T, image_env_t>;
constexpr void set(platform_t p, text& platform, image_env_t&) { platform = p.value; }
constexpr void set(const image_env_t& e, text&, image_env_t& env) { env = e; }
}  // namespace detail

// stage<"base">("ubuntu:24.04"): a stage from an image; options:
// platform(...) writes FROM --platform=..., image_env(...) names what the
// image's ENV sets.
template <fixed_string Name, class... Options>
    requires(detail::stage_option<Options> && ...)
constexpr stage_t<Name, detail::types<>, 0, detail::types<>> stage(text image, const Options&... options) {
    static_assert(names::stage_name(Name.view()),
                  "ctdf: a stage name is lowercase letters, digits, '.', '_' and '-', and starts with a letter");
    static_assert(!names::reserved_stage_name(Name.view()), "ctdf: 'scratch' and 'context' are reserved stage names");
    detail::require_image(image, "FROM image");
    stage_t<Name, detail::types<>, 0, detail::types<>> s{image, none, {}, {}};
    (detail::set(options, s.platform, s.image_env), ...);
    return s;
}

// stage<"builder", base>(): FROM base AS builder.
template <fixed_string Name, const auto& Parent>
constexpr stage_t<Name, detail::types<detail::ref<Parent>>, 0, detail::types<detail::ref<Parent>>> stage() {
    static_assert(is_stage<detail::stage_of<Parent>>, "ctdf: stage<Name, Parent> derives from a stage; Parent is not one");
    static_assert(names::stage_name(Name.view()),
                  "ctdf: a stage name is lowercase letters, digits, '.', '_' and '-', and starts with a letter");
    static_assert(!names::reserved_stage_name(Name.view()), "ctdf: 'scratch' and 'context' are reserved stage names");
    return {};
}

}  // namespace ctdf

#endif
