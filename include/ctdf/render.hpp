#ifndef CTDF_RENDER_HPP
#define CTDF_RENDER_HPP

#include <cstddef>
#include <type_traits>


#include <ctdf/cell.hpp>
#include <ctdf/dockerfile.hpp>
#include <ctdf/layout.hpp>
#include <ctdf/sink.hpp>
#include <ctdf/stage.hpp>

namespace ctdf {

namespace detail {

// g++ cannot memcpy while it evaluates: it counts first, then writes into an
// array of exactly that size. clang copies with memcpy in one step, so it
// renders once into a buffer whose size is bounded from the cells (about
// three times the text) and keeps that buffer: the text is its first size()
// characters, then NULs. Copying the text into an exact array costs clang
// more than a tenth of a large definition's compile. It counts first only
// where the bound would make too large an array (clang 19 refuses arrays
// longer than its step limit).
template <const auto& X>
inline constexpr std::size_t rendered_size = [] {
    count_sink s;
    file(s, X);
    return s.size;
}();

// Filled where it stands: returning a filled array would copy every
// character once more inside the constant evaluator.
template <const auto& X>
struct counted : fixed_text<rendered_size<X>> {
    constexpr counted() {
        buffer_sink s{this->chars};
        file(s, X);
    }
};

#if defined(__clang__)
// At most what a cell writes: 56 characters of its own (keywords,
// separators, quotes), its text once where it is written as it is (bare) and
// six times where it may be escaped (\u00XX).
constexpr std::size_t cell_bound(const cell& c) {
    const std::size_t a = c.a.size(), b = c.b.size();
    return 56 + ((c.flags & bit::bare_a) ? a : 6 * a) + ((c.flags & bit::bare_b) ? b : 6 * b) +
           ((c.flags & bit::also_env) ? 2 * a : 0) +
           (c.code >= op::apt_ppa ? 160 + 3 * c.c.size() : c.c.size());  // verbs write more words
}

// One pass over the cells. A RUN's inline variables go before each of its
// commands: counted once per part of the RUN, twice over (an apt repository
// is two commands), which is more than enough.
template <class S>
constexpr std::size_t stage_bound(const S& s) {
    std::size_t bound = 48 + s.image.view().size() + s.platform.view().size() + 2 * S::name.size();
    std::size_t run_parts = 0;
    const cell* cells = s.cells.data();
    for (const cell* c = cells; c != cells + S::size; ++c) {
        bound += cell_bound(*c);
        if (c->code == op::run) run_parts = c->n;
        if (c->code == op::run_env) bound += 2 * run_parts * cell_bound(*c);
    }
    return bound;
}

// Summed in a loop, not a fold: clang evaluates a fold of calls with
// constant arguments once more while compiling the template, to look for
// overflow, and each call here walks a whole stage.
template <class... Rs>
constexpr std::size_t stages_bound(hana::basic_tuple<Rs...>) {
    const std::size_t bounds[] = {0, stage_bound(Rs::stage)...};
    std::size_t total = 0;
    for (std::size_t b : bounds) total += b;
    return total;
}

template <class O>
constexpr std::size_t file_bound(const dockerfile_t<O>& d) {
    std::size_t bound = 64 + d.syntax.view().size() + stages_bound(d.order);
    for (std::size_t i = 0; i != d.global_count; ++i) bound += cell_bound(d.globals[i]);
    for (std::size_t i = 0; i != d.skipped_count; ++i) bound += 1 + d.skipped[i].size();
    return bound;
}
template <fixed_string Name, class P, std::size_t N, class L>
constexpr std::size_t file_bound(const stage_t<Name, P, N, L>& s) {
    return 64 + stage_bound(s) + stages_bound(order_of(L{}));
}

template <const auto& X>
inline constexpr std::size_t bound_of = file_bound(X);

// Rendered where it stands: returning a filled array would copy every
// character once more inside the constant evaluator.
template <const auto& X>
struct drafted {
    char chars[bound_of<X> + 1]{};
    std::size_t used = 0;
    constexpr drafted() {
        buffer_sink s{chars};
        file(s, X);
        used = s.at;
    }
    constexpr text_view view() const { return {chars, used}; }
    constexpr const char* c_str() const { return chars; }
    static constexpr std::size_t size();
    template <class S>
        requires requires(const char* p, std::size_t n) { S(p, n); }
    constexpr operator S() const {
        return S(chars, used);
    }
};

template <const auto& X>
constexpr bool draft_first = bound_of<X> <= 1000000;
#else
template <const auto& X>
constexpr bool draft_first = false;
template <const auto& X>
struct drafted;
#endif

template <const auto& X>
using rendered = std::conditional_t<draft_first<X>, drafted<X>, counted<X>>;

}  // namespace detail

// The Dockerfile of a stage or dockerfile<...>, as a compile-time constant:
// static_assert(ctdf::render<image>.view().starts_with("# syntax=")).
template <const auto& X>
inline constexpr detail::rendered<X> render{};

#if defined(__clang__)
template <const auto& X>
constexpr std::size_t detail::drafted<X>::size() {
    return render<X>.used;
}
#endif

}  // namespace ctdf

#endif
