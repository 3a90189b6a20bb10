#ifndef CTDF_DESCRIBE_HPP
#define CTDF_DESCRIBE_HPP

#include <cstddef>
#include <string>
#include <string_view>


#include <ctdf/cell.hpp>
#include <ctdf/dockerfile.hpp>
#include <ctdf/frontend.hpp>
#include <ctdf/layout.hpp>
#include <ctdf/quote.hpp>
#include <ctdf/stage.hpp>
#include <ctdf/to_string.hpp>

// A definition as data: stages, and for each instruction its keyword, flags
// and arguments, as the builder should read them. Tools compare it with what
// a Dockerfile parser makes of the rendered file.
//
// {"syntax": "docker/dockerfile:1" or null,
//  "stages": [{"name": "build", "from": "debian:12", "instructions": [
//    {"keyword": "ENV", "flags": [], "properties": [["K", "v"]]},       ENV ARG LABEL
//    {"keyword": "COPY", "flags": [["from", "a"], ["link", null]],
//     "arguments": ["src", "dst"]},                                      each word as read
//    {"keyword": "ADD", "flags": [["chmod", "0755"], ["unpack", "true"]],
//     "arguments": ["https://example.com/a.tgz", "/opt/"]},              flags in the order written
//    {"keyword": "CMD", "flags": [], "json": ["./server"]},              exec form
//    {"keyword": "RUN", "flags": [["mount", "type=cache,target=/c"]],
//     "shell": "make && make install"},                                  what /bin/sh gets
//    {"keyword": "RUN", "flags": [], "shell": "<<EOF",                    a heredoc: the RUN line,
//     "heredocs": [{"name": "EOF", "expand": true, "content": "make\n"}]}, then each body
//    {"keyword": "COPY", "flags": [], "arguments": ["/etc/a.conf"],
//     "heredocs": [{"name": "EOF", "expand": false, "content": "a=1\n"}]},  an inline file
//    {"keyword": "HEALTHCHECK", "flags": [["interval", "30s"]], "json": ["check"]}]}]}

namespace ctdf {

namespace detail::describe {

// Writes into a string, dropping BuildKit's line continuations (\ and a
// newline), as its parser does when it joins the lines of an instruction.
struct joined_sink {
    std::string& out;
    char escape = '\\';
    void put(char c) {
        if (c == '\n' && !out.empty() && out.back() == escape)
            out.pop_back();
        else
            out += c;
    }
    void put(std::string_view s) {
        for (char c : s) put(c);
    }
};

class writer {
public:
    explicit writer(std::string& out, char escape = '\\') : out_(out), escape_(escape) {}
    char escape() const { return escape_; }
    void escape(char e) { escape_ = e; }

    void string(std::string_view s) { quote::json_string(sink_, s); }
    void raw(std::string_view s) { out_ += s; }

    // {"keyword": K, "flags": [...], then the caller's fields, then "}".
    void begin(std::string_view keyword) {
        raw(first_ ? "\n    " : ",\n    ");
        first_ = false;
        raw("{\"keyword\": "), string(keyword), raw(", \"flags\": [");
        flags_ = 0;
    }
    void flag(std::string_view name, std::string_view value, bool has_value = true) {
        raw(flags_++ ? ", [" : "["), string(name), raw(", ");
        if (has_value)
            string(value);
        else
            raw("null");
        raw("]");
    }
    void field(std::string_view name) {
        raw("], \""), raw(name), raw("\": ");
    }
    void end() { raw("}"); }
    void reset() { first_ = true; }

private:
    std::string& out_;
    string_sink sink_{out_};
    bool first_ = true;
    std::size_t flags_ = 0;
    char escape_;
};

inline std::string text_of(auto write) {
    std::string s;
    string_sink sink{s};
    write(sink);
    return s;
}

// "json": [a, b, ...] from the item cells after head (their a).
inline void items(writer& w, const cell* head) {
    w.raw("[");
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        if (i != 1) w.raw(", ");
        w.string(head[i].a);
    }
    w.raw("]");
}

inline void property(writer& w, std::string_view name, std::string_view value, bool has_value = true) {
    w.raw("["), w.string(name), w.raw(", ");
    if (has_value)
        w.string(value);
    else
        w.raw("null");
    w.raw("]");
}

inline void pairs(writer& w, std::string_view keyword, const cell* head) {
    bool any = false;
    for (std::uint32_t i = 1; i <= head->n; ++i) any = any || head[i].has(bit::has_b);
    if (!any) return;  // no line at all
    w.begin(keyword), w.field("properties"), w.raw("[");
    bool first = true;
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        if (!head[i].has(bit::has_b)) continue;
        if (!first) w.raw(", ");
        first = false;
        property(w, head[i].a, head[i].b);
    }
    w.raw("]"), w.end();
}

// , "heredocs": [{"name": "EOF", "expand": false, "content": "a\nb\n"}]: the
// body as BuildKit reads it, each line with its newline; expand: whether the
// delimiter is unquoted.
inline void heredoc(writer& w, std::string_view name, bool expand, std::string_view content) {
    w.raw(", \"heredocs\": [{\"name\": "), w.string(name), w.raw(", \"expand\": "), w.raw(expand ? "true" : "false");
    w.raw(", \"content\": "), w.string(content), w.raw("}]");
}

inline void run(writer& w, const cell* head) {
    w.begin("RUN");
    std::string line;
    joined_sink joined{line, w.escape()};
    const cell* script = nullptr;
    for (std::uint32_t i = 1; i <= head->n; ++i)
        if (head[i].code == op::script) script = head + i;
    std::string body;  // a script's: after the RUN line, before the delimiter
    if (script) {
        const std::string full = text_of([&](auto& s) { detail::run(s, head); });
        std::size_t nl = full.find('\n');
        while (nl != std::string::npos && nl != 0 && full[nl - 1] == '\\') nl = full.find('\n', nl + 1);
        joined.put(std::string_view(full).substr(0, nl));
        body = full.substr(nl + 1, full.size() - nl - 1 - script->a.size());
    } else {
        detail::run(joined, head);
    }
    std::size_t at = 3;  // after RUN
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        if (head[i].code == op::run_flag) {
            w.flag(head[i].a, head[i].b);
            at += 4 + head[i].a.size() + head[i].b.size();  // " --" name "=" value
        }
        if (head[i].code != op::mount) continue;
        const std::string m = text_of([&](auto& s) { mount(s, &head[i]); });
        w.flag("mount", std::string_view(m).substr(8));  // after --mount=
        at += 1 + m.size();
    }
    while (at < line.size() && line[at] == ' ') ++at;
    w.field("shell"), w.string(std::string_view(line).substr(at));
    if (script) heredoc(w, script->a, script[1].code != op::item, body);
    w.end();
}

inline void copy(writer& w, const cell* head, const frontend& target) {
    const cell& c = *head;
    w.begin(c.code == op::add ? "ADD" : "COPY");
    if (!c.c.empty()) w.flag("from", c.c);
    if (c.has(bit::link) && target.link) w.flag("link", {}, false);
    std::uint32_t i = 1;
    for (; i <= c.n && head[i].code == op::flag; ++i) w.flag(head[i].a, head[i].b, !head[i].has(bit::no_value));
    if (c.has(bit::heredoc)) {  // the source is the heredoc: the destination is the one argument
        std::string content;
        for (; i <= c.n; ++i) content.append(head[i].a).append("\n");
        w.field("arguments"), w.raw("["), w.string(c.b), w.raw("]");
        return heredoc(w, c.a, false, content), w.end();
    }
    w.field("arguments"), w.raw("["), w.string(c.a), w.raw(", "), w.string(c.b), w.raw("]"), w.end();
}

inline void healthcheck(writer& w, const cell* head) {
    w.begin("HEALTHCHECK");
    if (head->has(bit::no_value)) return w.field("arguments"), w.raw("[\"NONE\"]"), w.end();
    bool first = true;
    for (std::uint32_t i = 1; i <= head->n; ++i) {
        const cell& c = head[i];
        if (c.code == op::flag) {
            w.flag(c.a, c.has(bit::number) ? text_of([&](auto& s) { number(s, c); }) : std::string(c.b));
            continue;
        }
        if (c.has(bit::raw_a)) return w.field("shell"), w.string(c.a), w.end();
        if (first) w.field("json"), w.raw("[");
        if (!first) w.raw(", ");
        first = false;
        w.string(c.a);
    }
    w.raw("]"), w.end();
}

inline const cell* instruction(writer& w, const cell* head, const frontend& target);

// ONBUILD: "trigger" is the description of the instruction it holds.
inline void onbuild(writer& w, const cell* head, const frontend& target) {
    std::string trigger;
    writer inner{trigger, w.escape()};
    instruction(inner, head + 1, target);
    w.begin("ONBUILD"), w.field("trigger"), w.raw(std::string_view(trigger).substr(trigger.find('{'))), w.end();
}

// One instruction from head; returns the cell after it.
inline const cell* instruction(writer& w, const cell* head, const frontend& target) {
    const cell& c = *head;
    switch (c.code) {
        case op::arg:
            w.begin("ARG"), w.field("properties"), w.raw("["), property(w, c.a, c.b, c.has(bit::has_b));
            w.raw("]"), w.end();
            if (c.has(bit::also_env)) {
                w.begin("ENV"), w.field("properties"), w.raw("[");
                property(w, c.a, "${" + std::string(c.a) + "}");
                w.raw("]"), w.end();
            }
            break;
        case op::env: pairs(w, "ENV", head); break;
        case op::label: pairs(w, "LABEL", head); break;
        case op::path: {
            std::string value;
            for (std::uint32_t i = 1; i <= c.n; ++i) value.append(head[i].a).append(":");
            w.begin("ENV"), w.field("properties"), w.raw("["), property(w, "PATH", value + "$PATH");
            w.raw("]"), w.end();
            break;
        }
        case op::workdir: w.begin("WORKDIR"), w.field("arguments"), w.raw("["), w.string(c.a), w.raw("]"), w.end(); break;
        case op::user: w.begin("USER"), w.field("arguments"), w.raw("["), w.string(c.a), w.raw("]"), w.end(); break;
        case op::stopsignal:
            w.begin("STOPSIGNAL"), w.field("arguments"), w.raw("["), w.string(c.a), w.raw("]"), w.end();
            break;
        case op::expose: w.begin("EXPOSE"), w.field("arguments"), items(w, head), w.end(); break;
        case op::copy: copy(w, head, target); break;
        case op::add: copy(w, head, target); break;
        case op::cmd: w.begin("CMD"), w.field("json"), items(w, head), w.end(); break;
        case op::entrypoint: w.begin("ENTRYPOINT"), w.field("json"), items(w, head), w.end(); break;
        case op::shell: w.begin("SHELL"), w.field("json"), items(w, head), w.end(); break;
        case op::onbuild: onbuild(w, head, target); break;
        case op::volume: w.begin("VOLUME"), w.field("json"), items(w, head), w.end(); break;
        case op::healthcheck: healthcheck(w, head); break;
        case op::run: run(w, head); break;
        default: break;
    }
    return head + 1 + c.n;
}

template <class S>
void stage(writer& w, const S& s, const frontend& target, bool& first_stage) {
    w.raw(first_stage ? "\n  " : ",\n  ");
    first_stage = false;
    w.raw("{\"name\": "), w.string(S::name.view()), w.raw(", \"platform\": ");
    if (s.platform.present())
        w.string(s.platform.view());
    else
        w.raw("null");
    w.raw(", \"from\": ");
    if constexpr (S::parent::size == 0)
        w.string(s.image.view());
    else
        w.string(stage_of<detail::first<typename S::parent>::type::stage>::name.view());
    w.raw(", \"instructions\": [");
    w.reset();
    const cell* end = s.cells.data() + S::size;
    for (const cell* p = s.cells.data(); p != end;) p = instruction(w, p, target);
    w.raw("]}");
}

template <class Order>
void stages(writer& w, Order order, const frontend& target, bool& first) {
    detail::unpack(order, [&](auto... r) { (stage(w, decltype(r)::stage, target, first), ...); });
}

inline void head(writer& w, std::string_view syntax, const cell* globals = nullptr, std::size_t count = 0,
                 std::string_view check = {}, char escape = '\\') {
    w.raw("{\"syntax\": ");
    if (syntax.empty())
        w.raw("null");
    else
        w.string(syntax);
    w.raw(", \"escape\": ");  // the # escape= directive's value
    if (escape == '\\')
        w.raw("null");
    else
        w.string(std::string_view(&escape, 1));
    w.raw(", \"check\": ");  // the # check= directive's value
    if (check.empty())
        w.raw("null");
    else
        w.string(check);
    w.raw(", \"args\": [");  // the ARGs before the first FROM
    for (std::size_t i = 0; i != count; ++i) {
        if (i != 0) w.raw(", ");
        property(w, globals[i].a, globals[i].b, globals[i].has(bit::has_b));
    }
    w.raw("], \"stages\": [");
}

template <class O>
void file(writer& w, const dockerfile_t<O>& d) {
    w.escape(d.escape);
    std::string check;
    string_sink sink{check};
    check_line(sink, d);
    if (!check.empty()) check = check.substr(8, check.size() - 9);  // between "# check=" and the newline
    head(w, d.syntax.view(), d.globals.data(), d.global_count, check, d.escape);
    bool first = true;
    stages(w, d.order, d.target, first);
    w.raw("]}\n");
}

template <fixed_string Name, class P, std::size_t N, class L>
void file(writer& w, const stage_t<Name, P, N, L>& s) {
    head(w, "docker/dockerfile:1");
    bool first = true;
    stages(w, order_of(L{}), dockerfile_1, first);
    stage(w, s, dockerfile_1, first);
    w.raw("]}\n");
}

}  // namespace detail::describe

// The definition of a stage or dockerfile<...> as JSON (the shape is at the
// top of this header), for tools that check what a parser reads back.
template <class X>
std::string to_json(const X& x) {
    std::string out;
    detail::describe::writer w{out};
    detail::describe::file(w, x);
    return out;
}

}  // namespace ctdf

#endif
