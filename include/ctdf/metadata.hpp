#ifndef CTDF_METADATA_HPP
#define CTDF_METADATA_HPP

#include <cstddef>
#include <ctdf/text_view.hpp>
#include <type_traits>
#include <utility>

#include <ctdf/chars.hpp>
#include <ctdf/detail/flatten.hpp>
#include <ctdf/detail/text_fn.hpp>
#include <ctdf/instructions.hpp>
#include <ctdf/node.hpp>
#include <ctdf/text.hpp>

// What the image says about itself: USER, EXPOSE, LABEL, VOLUME, STOPSIGNAL.

namespace ctdf {

namespace problem {
[[noreturn]] inline void expose_is_not_port_range_and_lowercase_protocol(text_view value) {
    detail::raise("EXPOSE takes port[-port][/tcp|/udp|/sctp], ports 1 to 65535, protocol in lowercase", value);
}
[[noreturn]] inline void label_key_is_not_letters_digits_dots_dashes_underscores(text_view key) {
    detail::raise("LABEL key must be letters, digits, '.', '_' and '-'", key);
}
[[noreturn]] inline void stopsignal_is_not_a_signal_name_or_number(text_view signal) {
    detail::raise("STOPSIGNAL takes a signal name (SIGTERM) or number", signal);
}
[[noreturn]] inline void healthcheck_options_come_before_the_command() {
    detail::raise("HEALTHCHECK options come before the command", "");
}
[[noreturn]] inline void healthcheck_needs_a_command() { detail::raise("HEALTHCHECK needs a command", ""); }
[[noreturn]] inline void healthcheck_duration_is_not_a_number_and_unit(text_view value) {
    detail::raise("HEALTHCHECK duration must be numbers with units ms, s, m or h, like 30s or 1m30s", value);
}
}  // namespace problem

// HEALTHCHECK options: interval("30s"), timeout("5s"), start_period("1m"),
// start_interval("2s"), retries(3).
struct health_option {
    cell c;
};

namespace detail {
// A duration as Go reads it: one or more <digits><unit>, unit ms, s, m or h.
constexpr void check_duration(text_view s) {
    std::size_t i = 0;
    bool any = false;
    while (i < s.size()) {
        const std::size_t digits = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == digits || i == s.size()) problem::healthcheck_duration_is_not_a_number_and_unit(s);
        if (s.substr(i, 2) == "ms") {
            i += 2;
        } else if (s[i] == 's' || s[i] == 'm' || s[i] == 'h') {
            ++i;
        } else {
            problem::healthcheck_duration_is_not_a_number_and_unit(s);
        }
        any = true;
    }
    if (!any) problem::healthcheck_duration_is_not_a_number_and_unit(s);
}
constexpr health_option duration(text_view name, text value) {
    check_duration(value.view());
    return {cell{op::flag, bit::bare_b, {}, 0, name, value.view(), {}}};
}
}  // namespace detail

constexpr health_option interval(text d) { return detail::duration("interval", d); }
constexpr health_option timeout(text d) { return detail::duration("timeout", d); }
constexpr health_option start_period(text d) { return detail::duration("start-period", d); }
constexpr health_option start_interval(text d) { return detail::duration("start-interval", d); }
constexpr health_option retries(unsigned n) { return {cell{op::flag, bit::number, {}, n, "retries", {}, {}}}; }

namespace problem {
[[noreturn]] inline void healthcheck_shell_form_reads_as_a_JSON_array(text_view command) {
    detail::raise("HEALTHCHECK's shell-form command starts like a JSON array, which BuildKit would read as the exec "
                  "form",
                  command);
}
}  // namespace problem

// healthcheck(interval("30s"), shell_form("curl -f http://localhost/ || exit 1")):
// HEALTHCHECK CMD in shell form, run by /bin/sh -c; the text is the shell's.
struct shell_form_t {
    text command;
};
constexpr shell_form_t shell_form(text command) {
    detail::require(command, "HEALTHCHECK command");
    const text_view s = command.view();
    std::size_t i = 1;
    while (i < s.size() && (chars::of(s[i]) & chars::blank)) ++i;
    if (s[0] == '[' && (i == s.size() || s[i] == '"' || s[i] == ']'))
        problem::healthcheck_shell_form_reads_as_a_JSON_array(s);
    if (chars::ends_in_continuation(s)) problem::text_ends_with_a_backslash_which_BuildKit_reads_as_joining_the_next_line(s);
    return {command};
}

namespace detail {
template <class P>
constexpr cell health_part(const P& p) {
    if constexpr (std::is_same_v<P, health_option>) {
        return p.c;
    } else if constexpr (std::is_same_v<P, shell_form_t>) {
        return cell{op::item, bit::raw_a, {}, 0, p.command.view(), {}, {}};
    } else {
        const text t = to_text(p);
        return cell{op::item, 0, {}, 0, t.view(), {}, {}};
    }
}
}  // namespace detail

// HEALTHCHECK [options] CMD ["program", "arg", ...]: options first, then
// the command in exec form. healthcheck_none(): HEALTHCHECK NONE, turning off
// the base image's check.
template <class... P>
    requires(sizeof...(P) > 0)
constexpr node<what::healthcheck, 1 + sizeof...(P)> healthcheck(const P&... parts) {
    static_assert(((std::is_same_v<P, health_option> || std::is_same_v<P, shell_form_t> || detail::textual<P>) && ...),
                  "ctdf: healthcheck(...) takes options (interval, timeout, ...) and then the command's words, or "
                  "shell_form(...)");
    static_assert(!(std::is_same_v<P, shell_form_t> || ...) ||
                      (((std::is_same_v<P, shell_form_t> ? 1 : 0) + ...) == 1 &&
                       ((detail::textual<P> ? 1 : 0) + ...) == 0),
                  "ctdf: healthcheck(..., shell_form(...)) takes the shell form alone, without exec-form words");
    node<what::healthcheck, 1 + sizeof...(P)> n{
        {cell{op::healthcheck, 0, {}, sizeof...(P), {}, {}, {}}, detail::health_part(parts)...}};
    bool words = false;
    for (std::size_t i = 1; i <= sizeof...(P); ++i) {
        const cell& c = n.cells[i];
        if (c.code == op::flag && words) problem::healthcheck_options_come_before_the_command();
        if (c.code == op::item && !words && c.a.empty()) problem::text_must_not_be_empty("HEALTHCHECK program");
        words = words || c.code == op::item;
    }
    if (!words) problem::healthcheck_needs_a_command();
    return n;
}
constexpr node<what::healthcheck, 1> healthcheck_none() {
    return {{cell{op::healthcheck, bit::no_value, {}, 0, {}, {}, {}}}};
}

namespace detail {
constexpr bool port(text_view s) {
    if (s.empty() || s.size() > 5) return false;
    unsigned n = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        n = n * 10 + static_cast<unsigned>(c - '0');
    }
    return n >= 1 && n <= 65535;
}

// port[-port][/protocol], as BuildKit's ExposeInvalidFormat and
// ExposeProtoCasing rules want it: no IP or host part, protocol in lowercase.
constexpr void check_expose(text_view s) {
    text_view ports = s;
    if (const auto slash = s.find('/'); slash != text_view::npos) {
        const text_view proto = s.substr(slash + 1);
        if (proto != "tcp" && proto != "udp" && proto != "sctp")
            problem::expose_is_not_port_range_and_lowercase_protocol(s);
        ports = s.substr(0, slash);
    }
    const auto dash = ports.find('-');
    const bool ok = dash == text_view::npos ? port(ports)
                                                   : port(ports.substr(0, dash)) && port(ports.substr(dash + 1));
    if (!ok) problem::expose_is_not_port_range_and_lowercase_protocol(s);
}

struct expose_impl : texts_only<expose_impl> {
    template <class... T>
    static constexpr node<what::metadata, sizeof...(T) + 1> make(const T&... ports) {
        (check_expose(ports.view()), ...);
        return {{cell{op::expose, 0, {}, sizeof...(T), {}, {}, {}}, cell{op::item, bit::bare_a, {}, 0, ports.view(), {}, {}}...}};
    }
};

struct volume_impl : texts_only<volume_impl> {
    template <class... T>
    static constexpr node<what::metadata, sizeof...(T) + 1> make(const T&... paths) {
        (require(paths, "VOLUME path"), ...);
        return {{cell{op::volume, 0, {}, sizeof...(T), {}, {}, {}}, cell{op::item, 0, {}, 0, paths.view(), {}, {}}...}};
    }
};

constexpr cell label_cell(const kv& e) {
    const text_view key = e.key.view();
    if (key.empty() || !chars::all(key, chars::secret_id))
        problem::label_key_is_not_letters_digits_dots_dashes_underscores(key);
    cell c{op::kv, bit::bare_a, {}, 0, key, e.value.view(), {}};
    if (e.value.present()) c.flags |= bit::has_b | word_flags_b(e.value);
    return c;
}
template <std::size_t N, std::size_t... I>
constexpr node<what::metadata, N + 1> labels(const kv (&entries)[N], std::index_sequence<I...>) {
    return {{cell{op::label, 0, {}, N, {}, {}, {}}, label_cell(entries[I])...}};
}
}  // namespace detail

// SHELL ["/bin/bash", "-o", "pipefail", "-c"]: the shell of the RUNs after it.
inline constexpr detail::text_fn<detail::exec_form_impl<what::metadata, op::shell>> shell{};

// USER name[:group]
constexpr node<what::metadata, 1> user(text name) {
    detail::require(name, "USER");
    return {{cell{op::user, detail::word_flags_a(name), {}, 0, name.view(), {}, {}}}};
}

// EXPOSE 8080 53/udp 8000-8010/tcp: each checked.
inline constexpr detail::text_fn<detail::expose_impl> expose{};

// LABEL key=value ..., on one line; keys such as org.opencontainers.image.title.
template <std::size_t N>
constexpr node<what::metadata, N + 1> label(const kv (&entries)[N]) {
    return detail::labels(entries, std::make_index_sequence<N>{});
}

// VOLUME ["/data", ...]: JSON form, each path exact.
inline constexpr detail::text_fn<detail::volume_impl> volume{};

// STOPSIGNAL SIGTERM (or a number).
constexpr node<what::metadata, 1> stopsignal(text signal) {
    const text_view s = signal.view();
    bool name = s.size() > 3 && s.substr(0, 3) == "SIG";
    for (char c : s.substr(name ? 3 : 0)) name = name && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    bool number = !s.empty();
    for (char c : s) number = number && c >= '0' && c <= '9';
    if (!name && !number) problem::stopsignal_is_not_a_signal_name_or_number(s);
    return {{cell{op::stopsignal, bit::bare_a, {}, 0, s, {}, {}}}};
}

}  // namespace ctdf

#endif
