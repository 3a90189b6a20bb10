#ifndef CTDF_HEREDOC_HPP
#define CTDF_HEREDOC_HPP

#include <ctdf/detail/array.hpp>
#include <cstddef>
#include <initializer_list>
#include <ctdf/text_view.hpp>

#include <ctdf/copy.hpp>
#include <ctdf/detail/flatten.hpp>
#include <ctdf/detail/text_fn.hpp>
#include <ctdf/node.hpp>
#include <ctdf/run.hpp>
#include <ctdf/text.hpp>

// Here-documents (docker/dockerfile 1.4): a RUN whose script follows it line
// by line, and a COPY of a file written inline.
//
//   run(script("set -e", "make"))               RUN <<EOF / set -e / make / EOF
//   run(script(interpreter("python3"), ...))    RUN <<'EOF' python3 / ... / EOF
//   copy(inline_file("a", "b"), "/etc/x.conf")  COPY <<'EOF' /etc/x.conf / a / b / EOF
//
// BuildKit ends a body at the first line equal to its delimiter, so ctdf
// takes EOF, or EOF1 ... EOF9 when a line of the body is EOF.

namespace ctdf {

namespace problem {
[[noreturn]] inline void every_heredoc_delimiter_EOF_to_EOF9_is_a_line_of_the_body(text_view line) {
    detail::raise("every heredoc delimiter, EOF and EOF1 to EOF9, is a line of the body", line);
}
[[noreturn]] inline void interpreter_word_has_a_heredoc_marker(text_view word) {
    detail::raise("an expand() interpreter word with << would make BuildKit read the RUN line differently", word);
}
[[noreturn]] inline void inline_file_destination_must_be_a_file_path_without_blanks_or_quotes(text_view dst) {
    detail::raise("an inline file's destination must be a file path of plain characters, not ending in /: COPY "
                  "<<EOF has no JSON form, and into a directory the file would be named after the delimiter",
                  dst);
}
[[noreturn]] inline void inline_file_lines_are_written_as_given_expand_is_not_read(text_view line) {
    detail::raise("an inline file's lines are written as given (its delimiter is quoted); expand() would not expand",
                  line);
}
}  // namespace problem

namespace detail {

inline constexpr text_view heredoc_delimiters[] = {"EOF",  "EOF1", "EOF2", "EOF3", "EOF4",
                                                          "EOF5", "EOF6", "EOF7", "EOF8", "EOF9"};

// The first delimiter that no line of the body equals: one look at each line.
template <std::size_t L>
constexpr text_view delimiter_for(const detail::array<text, L>& lines) {
    bool taken[10]{};
    for (const text& t : lines) {
        const text_view l = t.view();
        if (l.size() < 3 || l.size() > 4 || l[0] != 'E' || l[1] != 'O' || l[2] != 'F') continue;
        if (l.size() == 3)
            taken[0] = true;
        else if (l[3] >= '1' && l[3] <= '9')
            taken[l[3] - '0'] = true;
    }
    for (std::size_t d = 0; d != 10; ++d)
        if (!taken[d]) return heredoc_delimiters[d];
    problem::every_heredoc_delimiter_EOF_to_EOF9_is_a_line_of_the_body("EOF9");
}

constexpr cell line_cell(const text& t) { return cell{op::line, bit::bare_a, {}, 0, t.view(), {}, {}}; }

// A word of the interpreter's command line, shell-quoted unless plain. An
// expand() word is written as it is: it must not start a heredoc of its own
// (expand() itself refuses a final backslash, which would continue the line).
constexpr cell interpreter_cell(const text& t) {
    cell c = word_cell(t, "interpreter word");
    if (t.raw() && heredoc_marker(t.view()))
        problem::interpreter_word_has_a_heredoc_marker(t.view());
    return c;
}

}  // namespace detail

// The program that reads a script on its standard input, and its arguments:
// script(interpreter("bash", "-ex"), ...) writes RUN <<'EOF' bash -ex.
template <std::size_t K>
struct interpreter_t {
    detail::array<cell, K> words;
};

namespace detail {
struct interpreter_impl : texts_only<interpreter_impl> {
    template <class... T>
    static constexpr interpreter_t<sizeof...(T)> make(const T&... words) {
        return {{interpreter_cell(words)...}};
    }
};

template <std::size_t K, std::size_t L>
constexpr node<what::command, 1 + K + L> make_script(const detail::array<cell, K>& words,
                                                     const detail::array<text, L>& lines) {
    static_assert(L > 0, "ctdf: a script needs at least one line");
    node<what::command, 1 + K + L> n{};
    // BuildKit runs a body whose first line is #! as a file, and only when
    // RUN holds nothing but the heredoc.
    const bool shebang = K == 0 && lines[0].view().starts_with("#!");
    n.cells[0] = cell{op::script, shebang ? bit::shebang : 0, {}, K + L, delimiter_for(lines), {}, {}};
    copy_cells(n.cells.data() + 1, words.data(), K);
    for (std::size_t i = 0; i != L; ++i) n.cells[1 + K + i] = line_cell(lines[i]);
    return n;
}

struct script_impl {
    template <class... T>
    static constexpr auto make(const T&... lines) {
        return make_script(detail::array<cell, 0>{}, detail::array<text, sizeof...(T)>{lines...});
    }
    template <std::size_t K, class... T>
    static constexpr auto any(const interpreter_t<K>& i, const T&... lines) {
        static_assert((textual<T> && ...), "ctdf: script(interpreter(...), lines...): every line is text");
        return make_script(i.words, detail::array<text, sizeof...(T)>{to_text(lines)...});
    }
    template <class... T>
    static constexpr auto any(const T&... lines) {
        static_assert((textual<T> && ...), "ctdf: script takes an optional interpreter(...), then lines of text");
        return make_script(detail::array<cell, 0>{}, detail::array<text, sizeof...(T)>{to_text(lines)...});
    }
};

template <std::size_t N>
struct inline_file_t {
    detail::array<text, N> lines;
};

struct inline_file_impl : texts_only<inline_file_impl> {
    template <class... T>
    static constexpr inline_file_t<sizeof...(T)> make(const T&... lines) {
        for (const text& t : {lines...})
            if (t.raw()) problem::inline_file_lines_are_written_as_given_expand_is_not_read(t.view());
        return {{lines...}};
    }
};
struct inline_file_fn : text_fn<inline_file_impl> {
    using text_fn<inline_file_impl>::operator();
    constexpr inline_file_t<0> operator()() const { return {}; }  // an empty file
};

template <class T>
inline constexpr bool inline_file_option = false;
template <>
inline constexpr bool inline_file_option<link_t> = true;
template <>
inline constexpr bool inline_file_option<chmod_t> = true;
template <>
inline constexpr bool inline_file_option<chown_t> = true;
}  // namespace detail

// interpreter("python3"), interpreter("bash", "-ex"): see script.
inline constexpr detail::text_fn<detail::interpreter_impl> interpreter{};

// A script for one RUN, one line per argument (lines may be empty or start
// with #): run(script("set -e", "make")) writes RUN <<EOF, the lines, EOF, and
// BuildKit runs the body with the default shell, as written; it does not stop
// at a failing line unless the script says set -e. A first line #!... makes
// BuildKit run the body as a file with that interpreter. With
// interpreter(...) first, RUN <<'EOF' python3: the shell feeds the body to
// the program's standard input, expanding nothing. A RUN holding a script
// holds nothing else; with_env and run({{...}}, ...) variables are exported
// at the top of the body, or set before the interpreter.
inline constexpr detail::text_fn<detail::script_impl> script{};

// The lines of a file written by COPY: copy(inline_file("a", "b"), "/etc/x")
// writes COPY <<'EOF' /etc/x, the lines, EOF. The delimiter is quoted, so the
// file holds exactly the lines given, each ending in a newline; $ is not
// expanded. inline_file() is an empty file.
inline constexpr detail::inline_file_fn inline_file{};

// COPY of an inline file to dst, a file path. Options: chmod, chown, link
// (no --link unless asked for, as for the build context).
template <std::size_t N, class... O>
    requires(detail::inline_file_option<O> && ...)
constexpr auto copy(const detail::inline_file_t<N>& file, text dst, const O&... opts) {
    static_assert(detail::flags_once<O...>, "ctdf: a COPY or ADD flag is given twice (only exclude may repeat)");
    constexpr std::size_t parts = detail::sum<detail::flag_cells<O>...>();
    detail::require(dst, "COPY destination");
    if (!detail::bare_copy_arg(dst.view(), dst.raw()) || dst.view().back() == '/')
        problem::inline_file_destination_must_be_a_file_path_without_blanks_or_quotes(dst.view());
    node<what::copy, 1 + parts + N> out{};
    detail::copy_opts o;
    o.part = out.cells.data() + 1;
    int sequence[] = {0, (o.set(opts), 0)...};
    (void)sequence;
    if (o.link == 1 && !o.named_owner.empty()) problem::chown_by_name_fails_with_link_use_numeric_ids(o.named_owner);
    std::uint32_t flags = bit::heredoc | bit::bare_a | bit::bare_b | (dst.raw() ? bit::raw_b : 0);
    if (o.link == 1) flags |= bit::link | bit::link_asked;
    out.cells[0] = cell{op::copy, flags, {}, static_cast<std::uint32_t>(parts + N), detail::delimiter_for(file.lines),
                        dst.view(), {}};
    for (std::size_t i = 0; i != N; ++i) out.cells[1 + parts + i] = detail::line_cell(file.lines[i]);
    return out;
}

}  // namespace ctdf

#endif
