#ifndef CTDF_LAYOUT_HPP
#define CTDF_LAYOUT_HPP

#include <cstddef>
#include <string_view>

#include <boost/hana/unpack.hpp>

#include <ctdf/cell.hpp>
#include <ctdf/dockerfile.hpp>
#include <ctdf/quote.hpp>
#include <ctdf/stage.hpp>

// How a Dockerfile is written: each instruction from its cells, stages in
// order, the syntax line. Every function writes through a sink, so the
// compile-time render and the run-time one are the same code.

namespace ctdf {

namespace detail {

// A Dockerfile word whose quoting was decided when its cell was made.
template <class Sink>
constexpr void value(Sink& out, std::string_view v, bool bare) {
    if (bare)
        out.put(v);
    else
        quote::dockerfile_quoted(out, v);
}

template <class Sink>
constexpr void shell_value(Sink& out, std::string_view v, bool bare) {
    if (bare)
        out.put(v);
    else
        quote::shell_quoted(out, v);
}

template <class Sink>
constexpr void exec_form(Sink& out, std::string_view keyword, const cell* c) {
    out.put(keyword);
    out.put(" [");
    for (std::uint32_t i = 1; i <= c->n; ++i) {
        if (i != 1) out.put(", ");
        quote::json_string(out, c[i].a);
    }
    out.put(']');
}

template <class Sink>
constexpr void copy_arg_json(Sink& out, std::string_view s, bool raw) {
    if (raw)
        quote::json_string(out, s);
    else
        quote::json_dockerfile_word(out, s);
}

template <class Sink>
constexpr void copy(Sink& out, const cell& c) {
    out.put("COPY");
    if (!c.c.empty()) {
        out.put(" --from=");
        out.put(c.c);
    }
    if (c.has(flag::link)) out.put(" --link");
    const bool raw_src = c.has(flag::raw_a), raw_dst = c.has(flag::raw_b);
    if (c.has(flag::bare_a) && c.has(flag::bare_b)) {
        out.put(' ');
        out.put(c.a);
        out.put(' ');
        out.put(c.b);
        return;
    }
    // Paths with spaces need the JSON form, whose strings BuildKit lexes again.
    out.put(" [");
    copy_arg_json(out, c.a, raw_src);
    out.put(", ");
    copy_arg_json(out, c.b, raw_dst);
    out.put(']');
}

template <class Sink>
constexpr void mount(Sink& out, const cell& c) {
    switch (c.sub) {
        case mount_kind::cache:
            out.put("--mount=type=cache,target=");
            out.put(c.a);
            if (c.has(flag::locked)) out.put(",sharing=locked");
            return;
        case mount_kind::secret:
            out.put("--mount=type=secret,id=");
            out.put(c.a);
            if (c.has(flag::has_b)) {
                out.put(",target=");
                out.put(c.b);
            }
            return;
        case mount_kind::bind:
            out.put("--mount=type=bind,source=");
            out.put(c.a);
            out.put(",target=");
            out.put(c.b);
            return;
    }
}

template <class Sink>
constexpr void shell_assignment(Sink& out, const cell& c) {
    out.put(c.a);
    out.put('=');
    shell_value(out, c.b, c.has(flag::bare_b));
}

// RUN [mounts] then the commands one per line, joined with &&. Scoped env is
// exported first so that every command sees it; inline env prefixes each.
template <class Sink>
constexpr void run(Sink& out, const cell* head) {
    const cell* begin = head + 1;
    const cell* end = begin + head->n;
    out.put("RUN");
    bool mounts = false, exports = false, prefixed = false;
    for (const cell* p = begin; p != end; ++p) {
        if (p->code == op::mount) {
            out.put(' ');
            mount(out, *p);
            mounts = true;
        }
        exports = exports || (p->code == op::scoped_env && p->has(flag::has_b));
        prefixed = prefixed || (p->code == op::run_env && p->has(flag::has_b));
    }
    bool first = true;
    // Starts a command: the separator, then the RUN's inline variables.
    auto next = [&](bool with_prefix) {
        using namespace std::string_view_literals;  // a sized literal: no length loop
        out.put(first ? (mounts ? " \\\n  "sv : " "sv) : " \\\n  && "sv);
        first = false;
        if (!with_prefix || !prefixed) return;
        for (const cell* p = begin; p != end; ++p) {
            if (p->code != op::run_env || !p->has(flag::has_b)) continue;
            shell_assignment(out, *p);
            out.put(' ');
        }
    };
    if (exports) {
        next(false);
        out.put("export");
        for (const cell* p = begin; p != end; ++p) {
            if (p->code != op::scoped_env || !p->has(flag::has_b)) continue;
            out.put(' ');
            shell_assignment(out, *p);
        }
    }
    for (const cell* p = begin; p != end; ++p) {
        if (p->code == op::command) {
            next(true);
            for (std::uint32_t i = 1; i <= p->n; ++i) {
                if (!p[i].has(flag::has_b)) continue;
                shell_assignment(out, p[i]);
                out.put(' ');
            }
            out.put(p->a);
        } else if (p->code == op::apt_update) {
            if (p->has(flag::skip)) continue;
            next(true);
            out.put("apt-get update -y");
        } else if (p->code == op::apt_install) {
            next(true);
            out.put("apt-get install -y --no-install-recommends");
            for (std::uint32_t i = 1; i <= p->n; ++i) {
                out.put(' ');
                shell_value(out, p[i].a, p[i].has(flag::bare_a));
            }
        }
        p += p->n;  // past the parts of this cell
    }
}

template <class Sink>
constexpr void env(Sink& out, const cell* head) {
    bool any = false;
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        const cell& e = head[i];
        if (!e.has(flag::has_b)) continue;
        if (any)
            out.put(' ');
        else
            out.put("ENV ");
        any = true;
        out.put(e.a);
        out.put('=');
        value(out, e.b, e.has(flag::bare_b));
    }
    if (any) out.put('\n');
}

template <class Sink>
constexpr void arg(Sink& out, const cell& c) {
    out.put("ARG ");
    out.put(c.a);
    if (c.has(flag::has_b)) {
        out.put('=');
        value(out, c.b, c.has(flag::bare_b));
    }
    out.put('\n');
    if (!c.has(flag::also_env)) return;
    out.put("ENV ");
    out.put(c.a);
    out.put("=${");
    out.put(c.a);
    out.put("}\n");
}

template <class Sink>
constexpr void path(Sink& out, const cell* head) {
    out.put("ENV PATH=");
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        value(out, head[i].a, head[i].has(flag::bare_a));
        out.put(':');
    }
    out.put("$PATH\n");
}

template <class Sink>
constexpr void workdir(Sink& out, const cell& c) {
    out.put("WORKDIR ");
    value(out, c.a, c.has(flag::bare_a));
    out.put('\n');
}

// One instruction (and its parts) from head; returns the cell after it.
// Each case is one call: clang steps over the statements before a case to
// reach it, so the switch stays short.
template <class Sink>
constexpr const cell* instruction(Sink& out, const cell* head) {
    switch (head->code) {
        case op::run: run(out, head), out.put('\n'); break;
        case op::env: env(out, head); break;
        case op::copy: copy(out, *head), out.put('\n'); break;
        case op::arg: arg(out, *head); break;
        case op::workdir: workdir(out, *head); break;
        case op::path: path(out, head); break;
        case op::cmd: exec_form(out, "CMD", head), out.put('\n'); break;
        case op::entrypoint: exec_form(out, "ENTRYPOINT", head), out.put('\n'); break;
        default: break;  // parts are written by their instruction
    }
    return head + 1 + head->n;
}

template <class Sink, class S>
constexpr void stage(Sink& out, const S& s) {
    out.put("FROM ");
    if constexpr (S::parent::size == 0)
        out.put(s.image.view());
    else
        out.put(stage_of<first<typename S::parent>::type::stage>::name.view());
    out.put(" AS ");
    out.put(S::name.view());
    out.put('\n');
    const cell* end = s.cells.data() + S::size;
    for (const cell* p = s.cells.data(); p != end;) p = instruction(out, p);
}

template <class Sink, class Order>
constexpr void stages(Sink& out, Order order, bool& first) {
    hana::unpack(order, [&](auto... r) {
        auto one = [&](const auto& s) {
            if (!first) out.put('\n');
            first = false;
            stage(out, s);
        };
        (one(decltype(r)::type::stage), ...);
        (void)one;  // no stages: nothing calls it
    });
}

template <class Sink>
constexpr void syntax_line(Sink& out, std::string_view syntax) {
    if (syntax.empty()) return;
    out.put("# syntax=");
    out.put(syntax);
    out.put('\n');
}

template <class Sink, class O>
constexpr void file(Sink& out, const dockerfile_t<O>& d) {
    syntax_line(out, d.syntax.view());
    bool first = true;
    stages(out, d.order, first);
}

// A stage alone is the file of it and the stages it needs. The stage itself
// is written from the value given, so stages built at run time render too.
template <class Sink, fixed_string Name, class P, std::size_t N, class L>
constexpr void file(Sink& out, const stage_t<Name, P, N, L>& s) {
    constexpr auto order = order_of(L{});
    static_assert(unique_names(order, Name.view()),
                  "ctdf: two different stages of this Dockerfile have the same name");
    syntax_line(out, "docker/dockerfile:1");
    bool first = true;
    stages(out, order, first);
    if (!first) out.put('\n');
    stage(out, s);
}

}  // namespace detail

}  // namespace ctdf

#endif
