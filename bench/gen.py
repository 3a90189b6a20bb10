#!/usr/bin/env python3
"""Writes one synthetic translation unit for the compile-time benchmark.

    python3 bench/gen.py N KIND OUT [--seed S]

N is the number of Dockerfile instructions (FROM lines not counted; a RUN
inside a mount scope counts once, the scope itself not at all). KIND is one
of:

  ctdf     the definition written with ctdf, printing ctdf::render<image>
  literal  the same Dockerfile as one string literal, printed with fwrite
  runtime  a small hand-written std::string builder, one call per instruction

All three programs print byte-identical output; bench/run.sh checks that.
The same N and seed always give the same files.
"""

import argparse
import random
import sys

# ---------------------------------------------------------------------------
# The model: stages holding items.
#   ("arg", name, value or None)
#   ("env", [(key, value), ...])
#   ("workdir", path)
#   ("copy", src, dst or None, from-stage or None)
#   ("run", [("sh", text) | ("apt", [package, ...]), ...])
#   ("scope", mount, [run or scope, ...])
#       mount: ("cache", target, locked) | ("secret", id, target or None)
#   ("entrypoint", [arg, ...]) / ("cmd", [arg, ...])
# ---------------------------------------------------------------------------


class Stage:
    def __init__(self, var, name, image=None, parent=None):
        self.var, self.name, self.image, self.parent = var, name, image, parent
        self.items = []


def count(item):
    if item[0] == "scope":
        return sum(count(c) for c in item[2])
    return 1


COMMANDS = [
    "make -C module{i} all",
    "echo 'step {i} done' > /tmp/step{i}.log",
    "test -d /opt/m{i} || mkdir -p /opt/m{i}",
    "cmake --build build --target t{i} -j2",
    'sed -i "s/@VERSION@/1.{i}/" /etc/app/app{i}.conf',
    "pip install --no-cache-dir pkg{i}==1.{m}",
    "ln -sf /opt/tool{i}/bin/tool /usr/local/bin/tool{i}",
    "curl -fsSL https://example.com/f{i}.tar.gz | tar -xz -C /opt",
    "cp -r $HOME/cache{i} /var/cache/app{i}",
    "useradd --system --uid 1{i} svc{i}",
]
PACKAGES = ["git", "curl", "ca-certificates", "g++", "make", "pkg-config", "libssl-dev", "zlib1g-dev",
            "python3", "python3-pip", "unzip", "xz-utils", "jq", "file", "less", "tzdata"]
PLAIN_VALUES = ["release", "/opt/app{i}", "1.{m}.{i}", "C.UTF-8", "on", "https://example.com/{i}"]
QUOTED_VALUES = ["hello world {i}", 'say "hi" {i}', "$HOME/cache{i}", "C:\\tools\\{i}", "a b$c {i}"]


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.i = 0

    def next(self):
        self.i += 1
        return self.i

    def fmt(self, template):
        i = self.next()
        return template.format(i=i, m=i % 10)

    def command(self):
        return ("sh", self.fmt(self.rng.choice(COMMANDS)))

    def run(self):
        """One command or several; some start with an apt install."""
        k = 1 if self.rng.random() < 0.5 else self.rng.randint(2, 4)
        cmds = [self.command() for _ in range(k)]
        if self.rng.random() < 0.15:
            cmds[0] = ("apt", self.rng.sample(PACKAGES, self.rng.randint(1, 4)))
        return ("run", cmds)

    def value(self):
        pool = QUOTED_VALUES if self.rng.random() < 0.3 else PLAIN_VALUES
        return self.fmt(self.rng.choice(pool))

    def env(self):
        return ("env", [(f"APP_{self.next()}_{self.rng.choice(['MODE', 'HOME', 'URL', 'NAME'])}", self.value())
                        for _ in range(self.rng.randint(1, 3))])

    def arg(self):
        name = f"BUILD_ARG_{self.next()}"
        return ("arg", name, self.value() if self.rng.random() < 0.6 else None)

    def workdir(self):
        return ("workdir", self.fmt(self.rng.choice(["/src/module{i}", "/srv/app{i}", "/srv/my app {i}"])))

    def copy(self):
        r = self.rng.random()
        if r < 0.2:
            return ("copy", self.fmt("lib{i}"), None, None)
        if r < 0.4:
            return ("copy", self.fmt("scripts/*.sh"), "/usr/local/bin/", None)
        return ("copy", self.fmt("src/module{i}"), self.fmt("/src/module{i}"), None)

    def mount(self):
        r = self.rng.random()
        if r < 0.4:
            return ("cache", self.fmt(self.rng.choice(["/root/.cache/ccache", "/root/.cache/pip{i}"])), False)
        if r < 0.6:
            return ("cache", self.fmt("/var/cache/build{i}"), True)
        if r < 0.8:
            return ("secret", self.fmt("token{i}"), None)
        return ("secret", self.fmt("netrc{i}"), "/root/.netrc")

    def scope(self, budget):
        """A mount scope around 1-3 RUNs, sometimes nested in a second one."""
        runs = [self.run() for _ in range(min(budget, self.rng.randint(1, 3)))]
        inner = ("scope", self.mount(), runs)
        if self.rng.random() < 0.3:
            outer = self.mount()
            while target(outer) == target(inner[1]):  # ctdf refuses two mounts at one target
                outer = self.mount()
            return ("scope", outer, [inner])
        return inner

    def apt_block(self):
        pkgs = self.rng.sample(PACKAGES, 5)
        return ("scope", ("cache", "/var/cache/apt", True),
                [("scope", ("cache", "/var/lib/apt/lists", True), [("run", [("apt", pkgs)])])])

    def fill(self, stage, budget, weights):
        kinds, w = zip(*weights.items())
        while budget > 0:
            kind = self.rng.choices(kinds, w)[0]
            if kind == "scope":
                item = self.scope(budget)
            elif kind == "copy_from":
                src = self.rng.choice(stage.sources)
                i = self.next()
                item = ("copy", f"/out/bin/tool{i}", f"/usr/local/bin/tool{i}", src)
            else:
                item = getattr(self, kind)()
            stage.items.append(item)
            budget -= count(item)


def model(n, seed):
    if n < 16:
        sys.exit("gen.py: N must be at least 16")
    g = Gen(seed)
    base = Stage("s_base", "base", image="ubuntu:24.04")
    builder = Stage("s_builder", "builder", parent=base)
    tools = Stage("s_tools", "tools", image="debian:12")
    runtime = Stage("s_runtime", "runtime", image="debian:12-slim")
    n_base, n_tools, n_runtime = max(4, round(n * 0.3)), max(2, round(n * 0.15)), max(4, round(n * 0.12))
    n_builder = n - n_base - n_tools - n_runtime
    general = {"run": 35, "scope": 10, "env": 18, "arg": 8, "workdir": 8, "copy": 21}

    base.items += [("arg", "UBUNTU_MIRROR", None), ("env", [("DEBIAN_FRONTEND", "noninteractive")]), g.apt_block()]
    g.fill(base, n_base - 3, general)
    builder.items += [("workdir", "/src"), ("copy", ".", None, None)]
    g.fill(builder, n_builder - 2, general)
    tools.items += [g.apt_block()]
    g.fill(tools, n_tools - 1, general)

    runtime.sources = [builder, tools]
    runtime.items += [("copy", "/out/bin/server", "/usr/local/bin/server", builder),
                      ("copy", "/opt/tools", "/opt/tools", tools)]
    g.fill(runtime, n_runtime - 4,
           {"copy_from": 40, "copy": 10, "env": 15, "arg": 5, "workdir": 10, "run": 20})
    runtime.items += [("entrypoint", ["/usr/local/bin/server", "--config", "/etc/app/app.toml"]),
                      ("cmd", ["--port", "8080", "--greeting", 'say "hi"'])]
    stages = [base, builder, tools, runtime]
    assert sum(count(it) for s in stages for it in s.items) == n
    return stages


def links(stage):
    """The stages one links to, in ctdf's order: parent, then copy_from sources."""
    out = [stage.parent] if stage.parent else []

    def walk(items):
        for it in items:
            if it[0] == "copy" and it[3] is not None:
                out.append(it[3])
            elif it[0] == "scope":
                walk(it[2])
    walk(stage.items)
    return out


def file_order(final):
    """Depth first, dependencies before dependents, each once (as ctdf orders them)."""
    order = []

    def visit(s):
        if s in order:
            return
        for l in links(s):
            visit(l)
        order.append(s)
    visit(final)
    return order


# ---------------------------------------------------------------------------
# The expected text, rendered here by the same rules ctdf follows.
# ---------------------------------------------------------------------------

PLAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:@%+,=-")


def is_plain(s):
    return bool(s) and all(c in PLAIN for c in s)


def word(s):
    if is_plain(s):
        return s
    if "$" in s and "'" not in s and not s.endswith("\\"):
        return "'" + s + "'"
    return '"' + "".join("\\" + c if c in '\\"$' else c for c in s) + '"'


def json_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def target(m):
    """Where a mount lands: a secret without a target at /run/secrets/<id>."""
    if m[0] == "cache":
        return m[1]
    return m[2] if m[2] is not None else "/run/secrets/" + m[1]


def mount_text(m):
    if m[0] == "cache":
        return f"--mount=type=cache,target={m[1]}" + (",sharing=locked" if m[2] else "")
    return f"--mount=type=secret,id={m[1]}" + (f",target={m[2]}" if m[2] else "")


def shell_commands(cmds):
    out, updated = [], False
    for kind, x in cmds:
        if kind == "sh":
            out.append(x)
        else:
            if not updated:
                out.append("apt-get update -y")
                updated = True
            out.append(apt_install_text(x))
    return out


def apt_install_text(pkgs):
    assert all(is_plain(p) for p in pkgs)
    return "apt-get install -y --no-install-recommends " + " ".join(pkgs)


def render_item(it, mounts, out):
    kind = it[0]
    if kind == "scope":
        for child in it[2]:
            render_item(child, mounts + [it[1]], out)
    elif kind == "arg":
        out.append(f"ARG {it[1]}" + (f"={word(it[2])}" if it[2] is not None else "") + "\n")
    elif kind == "env":
        out.append("ENV " + " ".join(f"{k}={word(v)}" for k, v in it[1]) + "\n")
    elif kind == "workdir":
        out.append(f"WORKDIR {word(it[1])}\n")
    elif kind == "copy":
        src, dst, frm = it[1], it[2] or it[1], it[3]
        assert is_plain(src.replace("*", "")) and is_plain(dst), "COPY paths must stay in the bare form"
        out.append("COPY" + (f" --from={frm.name} --link" if frm else "") + f" {src} {dst}\n")
    elif kind == "run":
        line = "RUN" + "".join(" " + mount_text(m) for m in mounts)
        for j, c in enumerate(shell_commands(it[1])):
            line += (" \\\n  " if mounts else " ") if j == 0 else " \\\n  && "
            line += c
        out.append(line + "\n")
    elif kind in ("cmd", "entrypoint"):
        out.append(f"{kind.upper()} [" + ", ".join(json_string(a) for a in it[1]) + "]\n")
    else:
        raise AssertionError(kind)


def render(order):
    out = ["# syntax=docker/dockerfile:1\n"]
    for j, s in enumerate(order):
        if j:
            out.append("\n")
        out.append(f"FROM {s.image or s.parent.name} AS {s.name}\n")
        for it in s.items:
            render_item(it, [], out)
    return "".join(out)


# ---------------------------------------------------------------------------
# Writers for the three programs.
# ---------------------------------------------------------------------------


def c(s):
    """A C++ string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def ctdf_mount(m):
    if m[0] == "cache":
        return f"ctdf::cache({c(m[1])}" + (", ctdf::locked)" if m[2] else ")")
    return f"ctdf::secret({c(m[1])}" + (f", {c(m[2])})" if m[2] else ")")


def ctdf_item(it, indent):
    kind = it[0]
    pad = " " * indent
    if kind == "scope":
        inner = ",\n".join(ctdf_item(ch, indent + 4) for ch in it[2])
        return f"{pad}{ctdf_mount(it[1])}(\n{inner})"
    if kind == "arg":
        return f"{pad}ctdf::arg({c(it[1])}" + (f", {c(it[2])})" if it[2] is not None else ")")
    if kind == "env":
        return f"{pad}ctdf::env({{" + ", ".join(f"{{{c(k)}, {c(v)}}}" for k, v in it[1]) + "})"
    if kind == "workdir":
        return f"{pad}ctdf::workdir({c(it[1])})"
    if kind == "copy":
        args = c(it[1]) + (f", {c(it[2])}" if it[2] else "")
        if it[3] is not None:
            return f"{pad}ctdf::copy_from<{it[3].var}>({args})"
        return f"{pad}ctdf::copy({args})"
    if kind == "run":
        cmds = [c(x) if k == "sh" else "ctdf::apt_install(" + ", ".join(c(p) for p in x) + ")" for k, x in it[1]]
        return f"{pad}ctdf::run(" + ", ".join(cmds) + ")"
    if kind in ("cmd", "entrypoint"):
        return f"{pad}ctdf::{kind}(" + ", ".join(c(a) for a in it[1]) + ")"
    raise AssertionError(kind)


def write_ctdf(stages, order):
    out = ["// Generated by bench/gen.py: a ctdf definition.\n#include <cstdio>\n\n#include <ctdf.hpp>\n\n"]
    for s in stages:
        head = f"ctdf::stage<{c(s.name)}, {s.parent.var}>()" if s.parent else \
            f"ctdf::stage<{c(s.name)}>({c(s.image)})"
        body = ",\n".join(ctdf_item(it, 4) for it in s.items)
        out.append(f"inline constexpr auto {s.var} = {head}(\n{body});\n\n")
    out.append(f"inline constexpr auto image = ctdf::dockerfile<{order[-1].var}>();\n\n")
    out.append("int main() {\n"
               "    const auto& text = ctdf::render<image>;\n"
               "    std::fwrite(text.c_str(), 1, text.size(), stdout);\n"
               "}\n")
    return "".join(out)


def write_literal(text):
    lines = text.splitlines(keepends=True)
    body = "\n".join("    " + c(l) for l in lines)
    return ("// Generated by bench/gen.py: the Dockerfile as a string literal.\n#include <cstdio>\n\n"
            f"static const char text[] =\n{body};\n\n"
            "int main() { std::fwrite(text, 1, sizeof text - 1, stdout); }\n")


RUNTIME_BUILDER = r'''// Generated by bench/gen.py: what one writes without ctdf, a run-time
// std::string builder with one method per instruction.
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

struct dockerfile_builder {
    std::string out;
    bool first_stage = true;

    static bool plain(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
        return std::string_view("_./:@%+,=-").find(c) != std::string_view::npos;
    }
    // A Dockerfile word: bare when plain; single-quoted when it holds a $
    // and can be; else double-quoted with \ " $ escaped.
    void word(std::string_view s) {
        bool bare = !s.empty();
        for (char c : s) bare = bare && plain(c);
        if (bare) {
            out += s;
            return;
        }
        if (s.find('$') != s.npos && s.find('\'') == s.npos && s.back() != '\\') {
            out += '\'';
            out += s;
            out += '\'';
            return;
        }
        out += '"';
        for (char c : s) {
            if (c == '\\' || c == '"' || c == '$') out += '\\';
            out += c;
        }
        out += '"';
    }
    void json(std::string_view s) {
        out += '"';
        for (char c : s) {
            if (c == '\\' || c == '"') out += '\\';
            out += c;
        }
        out += '"';
    }
    void exec_form(std::string_view keyword, std::initializer_list<std::string_view> args) {
        out += keyword;
        out += " [";
        bool first = true;
        for (std::string_view a : args) {
            if (!first) out += ", ";
            first = false;
            json(a);
        }
        out += "]\n";
    }

    void syntax(std::string_view frontend) {
        out += "# syntax=";
        out += frontend;
        out += '\n';
    }
    void from(std::string_view image, std::string_view name) {
        if (!first_stage) out += '\n';
        first_stage = false;
        out += "FROM ";
        out += image;
        out += " AS ";
        out += name;
        out += '\n';
    }
    void arg(std::string_view name) {
        out += "ARG ";
        out += name;
        out += '\n';
    }
    void arg(std::string_view name, std::string_view value) {
        out += "ARG ";
        out += name;
        out += '=';
        word(value);
        out += '\n';
    }
    void env(std::initializer_list<std::pair<std::string_view, std::string_view>> entries) {
        out += "ENV";
        for (const auto& [key, value] : entries) {
            out += ' ';
            out += key;
            out += '=';
            word(value);
        }
        out += '\n';
    }
    void workdir(std::string_view path) {
        out += "WORKDIR ";
        word(path);
        out += '\n';
    }
    void copy(std::string_view src, std::string_view dst) {
        out += "COPY ";
        out += src;
        out += ' ';
        out += dst;
        out += '\n';
    }
    void copy(std::string_view src) { copy(src, src); }
    void copy_from(std::string_view stage, std::string_view src, std::string_view dst) {
        out += "COPY --from=";
        out += stage;
        out += " --link ";
        out += src;
        out += ' ';
        out += dst;
        out += '\n';
    }
    void copy_from(std::string_view stage, std::string_view src) { copy_from(stage, src, src); }
    static std::string cache(std::string_view target, bool locked = false) {
        std::string m = "--mount=type=cache,target=";
        m += target;
        if (locked) m += ",sharing=locked";
        return m;
    }
    static std::string secret(std::string_view id, std::string_view target = {}) {
        std::string m = "--mount=type=secret,id=";
        m += id;
        if (!target.empty()) {
            m += ",target=";
            m += target;
        }
        return m;
    }
    static std::string apt_install(std::initializer_list<std::string_view> packages) {
        std::string c = "apt-get install -y --no-install-recommends";
        for (std::string_view p : packages) {
            c += ' ';
            c += p;
        }
        return c;
    }
    // RUN [mounts] cmd1 && cmd2 ..., one command per line.
    void run(std::initializer_list<std::string_view> mounts, std::initializer_list<std::string_view> commands) {
        out += "RUN";
        for (std::string_view m : mounts) {
            out += ' ';
            out += m;
        }
        bool first = true;
        for (std::string_view c : commands) {
            out += first ? (mounts.size() != 0 ? " \\\n  " : " ") : " \\\n  && ";
            first = false;
            out += c;
        }
        out += '\n';
    }
    void cmd(std::initializer_list<std::string_view> args) { exec_form("CMD", args); }
    void entrypoint(std::initializer_list<std::string_view> args) { exec_form("ENTRYPOINT", args); }
};

using B = dockerfile_builder;

int main() {
    B b;
'''


def runtime_mount(m):
    if m[0] == "cache":
        return f"B::cache({c(m[1])}" + (", true)" if m[2] else ")")
    return f"B::secret({c(m[1])}" + (f", {c(m[2])})" if m[2] else ")")


def runtime_calls(it, mounts, out):
    kind = it[0]
    if kind == "scope":
        for ch in it[2]:
            runtime_calls(ch, mounts + [it[1]], out)
    elif kind == "arg":
        out.append(f"b.arg({c(it[1])}" + (f", {c(it[2])});" if it[2] is not None else ");"))
    elif kind == "env":
        out.append("b.env({" + ", ".join(f"{{{c(k)}, {c(v)}}}" for k, v in it[1]) + "});")
    elif kind == "workdir":
        out.append(f"b.workdir({c(it[1])});")
    elif kind == "copy":
        args = c(it[1]) + (f", {c(it[2])}" if it[2] else "")
        if it[3] is not None:
            out.append(f"b.copy_from({c(it[3].name)}, {args});")
        else:
            out.append(f"b.copy({args});")
    elif kind == "run":
        cmds, updated = [], False
        for k, x in it[1]:
            if k == "sh":
                cmds.append(c(x))
            else:
                if not updated:
                    cmds.append(c("apt-get update -y"))
                    updated = True
                cmds.append("B::apt_install({" + ", ".join(c(p) for p in x) + "})")
        out.append("b.run({" + ", ".join(runtime_mount(m) for m in mounts) + "}, {" + ", ".join(cmds) + "});")
    elif kind in ("cmd", "entrypoint"):
        out.append(f"b.{kind}({{" + ", ".join(c(a) for a in it[1]) + "});")
    else:
        raise AssertionError(kind)


def write_runtime(order):
    calls = ['b.syntax("docker/dockerfile:1");']
    for s in order:
        calls.append(f"b.from({c(s.image or s.parent.name)}, {c(s.name)});")
        for it in s.items:
            runtime_calls(it, [], calls)
    return (RUNTIME_BUILDER + "".join(f"    {x}\n" for x in calls) +
            "    std::fwrite(b.out.data(), 1, b.out.size(), stdout);\n}\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", type=int, help="number of instructions")
    p.add_argument("kind", choices=["ctdf", "literal", "runtime", "expected"],
                   help="which program to write ('expected' writes the Dockerfile text itself)")
    p.add_argument("out", help="output file, '-' for standard output")
    p.add_argument("--seed", type=int, default=20240611)
    a = p.parse_args()

    stages = model(a.n, a.seed)
    order = file_order(stages[-1])
    assert [s.name for s in order] == ["base", "builder", "tools", "runtime"]
    if a.kind == "ctdf":
        src = write_ctdf(stages, order)
    elif a.kind == "literal":
        src = write_literal(render(order))
    elif a.kind == "runtime":
        src = write_runtime(order)
    else:
        src = render(order)
    if a.out == "-":
        sys.stdout.write(src)
    else:
        with open(a.out, "w", newline="\n") as f:
            f.write(src)


if __name__ == "__main__":
    main()
