#ifndef CTDF_CELL_HPP
#define CTDF_CELL_HPP

#include <cstddef>
#include <cstdint>
#include <ctdf/text_view.hpp>

namespace ctdf {

// The flat model. Every instruction of a stage is a run of cells in one
// homogeneous array: a head cell saying what it is and how many cells follow,
// then its parts. Nodes are flattened into cells once, when a stage or scope
// takes them, so large definitions cost a copy per cell and nothing more.
enum class op : std::uint8_t {
    arg,          // a=name b=value
    env,          // n kv cells follow
    path,         // ENV PATH=; n item cells follow
    workdir,      // a=path
    copy,         // a=src b=dst c=--from value; n flag cells follow (a=name b=value n=since version)
    add,          // a=src b=dst; n flag cells follow, as for copy
    cmd,          // n item cells follow
    entrypoint,   // n item cells follow
    run,          // n cells follow: mounts, scoped env, commands, in any order
    user,         // a=user[:group]
    expose,       // n item cells follow: port[-port][/protocol]
    label,        // n kv cells follow
    volume,       // n item cells follow
    stopsignal,   // a=signal
    shell,        // n item cells follow: the shell and its flags
    healthcheck,  // n parts follow: flag cells (options), then item cells (the command); none: NONE
    onbuild,      // n cells follow: one instruction, run when another build starts FROM this image
    kv,           // a=key b=value
    item,         // a=text
    mount,        // sub=mount kind; cache a=target; secret a=id b=target; bind a=source b=target;
                  // tmpfs a=target; ssh a=id b=target; c=from; n option flag cells follow
    scoped_env,   // a=key b=value: exported for every command of its RUN
    run_env,      // a=key b=value: inline env before every command of its RUN
    run_flag,     // a=name b=value: RUN --network=..., --security=...
    command,      // a=raw shell text; n kv cells follow, its own inline env
    apt_update,   // the update a smart apt install puts before itself
    apt_install,  // n item cells follow: the packages
    apt_ppa,      // a=ppa: add-apt-repository, the lists are stale after it
    apt_repo,     // a=key url b=repository c=name: a keyring and a sources list
    apt_clean,    // the lists removed, unless a cache mount keeps them
    words,        // n parts follow: kv (inline env), item (program, arguments), flag
    flag,         // a=name b=value; bit::no_value, or bit::number with the value in n
    echo,         // a=text b=path; bit::append for >>
    cd,           // a=path, or none: cd - (back)
    curl_bash,    // n item cells follow: the url, then the script's arguments
    tarball,      // a=url b=directory; one flag part (n=strip) follows
    fetch,        // a=url b=destination
    script,       // a=heredoc delimiter; n parts follow: item cells (an interpreter), then line cells
    line,         // a=one line of a heredoc's body, written as it is
};

enum class mount_kind : std::uint8_t { cache, secret, bind, tmpfs, ssh };

namespace bit {
inline constexpr std::uint32_t raw_a = 1;       // a is Dockerfile syntax, written as is
inline constexpr std::uint32_t raw_b = 2;       // b is Dockerfile syntax, written as is
inline constexpr std::uint32_t has_b = 4;       // b is present (ARG default, ENV value)
inline constexpr std::uint32_t link = 8;        // COPY --link
inline constexpr std::uint32_t skip = 32;       // a cell left out (an apt update already done)
inline constexpr std::uint32_t also_env = 64;   // ARG forwarded into ENV
inline constexpr std::uint32_t bare_a = 128;    // a is written as it is (a plain value, a name, a command)
inline constexpr std::uint32_t bare_b = 256;    // b is written as it is
inline constexpr std::uint32_t replaces = 512;  // a CMD or ENTRYPOINT meant to override an earlier one
inline constexpr std::uint32_t no_value = 1024;   // a flag written alone: --verbose
inline constexpr std::uint32_t number = 2048;     // a flag whose value is the number in n
inline constexpr std::uint32_t negative = 4096;   // that number is below zero
inline constexpr std::uint32_t append = 8192;     // echo ... >> rather than >
inline constexpr std::uint32_t fast = 16384;      // apt-fast rather than apt-get
inline constexpr std::uint32_t link_asked = 32768;  // --link asked for, not added by default
inline constexpr std::uint32_t no_file = 65536;     // a mount with no path to clash: ssh at its default, secret as env only
inline constexpr std::uint32_t heredoc = 131072;    // COPY of an inline file: a=delimiter, line cells after the flags
inline constexpr std::uint32_t shebang = 262144;    // a script whose first line is #!: BuildKit runs it as a file
}  // namespace bit

// Whether a value needs quoting is decided once, when its cell is made, so
// that the two render passes do not scan it again.
struct cell {
    op code{};
    std::uint32_t flags = 0;
    mount_kind sub{};
    std::uint32_t n = 0;
    text_view a{}, b{}, c{};

    constexpr bool has(std::uint32_t f) const { return (flags & f) != 0; }
};

// Copies n cells to out and returns the end: one builtin call on clang, where
// a loop costs several evaluation steps per cell while compiling.
constexpr cell* copy_cells(cell* out, const cell* from, std::size_t n) {
#if defined(__clang__)
    if (n != 0) __builtin_memcpy(out, from, n * sizeof(cell));
#else
    for (std::size_t i = 0; i != n; ++i) out[i] = from[i];
#endif
    return out + n;
}

// Where a mount cell puts its files; a secret without a target goes to
// /run/secrets/<id> (its a), and a mount with bit::no_file nowhere.
constexpr text_view mount_target(const cell& m) {
    return m.sub == mount_kind::cache || !m.has(bit::has_b) ? m.a : m.b;
}
// A secret without a target: mount_target is its id, under /run/secrets.
constexpr bool at_secret_path(const cell& m) { return m.sub == mount_kind::secret && !m.has(bit::has_b); }

}  // namespace ctdf

#endif
