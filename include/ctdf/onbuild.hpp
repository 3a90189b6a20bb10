#ifndef CTDF_ONBUILD_HPP
#define CTDF_ONBUILD_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>

#include <ctdf/cell.hpp>
#include <ctdf/error.hpp>
#include <ctdf/node.hpp>

namespace ctdf {

namespace problem {
[[noreturn]] inline void ONBUILD_cannot_hold_an_ARG_forwarded_into_ENV_that_is_two_instructions(text_view name) {
    detail::raise("ONBUILD holds one instruction; an ARG forwarded into ENV is two: declare the ENV in its own ONBUILD",
                  name);
}
[[noreturn]] inline void ONBUILD_holds_an_ENV_or_LABEL_that_writes_nothing() {
    detail::raise("ONBUILD holds an ENV or LABEL whose values are all none: it would write nothing", "");
}
}  // namespace problem

// ONBUILD <instruction>: an instruction kept in the image, run when another
// build starts FROM it. BuildKit refuses ONBUILD ONBUILD (and FROM and
// MAINTAINER, which ctdf has no node for); a trigger runs in the other build,
// which has none of this file's stages to copy from.
template <what W, std::size_t N, class L, std::size_t R>
constexpr node<what::onbuild, N + 1> onbuild(const node<W, N, L, R>& trigger) {
    static_assert(W != what::onbuild, "ctdf: ONBUILD cannot hold another ONBUILD");
    static_assert(W != what::command, "ctdf: ONBUILD holds an instruction; a command goes in run(...)");
    static_assert(L::size == 0,
                  "ctdf: ONBUILD cannot copy from a stage of this file: the build it runs in has no such stage");
    static_assert(R <= 1, "ctdf: ONBUILD holds one instruction; this scope holds several RUNs");
    const cell& head = trigger.cells[0];
    if (head.code == op::arg && head.has(bit::also_env))
        problem::ONBUILD_cannot_hold_an_ARG_forwarded_into_ENV_that_is_two_instructions(head.a);
    if (head.code == op::env || head.code == op::label) {
        bool any = false;
        for (std::size_t i = 1; i < N; ++i) any = any || trigger.cells[i].has(bit::has_b);
        if (!any) problem::ONBUILD_holds_an_ENV_or_LABEL_that_writes_nothing();
    }
    node<what::onbuild, N + 1> n{};
    n.cells[0] = cell{op::onbuild, 0, {}, static_cast<std::uint32_t>(N), {}, {}, {}};
    for (std::size_t i = 0; i != N; ++i) n.cells[i + 1] = trigger.cells[i];
    return n;
}

}  // namespace ctdf

#endif
