#ifndef CTDF_DOCKERFILE_HPP
#define CTDF_DOCKERFILE_HPP

#include <ctdf/detail/array.hpp>
#include <concepts>
#include <cstddef>
#include <ctdf/text_view.hpp>
#include <type_traits>

#include <boost/hana/basic_tuple.hpp>

#include <ctdf/chars.hpp>
#include <ctdf/detail/variables.hpp>
#include <ctdf/error.hpp>
#include <ctdf/frontend.hpp>
#include <ctdf/names.hpp>
#include <ctdf/node.hpp>
#include <ctdf/scope.hpp>
#include <ctdf/stage.hpp>
#include <ctdf/stage_ref.hpp>
#include <ctdf/text.hpp>

namespace ctdf {

namespace detail {
namespace hana = boost::hana;

// Depth first, dependencies before dependents, each stage once: the order
// in which the stages must stand in the file. Done on type lists, then
// handed to Hana's lightest sequence, which the writers unpack.
template <class Acc, class Links>
struct collect_all {
    using type = Acc;
};
template <class Acc, class R>
struct collect_one;
template <class Acc, class R, class... Rs>
struct collect_all<Acc, types<R, Rs...>> : collect_all<typename collect_one<Acc, R>::type, types<Rs...>> {};

template <class Done, class R, bool Seen>
struct visit {
    using type = Done;
};
template <class R, class... Ls>
types<Ls..., R> append(types<Ls...>);
template <class Done, class R>
struct visit<Done, R, false> {
    using type = decltype(append<R>(typename collect_all<Done, typename stage_of<R::stage>::links>::type{}));
};
template <class... Done, class R>
struct collect_one<types<Done...>, R> : visit<types<Done...>, R, (std::is_same_v<Done, R> || ...)> {};

template <class... Rs>
constexpr auto as_hana(types<Rs...>) {
    return hana::make_basic_tuple(Rs{}...);
}

// f(stage refs...): the stages of an order as a pack. Each is an empty type
// (ref<S>), so this is all hana::unpack would do, without its headers.
template <class... Rs, class F>
constexpr auto unpack(hana::basic_tuple<Rs...>, F f) {
    return f(Rs{}...);
}

template <class Links>
constexpr auto order_of(Links) {
    return as_hana(typename collect_all<types<>, Links>::type{});
}

template <std::size_t K>
constexpr bool names_unique(const detail::array<text_view, K>& names) {
    for (std::size_t i = 0; i < K; ++i)
        for (std::size_t j = i + 1; j < K; ++j)
            if (names[i] == names[j]) return false;
    return true;
}

// The names of the stages in Order, and a stage rendered alone (which is
// not among its own links) when `alone` is given.
template <class Order>
constexpr bool unique_names(Order order, text_view alone = {}) {
    return detail::unpack(order, [alone](auto... r) {
        return names_unique(detail::array<text_view, sizeof...(r) + 1>{
            stage_of<decltype(r)::stage>::name.view()..., alone});
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

namespace problem {
[[noreturn]] inline void FROM_uses_an_ARG_not_declared_before_the_first_FROM(text_view name) {
    detail::raise("FROM uses an ARG not declared before the first FROM (UndefinedArgInFrom); declare it in "
                  "global_args(arg(...))",
                  name);
}
[[noreturn]] inline void a_global_ARG_that_FROM_uses_needs_a_default(text_view name) {
    detail::raise("a global ARG that FROM uses needs a default, or the image name is empty (InvalidDefaultArgInFrom)",
                  name);
}
[[noreturn]] inline void a_global_ARG_cannot_be_forwarded_into_ENV(text_view name) {
    detail::raise("a global ARG cannot be forwarded into ENV: there is no stage yet; declare it again in the stage",
                  name);
}
[[noreturn]] inline void global_args_holds_at_most_32_ARGs() { detail::raise("global_args holds at most 32 ARGs", ""); }
}  // namespace problem

// ARGs before the first FROM, which FROM lines may use:
// dockerfile<app>(global_args(arg("DEBIAN", "12"))) with
// stage<"app">(expand("debian:${DEBIAN}")).
template <std::size_t N>
struct global_args_t {
    detail::array<cell, N> cells;
};
template <class... A>
    requires(std::same_as<A, node<what::arg, 1>> && ...)
constexpr global_args_t<sizeof...(A)> global_args(const A&... args) {
    global_args_t<sizeof...(A)> g{{args.cells[0]...}};
    for (const cell& c : g.cells)
        if (c.has(bit::also_env)) problem::a_global_ARG_cannot_be_forwarded_into_ENV(c.a);
    return g;
}

// The # check= directive: how BuildKit runs its build checks on the file.
// checks_are_errors fails the build on any (error=true); skip_check("Name")
// turns one off (skip=Name,...), or all of them with "all".
struct checks_are_errors_t {
    explicit constexpr checks_are_errors_t() = default;
};
inline constexpr checks_are_errors_t checks_are_errors{};
struct skip_check_t {
    text_view rule;
};

namespace detail {
inline constexpr text_view build_checks[] = {
    "all", "ConsistentInstructionCasing", "CopyIgnoredFile", "DuplicateStageName", "ExposeInvalidFormat",
    "ExposeProtoCasing", "FromAsCasing", "FromPlatformFlagConstDisallowed", "InvalidBaseImagePlatform",
    "InvalidDefaultArgInFrom", "JSONArgsRecommended", "LegacyKeyValueFormat", "MaintainerDeprecated",
    "MultipleInstructionsDisallowed", "NoEmptyContinuation", "RedundantTargetPlatform", "ReservedStageName",
    "SecretsUsedInArgOrEnv", "StageNameCasing", "UndefinedArgInFrom", "UndefinedVar", "WorkdirRelativePath"};
}  // namespace detail

namespace problem {
[[noreturn]] inline void skip_check_names_no_build_check_BuildKit_has(text_view rule) {
    detail::raise("skip_check names no build check BuildKit has (a rule such as JSONArgsRecommended, or all)", rule);
}
[[noreturn]] inline void skip_check_holds_at_most_24_rules() { detail::raise("skip_check holds at most 24 rules", ""); }
}  // namespace problem

constexpr skip_check_t skip_check(text rule) {
    if (!detail::one_of(rule.view(), detail::build_checks)) problem::skip_check_names_no_build_check_BuildKit_has(rule.view());
    return {rule.view()};
}

// # escape=`: the backtick is the file's escape character, as Windows images
// use it so that paths keep their backslashes. ctdf writes every escape with
// it; text that would end a line with a backtick is refused.
struct escape_backtick_t {
    explicit constexpr escape_backtick_t() = default;
};
inline constexpr escape_backtick_t escape_backtick{};

namespace problem {
[[noreturn]] inline void text_ends_with_a_backtick_which_BuildKit_reads_as_joining_the_next_line(text_view s) {
    detail::raise("text ends with a backtick, the escape character of this file, which BuildKit reads as joining the "
                  "next line to this one",
                  s);
}
}  // namespace problem

// A whole Dockerfile: the stages in the order they must stand (Order, a Hana
// tuple of stage links), the syntax line and the global ARGs.
template <class Order>
struct dockerfile_t {
    static constexpr Order order{};
    text syntax{};  // empty: no syntax line
    frontend target = dockerfile_1;
    detail::array<cell, 32> globals{};
    std::size_t global_count = 0;
    char escape = '\\';           // # escape=` when a backtick
    bool checks_error = false;  // # check=error=true
    detail::array<text_view, 24> skipped{};
    std::size_t skipped_count = 0;

    constexpr void set(checks_are_errors_t) { checks_error = true; }
    constexpr void set(escape_backtick_t) { escape = '`'; }
    constexpr void set(skip_check_t s) {
        if (skipped_count == skipped.size()) problem::skip_check_holds_at_most_24_rules();
        skipped[skipped_count++] = s.rule;
    }

    template <std::size_t N>
    constexpr void set(const global_args_t<N>& g) {
        if (global_count + N > globals.size()) problem::global_args_holds_at_most_32_ARGs();
        for (const cell& c : g.cells) globals[global_count++] = c;
    }
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
    return detail::unpack(order, [&](auto... r) {
        const void* const placed[] = {&decltype(r)::stage...};
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
// Each variable a FROM word refers to ($NAME, ${NAME...}) must be a global
// ARG with a default, or an automatic platform ARG; with the defaults put in,
// the image must be a valid reference.
template <class O>
constexpr void check_from(text_view word, bool image, const dockerfile_t<O>& d) {
    char expanded[512]{};
    std::size_t size = 0, copied = 0;
    bool exact = image;  // whether expanded is what BuildKit would make of it
    auto put = [&](text_view s) {
        for (char c : s)
            if (size != sizeof expanded) expanded[size++] = c;
    };
    // The scan stops at the first unusable variable, reported from here: each
    // call between a check and its refusal is a note more in the error.
    text_view undeclared, no_default;
    each_variable(word, [&](text_view name, bool plain, std::size_t at, std::size_t after) {
        put(word.substr(copied, at - copied));
        copied = after;
        exact = exact && plain;
        if (automatic_platform_arg(name)) {
            exact = false;
            return true;
        }
        const cell* found = nullptr;
        for (std::size_t g = 0; g != d.global_count; ++g)
            if (d.globals[g].a == name) found = &d.globals[g];
        if (!found) return undeclared = name, false;
        if (!found->has(bit::has_b) || found->b.empty()) return no_default = name, false;
        put(found->b);
        return true;
    });
    if (!undeclared.empty()) problem::FROM_uses_an_ARG_not_declared_before_the_first_FROM(undeclared);
    if (!no_default.empty()) problem::a_global_ARG_that_FROM_uses_needs_a_default(no_default);
    put(word.substr(copied));
    if (exact && size != sizeof expanded) names::reference::check(text_view(expanded, size));
}

template <class S, class O>
constexpr void check_from(const S& s, const dockerfile_t<O>& d) {
    if constexpr (S::parent::size == 0)
        if (s.image.raw()) check_from(s.image.view(), true, d);
    if (s.platform.present()) check_from(s.platform.view(), false, d);
}

template <class... Rs, class O>
constexpr void check_froms(hana::basic_tuple<Rs...>, const dockerfile_t<O>& d) {
    (check_from(Rs::stage, d), ...);
}

// The flags of a COPY or ADD newer than the target: each flag cell holds the
// docker/dockerfile minor version it needs.
constexpr void check_copy_target(const cell* head, const frontend& target) {
    if (head->code == op::add && head->has(bit::link_asked) && !target.link)
        problem::ADD_link_needs_docker_dockerfile_1_4_which_the_target_does_not_read(target.name);
    if (head->code == op::add && target.minor < since::add_git && names::git_source(head->a))
        problem::ADD_from_git_needs_docker_dockerfile_1_6_which_the_target_does_not_read(target.name);
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        const cell& f = head[i];
        if (f.n <= target.minor) continue;
        if (f.a == "chmod" && f.n == since::symbolic_chmod)
            problem::symbolic_chmod_needs_docker_dockerfile_1_14_which_the_target_does_not_read(target.name);
        if (f.a == "chmod") problem::chmod_needs_docker_dockerfile_1_2_which_the_target_does_not_read(target.name);
        if (f.a == "checksum") problem::ADD_checksum_needs_docker_dockerfile_1_6_which_the_target_does_not_read(target.name);
        if (f.a == "unpack") problem::ADD_unpack_needs_docker_dockerfile_1_17_which_the_target_does_not_read(target.name);
        if (f.a == "exclude") problem::exclude_needs_docker_dockerfile_1_19_which_the_target_does_not_read(target.name);
        if (f.a == "parents") problem::COPY_parents_needs_docker_dockerfile_1_20_which_the_target_does_not_read(target.name);
    }
}

// The cells of a stage. The file's checks loop over the stages' cells rather
// than fold calls over them: clang evaluates a fold of calls with constant
// arguments once more while compiling the template, to look for overflow.
struct cell_span {
    const cell* cells;
    std::size_t size;
};

// Text written as it stands at the end of a line (RUN commands, expand()
// values, a shell-form HEALTHCHECK) must not end in the backtick when it is
// the escape character.
// Not templates of the stage: one function for every stage, so a file that
// never uses the backtick does not compile a copy per stage type.
constexpr void check_backtick_ends(const cell* cells, std::size_t n) {
    for (const cell* c = cells; c != cells + n; ++c) {
        const bool as_is = c->code == op::command || (c->flags & (bit::raw_a | bit::raw_b));
        if (!as_is) continue;
        if (chars::ends_in_continuation(c->a, '`'))
            problem::text_ends_with_a_backtick_which_BuildKit_reads_as_joining_the_next_line(c->a);
        if (chars::ends_in_continuation(c->b, '`'))
            problem::text_ends_with_a_backtick_which_BuildKit_reads_as_joining_the_next_line(c->b);
    }
}
template <class... Rs>
constexpr void check_backtick_ends(hana::basic_tuple<Rs...>) {
    const cell_span spans[] = {{nullptr, 0}, {Rs::stage.cells.data(), Rs::stage.size}...};
    for (const cell_span& s : spans) check_backtick_ends(s.cells, s.size);
}

// What the target frontend cannot read: refused, naming the feature.
constexpr void check_target(const cell* cells, std::size_t n, const frontend& target) {
    for (const cell* p = cells; p != cells + n; ++p) {
        const cell& c = *p;
        if (c.code == op::mount || c.code == op::run_flag) check_run_target(&c, target);
        if (c.code == op::copy && c.has(bit::link_asked) && !target.link)
            problem::COPY_link_needs_docker_dockerfile_1_4_which_the_target_does_not_read(target.name);
        if (c.code == op::copy || c.code == op::add) check_copy_target(&c, target);
        if ((c.code == op::script || (c.code == op::copy && c.has(bit::heredoc))) && target.minor < since::heredoc)
            problem::heredocs_need_docker_dockerfile_1_4_which_the_target_does_not_read(target.name);
    }
}

// A plain loop over the stages, not detail::unpack: each call between here
// and the refusal is one more note in the compiler's error.
template <class... Rs>
constexpr void check_targets(hana::basic_tuple<Rs...>, const frontend& target) {
    const cell_span spans[] = {{nullptr, 0}, {Rs::stage.cells.data(), Rs::stage.size}...};
    for (const cell_span& s : spans) check_target(s.cells, s.size, target);
}

template <class T>
inline constexpr bool file_option = false;
template <>
inline constexpr bool file_option<syntax_t> = true;
template <>
inline constexpr bool file_option<no_syntax_t> = true;
template <>
inline constexpr bool file_option<target_t> = true;
template <std::size_t N>
inline constexpr bool file_option<global_args_t<N>> = true;
template <>
inline constexpr bool file_option<checks_are_errors_t> = true;
template <>
inline constexpr bool file_option<escape_backtick_t> = true;
template <>
inline constexpr bool file_option<skip_check_t> = true;
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
    if (!d.target.mounts || !d.target.link || d.target.minor != since::latest || !d.target.private_sharing)
        detail::check_targets(order{}, d.target);
    detail::check_froms(order{}, d);
    if (d.escape == '`') detail::check_backtick_ends(order{});
    if (d.escape == '`' && !d.target.backtick_escape)
        problem::escape_backtick_is_not_read_in_quoted_values_by_the_target(d.target.name);
    if ((d.checks_error || d.skipped_count != 0) && d.target.minor < since::check)
        problem::check_directive_needs_docker_dockerfile_1_8_which_the_target_does_not_read(d.target.name);
    return d;
}

}  // namespace ctdf

#endif
