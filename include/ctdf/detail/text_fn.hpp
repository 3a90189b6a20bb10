#ifndef CTDF_DETAIL_TEXT_FN_HPP
#define CTDF_DETAIL_TEXT_FN_HPP

#include <ctdf/detail/flatten.hpp>
#include <ctdf/text.hpp>

namespace ctdf::detail {

template <class... A>
inline constexpr bool few_texts = sizeof...(A) <= 8 && (textual<A> && ...);

// A function of any number of texts (cmd, entrypoint, run, ...). One to
// eight texts take plain non-template overloads: a literal then becomes text
// at the call, checked at compile time, and literals of every length share
// one function instead of one template instance per length. Anything else
// (more texts, or run's commands) goes through one template to Impl::any and
// is checked where it is evaluated.
template <class Impl>
struct text_fn {
    constexpr auto operator()(text a) const { return Impl::make(a); }
    constexpr auto operator()(text a, text b) const { return Impl::make(a, b); }
    constexpr auto operator()(text a, text b, text c) const { return Impl::make(a, b, c); }
    constexpr auto operator()(text a, text b, text c, text d) const { return Impl::make(a, b, c, d); }
    constexpr auto operator()(text a, text b, text c, text d, text e) const { return Impl::make(a, b, c, d, e); }
    constexpr auto operator()(text a, text b, text c, text d, text e, text f) const {
        return Impl::make(a, b, c, d, e, f);
    }
    constexpr auto operator()(text a, text b, text c, text d, text e, text f, text g) const {
        return Impl::make(a, b, c, d, e, f, g);
    }
    constexpr auto operator()(text a, text b, text c, text d, text e, text f, text g, text h) const {
        return Impl::make(a, b, c, d, e, f, g, h);
    }
    template <class... A>
        requires(!few_texts<A...>)
    constexpr auto operator()(const A&... args) const {
        return Impl::any(args...);
    }
};

// Impl::any for functions of texts only.
template <class Impl>
struct texts_only {
    template <class... A>
    static constexpr auto any(const A&... args) {
        static_assert((textual<A> && ...), "ctdf: every argument here is text");
        return Impl::make(to_text(args)...);
    }
};

}  // namespace ctdf::detail

#endif
