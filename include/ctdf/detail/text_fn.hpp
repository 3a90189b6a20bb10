#ifndef CTDF_DETAIL_TEXT_FN_HPP
#define CTDF_DETAIL_TEXT_FN_HPP

#include <ctdf/detail/flatten.hpp>
#include <ctdf/text.hpp>

namespace ctdf::detail {

// A function of any number of texts (cmd, entrypoint, run, ...). One to
// eight arguments take plain non-template overloads: a literal then becomes
// text at the call, checked at compile time, and literals of every length
// share one function instead of one template instance per length. More
// arguments go through a template and are checked where it is evaluated.
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
        requires(sizeof...(A) > 8 && (textual<A> && ...))
    constexpr auto operator()(const A&... args) const {
        return Impl::make(to_text(args)...);
    }
};

}  // namespace ctdf::detail

#endif
