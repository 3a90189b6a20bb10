#ifndef CTDF_VERBS_HPP
#define CTDF_VERBS_HPP

#include <concepts>
#include <cstddef>
#include <cstdint>

#include <ctdf/chars.hpp>
#include <ctdf/detail/flatten.hpp>
#include <ctdf/detail/text_fn.hpp>
#include <ctdf/node.hpp>
#include <ctdf/run.hpp>
#include <ctdf/text.hpp>

// The run builder's verbs: commands a RUN holds besides raw text. Every
// word they write is quoted for /bin/sh unless it is plain, so the program
// receives exactly the value given.

namespace ctdf {

namespace problem {
[[noreturn]] inline void flag_name_is_not_letters_digits_dashes_underscores(text_view name) {
    detail::raise("flag name must be a letter followed by letters, digits, '_' or '-'", name);
}
[[noreturn]] inline void apt_repository_name_is_not_letters_digits_dots_dashes_underscores(text_view name) {
    detail::raise("apt repository name must be letters, digits, '.', '_' and '-'", name);
}
[[noreturn]] inline void fast_takes_an_apt_install() { detail::raise("fast(...) takes an apt_install(...)", ""); }
}  // namespace problem

// A flag of words(...): flag("depth", 1) writes --depth 1, flag("verbose",
// true) --verbose, flag("verbose", false) nothing; '_' in a name becomes '-'.
struct flag_t {
    cell c;
};

namespace detail {
constexpr cell flag_cell(const text& name, std::uint32_t flags) {
    const text_view s = name.view();
    bool ok = !s.empty() && (chars::of(s[0]) & chars::letter) && s[0] != '_';
    for (char c : s) ok = ok && ((chars::of(c) & chars::name) || c == '-');
    if (!ok) problem::flag_name_is_not_letters_digits_dashes_underscores(s);
    return cell{op::flag, flags, {}, 0, s, {}, {}};
}
}  // namespace detail

constexpr flag_t flag(text name, text value) {
    cell c = detail::flag_cell(name, detail::word_flags_b(value));
    c.b = value.view();
    return {c};
}
template <class B>
    requires std::same_as<B, bool>
constexpr flag_t flag(text name, B on) {
    return {detail::flag_cell(name, on ? bit::no_value : bit::skip)};
}
template <std::integral I>
    requires(!std::same_as<I, bool>)
constexpr flag_t flag(text name, I number) {
    cell c = detail::flag_cell(name, bit::number | (number < 0 ? bit::negative : 0));
    c.n = static_cast<std::uint32_t>(number < 0 ? -static_cast<long long>(number) : static_cast<long long>(number));
    return {c};
}

namespace detail {
template <class P>
inline constexpr bool word_part = textual<P> || std::same_as<P, flag_t>;

// An argument may be empty: it is written '' and the program receives "".
template <class P>
constexpr cell word_part_cell(const P& p) {
    if constexpr (std::same_as<P, flag_t>) {
        return p.c;
    } else {
        const text t = to_text(p);
        return cell{op::item, word_flags_a(t), {}, 0, t.view(), {}, {}};
    }
}

template <std::size_t E, class First, class... P>
constexpr node<what::command, 1 + E + 1 + sizeof...(P)> words(const kv* env, const First& program, const P&... parts) {
    static_assert(textual<First>, "ctdf: words(...) starts with the program");
    static_assert((word_part<P> && ...), "ctdf: words(...) takes text and ctdf::flag(...)");
    node<what::command, 1 + E + 1 + sizeof...(P)> n{};
    n.cells[0] = cell{op::words, 0, {}, static_cast<std::uint32_t>(E + 1 + sizeof...(P)), {}, {}, {}};
    for (std::size_t i = 0; i != E; ++i) n.cells[1 + i] = kv_cell(op::kv, env[i]);
    n.cells[1 + E] = word_cell(to_text(program), "program");
    std::size_t i = 2 + E;
    int sequence[] = {0, (n.cells[i++] = word_part_cell(parts), 0)...};
    (void)sequence;
    return n;
}
}  // namespace detail

// A command from words: the program, its arguments (each quoted as needed)
// and flags, optionally with inline variables for this command alone:
// words("git", "clone", url, flag("depth", 1)), words({{"CC", "clang"}}, "make").
template <class First, class... P>
constexpr auto words(const First& program, const P&... parts) {
    return detail::words<0>(nullptr, program, parts...);
}
template <std::size_t N, class First, class... P>
constexpr auto words(const kv (&env)[N], const First& program, const P&... parts) {
    return detail::words<N>(env, program, parts...);
}

// echo(text) > path, echo(text) >> path: the file gets exactly the text and a
// newline. Written with printf, whose %s, unlike echo, never reads escapes.
struct echo_t {
    text body;
};
constexpr echo_t echo(text body) { return {body}; }
constexpr node<what::command, 1> operator>(echo_t e, text path) {
    detail::require(path, "echo target");
    return {{cell{op::echo, detail::word_flags_a(e.body) | (detail::word_flags_b(path)), {}, 0, e.body.view(),
                  path.view(), {}}}};
}
constexpr node<what::command, 1> operator>>(echo_t e, text path) {
    auto n = e > path;
    n.cells[0].flags |= bit::append;
    return n;
}

// cd path, as a command of its own.
constexpr node<what::command, 1> cd(text path) {
    detail::require(path, "cd directory");
    return {{cell{op::cd, detail::word_flags_a(path), {}, 0, path.view(), {}, {}}}};
}

// in_dir(path)(commands...): cd path, the commands, then cd - back.
struct in_dir_head {
    text path;

    template <class... C>
    constexpr auto operator()(const C&... cmds) const {
        return make(detail::as_command(cmds)...);
    }

private:
    template <class... C>
    constexpr auto make(const C&... cmds) const {
        constexpr std::size_t size = 2 + detail::sum<C::size...>();
        node<what::command, size> n{};
        cell* out = n.cells.data();
        detail::emit_all(out, cd(path), cmds...);
        *out = cell{op::cd, bit::bare_a, {}, 0, "-", {}, {}};
        return n;
    }
};
constexpr in_dir_head in_dir(text path) { return {path}; }

namespace detail {
struct curl_bash_impl : texts_only<curl_bash_impl> {
    template <class... T>
    static constexpr node<what::command, 1 + sizeof...(T)> make(const T&... url_and_args) {
        return {{cell{op::curl_bash, 0, {}, sizeof...(T), {}, {}, {}}, word_cell(url_and_args, "curl_bash url")...}};
    }
};
}  // namespace detail

// curl --proto '=https' --tlsv1.2 -sSf <url> | bash -s -- <args>: a script
// from the web, over HTTPS only.
inline constexpr detail::text_fn<detail::curl_bash_impl> curl_bash{};

// curl -fsSL <url> | tar -xz -C <directory> --strip-components=<strip>: a
// tarball unpacked into a directory.
constexpr node<what::command, 2> install(text url, text directory = "/usr/local/bin", unsigned strip = 1) {
    detail::require(url, "install url");
    detail::require(directory, "install directory");
    cell strip_cell{op::flag, bit::number, {}, strip, {}, {}, {}};
    return {{cell{op::tarball, detail::word_flags_a(url) | detail::word_flags_b(directory), {}, 1, url.view(),
                  directory.view(), {}},
             strip_cell}};
}

// mkdir -p <parent> && curl -fsSL <url> -o <destination>
constexpr node<what::command, 1> fetch_file(text url, text destination) {
    detail::require(url, "fetch_file url");
    detail::require(destination, "fetch_file destination");
    return {{cell{op::fetch, detail::word_flags_a(url) | detail::word_flags_b(destination), {}, 0, url.view(),
                  destination.view(), {}}}};
}

// add-apt-repository -y <ppa>; the next apt_install of the RUN updates first.
constexpr node<what::command, 1> add_apt_ppa(text ppa) {
    detail::require(ppa, "PPA");
    return {{cell{op::apt_ppa, detail::word_flags_a(ppa), {}, 0, ppa.view(), {}, {}}}};
}

// A third-party repository: its key dearmored into /usr/share/keyrings/<name>.gpg,
// a sources list /etc/apt/sources.list.d/<name>.list signed by it; the next
// apt_install of the RUN updates first.
constexpr node<what::command, 1> add_apt_repo(text key_url, text repository, text name) {
    detail::require(key_url, "apt key url");
    detail::require(repository, "apt repository");
    if (name.empty() || !chars::all(name.view(), chars::secret_id))
        problem::apt_repository_name_is_not_letters_digits_dots_dashes_underscores(name.view());
    return {{cell{op::apt_repo, detail::word_flags_a(key_url) | detail::word_flags_b(repository), {}, 0,
                  key_url.view(), repository.view(), name.view()}}};
}

// rm -rf /var/lib/apt/lists/*, left out of a RUN that keeps the lists in a
// cache mount: there the lists are the point.
constexpr node<what::command, 1> apt_clean() { return {{cell{op::apt_clean, 0, {}, 0, {}, {}, {}}}}; }

// fast(apt_install(...)): the same install with apt-fast.
template <std::size_t N>
constexpr node<what::command, N> fast(node<what::command, N> install) {
    static_assert(N >= 2, "ctdf: fast(...) takes an apt_install(...)");
    if (install.cells[1].code != op::apt_install) problem::fast_takes_an_apt_install();
    install.cells[1].flags |= bit::fast;
    return install;
}

}  // namespace ctdf

#endif
