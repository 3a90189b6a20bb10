#ifndef CTDF_STAGE_REF_HPP
#define CTDF_STAGE_REF_HPP

#include <type_traits>

namespace ctdf {

template <class T>
inline constexpr bool is_stage = false;

namespace detail {
// A link to another stage: the stage object itself, carried in a type so
// that the graph is walked by the compiler.
template <const auto& S>
struct ref {
    static constexpr const auto& stage = S;
};

template <const auto& S>
using stage_of = std::remove_cvref_t<decltype(S)>;
}  // namespace detail

}  // namespace ctdf

#endif
