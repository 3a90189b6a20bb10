#ifndef CTDF_LAYOUT_HPP
#define CTDF_LAYOUT_HPP

#include <cstddef>
#include <initializer_list>
#include <ctdf/text_view.hpp>


#include <ctdf/cell.hpp>
#include <ctdf/dockerfile.hpp>
#include <ctdf/frontend.hpp>
#include <ctdf/quote.hpp>
#include <ctdf/stage.hpp>

// How a Dockerfile is written: each instruction from its cells, stages in
// order, the syntax line. Every function writes through a sink, so the
// compile-time render and the run-time one are the same code.

namespace ctdf {

namespace detail {

// A Dockerfile word whose quoting was decided when its cell was made.
template <class Sink>
constexpr void value(Sink& out, text_view v, bool bare, bool last = true) {
    if (bare)
        out.put(v);
    else
        quote::dockerfile_quoted(out, v, last);
}

template <class Sink>
constexpr void shell_value(Sink& out, text_view v, bool bare) {
    if (bare)
        out.put(v);
    else
        quote::shell_quoted(out, v);
}

template <class Sink>
constexpr void exec_form(Sink& out, text_view keyword, const cell* c) {
    out.put(keyword);
    out.put(" [");
    for (std::uint32_t i = 1; i <= c->n; ++i) {
        if (i != 1) out.put(", ");
        quote::json_string(out, c[i].a);
    }
    out.put(']');
}

template <class Sink>
constexpr void copy_arg_json(Sink& out, text_view s, bool raw) {
    if (raw)
        quote::json_string(out, s);
    else
        quote::json_dockerfile_word(out, s);
}

// The lines of a heredoc's body, each ending in a newline, then the
// delimiter (the instruction's newline follows).
template <class Sink>
constexpr void heredoc_body(Sink& out, const cell* first, const cell* end, text_view delimiter) {
    for (const cell* p = first; p != end; ++p) out.put(p->a), out.put('\n');
    out.put(delimiter);
}

// COPY <<'EOF' dst: quoted, so BuildKit expands nothing in the lines. An
// inline file has no JSON form; its destination was checked to be bare.
template <class Sink>
constexpr void copy_inline_file(Sink& out, const cell* head) {
    const cell* first = head + 1;
    const cell* end = first + head->n;
    while (first != end && first->code == op::flag) ++first;
    out.put(" <<'"), out.put(head->a), out.put("' "), out.put(head->b), out.put('\n');
    heredoc_body(out, first, end, head->a);
}

// COPY or ADD: --from and --link, then the flags in the order given. Their
// values were checked to be plain words when their cells were made.
template <class Sink>
constexpr void copy(Sink& out, const cell* head, const frontend& target) {
    const cell& c = *head;
    out.put(c.code == op::add ? "ADD" : "COPY");
    if (!c.c.empty()) {
        out.put(" --from=");
        out.put(c.c);
    }
    if (c.has(bit::link) && target.link) out.put(" --link");
    for (std::uint32_t i = 1; i <= c.n && head[i].code == op::flag; ++i) {
        out.put(" --"), out.put(head[i].a);
        if (!head[i].has(bit::no_value)) out.put('='), out.put(head[i].b);
    }
    if (c.has(bit::heredoc)) return copy_inline_file(out, head);
    const bool raw_src = c.has(bit::raw_a), raw_dst = c.has(bit::raw_b);
    if (c.has(bit::bare_a) && c.has(bit::bare_b)) {
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
constexpr void shell_assignment(Sink& out, const cell& c) {
    out.put(c.a);
    out.put('=');
    shell_value(out, c.b, c.has(bit::bare_b));
}

template <class Sink>
constexpr void shell_item(Sink& out, const cell& c) {
    shell_value(out, c.a, c.has(bit::bare_a));
}

template <class Sink>
constexpr void number(Sink& out, const cell& c) {
    if (c.has(bit::negative)) out.put('-');
    char digits[10]{};
    std::size_t n = 0;
    std::uint32_t v = c.n;
    do digits[n++] = static_cast<char>('0' + v % 10);
    while ((v /= 10) != 0);
    while (n != 0) out.put(digits[--n]);
}

inline constexpr text_view mount_kinds[] = {"cache", "secret", "bind", "tmpfs", "ssh"};

// --mount=type=<kind>[,from=...] then where it goes, then its options in
// the order given.
template <class Sink>
constexpr void mount(Sink& out, const cell* head) {
    const cell& c = *head;
    out.put("--mount=type=");
    out.put(mount_kinds[static_cast<int>(c.sub)]);
    if (!c.c.empty()) out.put(",from="), out.put(c.c);
    const bool named = c.sub == mount_kind::secret || c.sub == mount_kind::ssh;
    if (!c.a.empty()) out.put(named ? ",id=" : c.sub == mount_kind::bind ? ",source=" : ",target="), out.put(c.a);
    if (c.has(bit::has_b)) out.put(",target="), out.put(c.b);
    for (std::uint32_t i = 1; i <= c.n; ++i) {
        const cell& o = head[i];
        out.put(','), out.put(o.a);
        if (o.has(bit::no_value)) continue;
        out.put('=');
        if (o.has(bit::number)) number(out, o);
        out.put(o.b);
    }
}

// The program, its arguments and flags, after its own inline variables.
template <class Sink>
constexpr void words_line(Sink& out, const cell* head) {
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        const cell& c = head[i];
        if (c.code == op::kv && c.has(bit::has_b)) shell_assignment(out, c), out.put(' ');
    }
    bool first = true;
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        const cell& c = head[i];
        if (c.code == op::item) {
            if (!first) out.put(' ');
            first = false;
            shell_item(out, c);
        } else if (c.code == op::flag && !c.has(bit::skip)) {
            out.put(" --");
            for (char ch : c.a) out.put(ch == '_' ? '-' : ch);
            if (c.has(bit::no_value)) continue;
            out.put(' ');
            if (c.has(bit::number))
                number(out, c);
            else
                shell_value(out, c.b, c.has(bit::bare_b));
        }
    }
}

// mkdir -p <the destination's directory> && curl -fsSL <url> -o <destination>
template <class Sink>
constexpr void fetch_line(Sink& out, const cell& c) {
    const std::size_t slash = c.b.rfind('/');
    const text_view dir = slash == text_view::npos ? "." : slash == 0 ? "/" : c.b.substr(0, slash);
    out.put("mkdir -p "), quote::shell_word(out, dir);
    out.put(" && curl -fsSL "), shell_value(out, c.a, c.has(bit::bare_a));
    out.put(" -o "), shell_value(out, c.b, c.has(bit::bare_b));
}

// One command of a RUN, from head: next(true) starts it (separator, inline
// variables); a verb that is two commands calls it twice.
template <class Sink, class Next>
constexpr void command(Sink& out, const cell* p, Next& next) {
    next(true);
    switch (p->code) {
        case op::command:
            for (std::uint32_t i = 1; i <= p->n; ++i) {
                if (!p[i].has(bit::has_b)) continue;
                shell_assignment(out, p[i]);
                out.put(' ');
            }
            return out.put(p->a);
        case op::apt_update: return out.put("apt-get update -y");
        case op::apt_install:
            out.put(p->has(bit::fast) ? "apt-fast" : "apt-get");
            out.put(" install -y --no-install-recommends");
            for (std::uint32_t i = 1; i <= p->n; ++i) out.put(' '), shell_item(out, p[i]);
            return;
        case op::apt_ppa: return out.put("add-apt-repository -y "), shell_item(out, *p);
        case op::apt_repo:
            out.put("curl -fsSL "), shell_item(out, *p);
            out.put(" | gpg --dearmor -o /usr/share/keyrings/"), out.put(p->c), out.put(".gpg");
            next(true);
            out.put("printf '%s\\n' 'deb [signed-by=/usr/share/keyrings/"), out.put(p->c), out.put(".gpg] '");
            shell_value(out, p->b, p->has(bit::bare_b));
            out.put(" > /etc/apt/sources.list.d/"), out.put(p->c), out.put(".list");
            return;
        case op::apt_clean: return out.put("rm -rf /var/lib/apt/lists/*");
        case op::words: return words_line(out, p);
        case op::echo:
            out.put("printf '%s\\n' "), shell_item(out, *p);
            out.put(p->has(bit::append) ? " >> " : " > ");
            return shell_value(out, p->b, p->has(bit::bare_b));
        case op::cd: return out.put("cd "), shell_item(out, *p);
        case op::curl_bash:
            out.put("curl --proto '=https' --tlsv1.2 -sSf "), shell_item(out, p[1]), out.put(" | bash -s");
            if (p->n > 1) out.put(" --");
            for (std::uint32_t i = 2; i <= p->n; ++i) out.put(' '), shell_item(out, p[i]);
            return;
        case op::tarball:
            out.put("curl -fsSL "), shell_item(out, *p), out.put(" | tar -xz -C ");
            shell_value(out, p->b, p->has(bit::bare_b));
            return out.put(" --strip-components="), number(out, p[1]);
        case op::fetch: return fetch_line(out, *p);
        default: return;
    }
}

// The RUN's variables as assignments, exported ones first so that inline
// ones win, as they do for commands.
template <class Sink>
constexpr void env_assignments(Sink& out, const cell* begin, const cell* end) {
    for (op code : {op::scoped_env, op::run_env})
        for (const cell* p = begin; p != end; ++p)
            if (p->code == code && p->has(bit::has_b)) out.put(' '), shell_assignment(out, *p);
}

// RUN [mounts] <<EOF, then the body. BuildKit hands the body of a lone
// heredoc to the default shell as it stands, so variables are exported on a
// first line of their own. With an interpreter, the shell reads the heredoc
// and feeds the body to the program, whose variables go before it; the
// delimiter is quoted so that the shell expands nothing.
template <class Sink>
constexpr void script_run(Sink& out, const cell* s, const cell* begin, const cell* end, bool flags, bool env) {
    if (flags) out.put(' '), out.put(out.escape), out.put("\n ");
    const cell* first = s + 1;
    const cell* last = s + 1 + s->n;
    if (first != last && first->code == op::item) {
        env_assignments(out, begin, end);
        out.put(" <<'"), out.put(s->a), out.put('\'');
        for (; first->code == op::item; ++first) out.put(' '), shell_item(out, *first);
        out.put('\n');
    } else {
        out.put(" <<"), out.put(s->a), out.put('\n');
        if (env) out.put("export"), env_assignments(out, begin, end), out.put('\n');
    }
    heredoc_body(out, first, last, s->a);
}

// RUN [mounts and flags] then the commands one per line, joined with &&. Scoped env is
// exported first so that every command sees it; inline env prefixes each.
template <class Sink>
constexpr void run(Sink& out, const cell* head) {
    const cell* begin = head + 1;
    const cell* end = begin + head->n;
    out.put("RUN");
    bool flags = false, exports = false, prefixed = false;
    bool apt_cached = false;  // a cache mount keeps apt's lists: no clean-up
    const cell* heredoc = nullptr;
    for (const cell* p = begin; p != end; ++p) {
        if (p->code == op::mount) {
            out.put(' ');
            mount(out, p);
            flags = true;
            apt_cached = apt_cached || p->a.starts_with("/var/lib/apt") || p->a.starts_with("/var/cache/apt");
        } else if (p->code == op::run_flag) {
            out.put(" --"), out.put(p->a), out.put('='), out.put(p->b);
            flags = true;
        }
        exports = exports || (p->code == op::scoped_env && p->has(bit::has_b));
        prefixed = prefixed || (p->code == op::run_env && p->has(bit::has_b));
        if (p->code == op::script) heredoc = p;
    }
    if (heredoc) return script_run(out, heredoc, begin, end, flags, exports || prefixed);
    bool first = true;
    // Starts a command: the separator, then the RUN's inline variables.
    auto next = [&](bool with_prefix) {
        if (first && !flags) {
            out.put(' ');
        } else {
            out.put(' '), out.put(out.escape);
            out.put(first ? "\n  " : "\n  && ");
        }
        first = false;
        if (!with_prefix || !prefixed) return;
        for (const cell* p = begin; p != end; ++p) {
            if (p->code != op::run_env || !p->has(bit::has_b)) continue;
            shell_assignment(out, *p);
            out.put(' ');
        }
    };
    if (exports) {
        next(false);
        out.put("export");
        for (const cell* p = begin; p != end; ++p) {
            if (p->code != op::scoped_env || !p->has(bit::has_b)) continue;
            out.put(' ');
            shell_assignment(out, *p);
        }
    }
    for (const cell* p = begin; p != end; ++p) {
        const bool skipped = p->has(bit::skip) || (p->code == op::apt_clean && apt_cached);
        if (p->code >= op::command && !skipped) command(out, p, next);
        p += p->n;  // past the parts of this cell
    }
}

// ENV or LABEL k=v ... on one line; entries whose value is none left out,
// and no line at all when none is left.
template <class Sink, std::size_t N>
constexpr void pairs(Sink& out, const char (&keyword)[N], const cell* head) {
    bool any = false;
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        const cell& e = head[i];
        if (!e.has(bit::has_b)) continue;
        if (any)
            out.put(' ');
        else
            out.put(keyword);
        any = true;
        out.put(e.a);
        out.put('=');
        value(out, e.b, e.has(bit::bare_b), i == head->n);
    }
    if (any) out.put('\n');
}

template <class Sink>
constexpr void arg(Sink& out, const cell& c) {
    out.put("ARG ");
    out.put(c.a);
    if (c.has(bit::has_b)) {
        out.put('=');
        value(out, c.b, c.has(bit::bare_b));
    }
    out.put('\n');
    if (!c.has(bit::also_env)) return;
    out.put("ENV ");
    out.put(c.a);
    out.put("=${");
    out.put(c.a);
    out.put("}\n");
}

// ENV PATH=a:b:$PATH, each entry's special characters escaped one by one:
// quoted pieces next to $PATH would be one word to BuildKit, but parsers
// such as dockerfile-ast do not join them. Multibyte characters are escaped
// too: BuildKit splits words on Unicode blanks such as U+00A0.
template <class Sink>
constexpr void path(Sink& out, const cell* head) {
    out.put("ENV PATH=");
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        if (head[i].has(bit::bare_a))
            out.put(head[i].a);
        else
            quote::escaped(out, head[i].a, quote::lexed_for(out.escape) | chars::wide, text_view(&out.escape, 1));
        out.put(':');
    }
    out.put("$PATH\n");
}

template <class Sink>
constexpr void workdir(Sink& out, const cell& c) {
    out.put("WORKDIR ");
    value(out, c.a, c.has(bit::bare_a));
    out.put('\n');
}

// KEYWORD part part ...
template <class Sink>
constexpr void words_of(Sink& out, text_view keyword, const cell* head) {
    out.put(keyword);
    for (std::uint32_t i = 1; i <= head->n; ++i) out.put(' '), out.put(head[i].a);
    out.put('\n');
}

// VOLUME ["a", "b"]: BuildKit lexes each string once more, as for COPY.
template <class Sink>
constexpr void volume(Sink& out, const cell* head) {
    out.put("VOLUME [");
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        if (i != 1) out.put(", ");
        quote::json_dockerfile_word(out, head[i].a);
    }
    out.put("]\n");
}

// HEALTHCHECK [--option=value ...] CMD ["program", ...], or HEALTHCHECK NONE.
template <class Sink>
constexpr void healthcheck(Sink& out, const cell* head) {
    out.put("HEALTHCHECK");
    if (head->has(bit::no_value)) return out.put(" NONE\n");
    bool first = true;
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        const cell& c = head[i];
        if (c.code == op::flag) {
            out.put(" --"), out.put(c.a), out.put('=');
            if (c.has(bit::number))
                number(out, c);
            else
                out.put(c.b);
            continue;
        }
        if (c.has(bit::raw_a)) return out.put(" CMD "), out.put(c.a), out.put('\n');  // the shell form
        if (first)
            out.put(" CMD [");
        else
            out.put(", ");
        first = false;
        quote::json_string(out, c.a);
    }
    out.put("]\n");
}

// One instruction (and its parts) from head; returns the cell after it.
// Each case is one call: clang steps over the statements before a case to
// reach it, so the switch stays short.
template <class Sink>
constexpr const cell* instruction(Sink& out, const cell* head, const frontend& target) {
    switch (head->code) {
        case op::run: run(out, head), out.put('\n'); break;
        case op::env: pairs(out, "ENV ", head); break;
        case op::copy: copy(out, head, target), out.put('\n'); break;
        case op::add: copy(out, head, target), out.put('\n'); break;
        case op::arg: arg(out, *head); break;
        case op::workdir: workdir(out, *head); break;
        case op::path: path(out, head); break;
        case op::cmd: exec_form(out, "CMD", head), out.put('\n'); break;
        case op::entrypoint: exec_form(out, "ENTRYPOINT", head), out.put('\n'); break;
        case op::user: out.put("USER "), value(out, head->a, head->has(bit::bare_a)), out.put('\n'); break;
        case op::expose: words_of(out, "EXPOSE", head); break;
        case op::label: pairs(out, "LABEL ", head); break;
        case op::volume: volume(out, head); break;
        case op::stopsignal: out.put("STOPSIGNAL "), out.put(head->a), out.put('\n'); break;
        case op::healthcheck: healthcheck(out, head); break;
        case op::shell: exec_form(out, "SHELL", head), out.put('\n'); break;
        case op::onbuild: out.put("ONBUILD "), instruction(out, head + 1, target); break;
        default: break;  // parts are written by their instruction
    }
    return head + 1 + head->n;
}

template <class Sink, class S>
constexpr void stage(Sink& out, const S& s, const frontend& target) {
    out.put("FROM ");
    if (s.platform.present()) out.put("--platform="), out.put(s.platform.view()), out.put(' ');
    if constexpr (S::parent::size == 0)
        out.put(s.image.view());
    else
        out.put(stage_of<first<typename S::parent>::type::stage>::name.view());
    out.put(" AS ");
    out.put(S::name.view());
    out.put('\n');
    const cell* end = s.cells.data() + S::size;
    for (const cell* p = s.cells.data(); p != end;) p = instruction(out, p, target);
}

template <class Sink, class Order>
constexpr void stages(Sink& out, Order order, bool& first, const frontend& target) {
    detail::unpack(order, [&](auto... r) {
        auto one = [&](const auto& s) {
            if (!first) out.put('\n');
            first = false;
            stage(out, s, target);
        };
        (one(decltype(r)::stage), ...);
        (void)one;  // no stages: nothing calls it
    });
}

template <class Sink>
constexpr void syntax_line(Sink& out, text_view syntax) {
    if (syntax.empty()) return;
    out.put("# syntax=");
    out.put(syntax);
    out.put('\n');
}

// # check=skip=A,B;error=true
template <class Sink, class O>
constexpr void check_line(Sink& out, const dockerfile_t<O>& d) {
    if (!d.checks_error && d.skipped_count == 0) return;
    out.put("# check=");
    for (std::size_t i = 0; i != d.skipped_count; ++i) out.put(i == 0 ? "skip=" : ","), out.put(d.skipped[i]);
    if (d.checks_error) out.put(d.skipped_count != 0 ? ";error=true" : "error=true");
    out.put('\n');
}

template <class Sink, class O>
constexpr void file(Sink& out, const dockerfile_t<O>& d) {
    out.escape = d.escape;
    syntax_line(out, d.syntax.view());
    if (d.escape == '`') out.put("# escape=`\n");
    check_line(out, d);
    for (std::size_t i = 0; i != d.global_count; ++i) arg(out, d.globals[i]);
    if (d.global_count != 0) out.put('\n');
    bool first = true;
    stages(out, d.order, first, d.target);
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
    stages(out, order, first, dockerfile_1);
    if (!first) out.put('\n');
    stage(out, s, dockerfile_1);
}

}  // namespace detail

}  // namespace ctdf

#endif
