#ifndef CTDF_FRONTEND_HPP
#define CTDF_FRONTEND_HPP

#include <cstdint>
#include <ctdf/text_view.hpp>

#include <ctdf/error.hpp>

namespace ctdf {

// What a Dockerfile frontend reads, so that a file aimed at an older one
// holds nothing it would refuse or ignore. COPY --link came with
// docker/dockerfile 1.4 (BuildKit 0.10); RUN --mount with 1.2.
struct frontend {
    text_view name;    // for messages
    text_view syntax;  // the # syntax= line it asks for; empty: keep the file's
    bool mounts = true;       // RUN --mount
    bool link = true;         // COPY --link
    // The docker/dockerfile 1.x minor version whose features it reads: each
    // COPY and ADD flag below needs its own (latest: every one).
    std::uint8_t minor = 255;
    bool private_sharing = true;  // cache mounts with sharing=private (buildah 1.28 refuses them)
    bool backtick_escape = true;  // # escape=` inside quoted values (buildah 1.28 keeps \ there)
};

// Minimum docker/dockerfile versions, from the option tables of COPY and ADD
// in BuildKit's frontend/dockerfile/docs/reference.md and the frontend's
// release notes. A value is the minor version of docker/dockerfile:1.x.
namespace since {
inline constexpr std::uint8_t latest = 255;
inline constexpr std::uint8_t chmod = 2;            // COPY/ADD --chmod=0755
inline constexpr std::uint8_t link = 4;             // COPY/ADD --link
inline constexpr std::uint8_t add_git = 6;          // ADD <git repository>: dockerfile 1.6.0 graduated it from labs
inline constexpr std::uint8_t checksum = 6;         // ADD --checksum=sha256:...: the same release
inline constexpr std::uint8_t check = 8;            // the # check= directive (build checks)
inline constexpr std::uint8_t symbolic_chmod = 14;  // --chmod=u=rwX,go=rX
inline constexpr std::uint8_t unpack = 17;          // ADD --unpack
inline constexpr std::uint8_t exclude = 19;         // COPY/ADD --exclude: labs since 1.7, stable in 1.19
inline constexpr std::uint8_t parents = 20;         // COPY --parents: labs since 1.7, stable in 1.20
// RUN's flags beyond --mount (1.2), from RUN's section of the reference and
// the release notes of dockerfile 1.3.0, 1.4.0 (BuildKit 0.10), 1.10.0 and 1.20.0.
inline constexpr std::uint8_t network = 3;      // RUN --network: labs before 1.3.0
inline constexpr std::uint8_t tmpfs_size = 4;   // --mount=type=tmpfs,size=: BuildKit 0.10 (moby/buildkit#2411)
inline constexpr std::uint8_t secret_env = 10;  // --mount=type=secret,env=
inline constexpr std::uint8_t security = 20;    // RUN --security: labs only before 1.20.0 (moby/buildkit#6312)
inline constexpr std::uint8_t heredoc = 4;          // RUN <<EOF, COPY <<EOF: labs in 1.3, stable in 1.4.0
}  // namespace since

inline constexpr frontend dockerfile_1{"docker/dockerfile:1", "docker/dockerfile:1", true, true, since::latest};
inline constexpr frontend dockerfile_1_20{"docker/dockerfile:1.20", "docker/dockerfile:1.20", true, true, 20};
inline constexpr frontend dockerfile_1_19{"docker/dockerfile:1.19", "docker/dockerfile:1.19", true, true, 19};
inline constexpr frontend dockerfile_1_17{"docker/dockerfile:1.17", "docker/dockerfile:1.17", true, true, 17};
inline constexpr frontend dockerfile_1_14{"docker/dockerfile:1.14", "docker/dockerfile:1.14", true, true, 14};
inline constexpr frontend dockerfile_1_6{"docker/dockerfile:1.6", "docker/dockerfile:1.6", true, true, 6};
inline constexpr frontend dockerfile_1_4{"docker/dockerfile:1.4", "docker/dockerfile:1.4", true, true, 4};
inline constexpr frontend dockerfile_1_2{"docker/dockerfile:1.2", "docker/dockerfile:1.2", true, false, 2};
inline constexpr frontend dockerfile_1_0{"docker/dockerfile:1.0", "docker/dockerfile:1.0", false, false, 0};
// Debian 12's buildah, and Docker 20.10's built-in frontend: mounts, no
// --link; octal --chmod and --chown, no flag newer than that. buildah 1.28
// also refuses sharing=private, and reads RUN's --mount flag alone.
inline constexpr frontend buildah_1_28{"buildah 1.28", "", true, false, 2, false, false};
inline constexpr frontend docker_20_10{"Docker 20.10's built-in frontend", "", true, false, 2};

// dockerfile<x>(target(buildah_1_28)): automatic --link is left out, and a
// feature the frontend cannot read is refused, naming it.
struct target_t {
    frontend value;
};
constexpr target_t target(frontend f) { return {f}; }

namespace problem {
[[noreturn]] inline void COPY_link_needs_docker_dockerfile_1_4_which_the_target_does_not_read(
    text_view target) {
    detail::raise("COPY --link needs docker/dockerfile:1.4 or newer, which the target does not read", target);
}
[[noreturn]] inline void RUN_mount_needs_docker_dockerfile_1_2_which_the_target_does_not_read(
    text_view target) {
    detail::raise("RUN --mount needs docker/dockerfile:1.2 or newer, which the target does not read", target);
}
[[noreturn]] inline void ADD_link_needs_docker_dockerfile_1_4_which_the_target_does_not_read(text_view target) {
    detail::raise("ADD --link needs docker/dockerfile:1.4 or newer, which the target does not read", target);
}
[[noreturn]] inline void chmod_needs_docker_dockerfile_1_2_which_the_target_does_not_read(text_view target) {
    detail::raise("COPY and ADD --chmod need docker/dockerfile:1.2 or newer, which the target does not read", target);
}
[[noreturn]] inline void symbolic_chmod_needs_docker_dockerfile_1_14_which_the_target_does_not_read(
    text_view target) {
    detail::raise("a symbolic --chmod (u=rwX,...) needs docker/dockerfile:1.14 or newer, which the target does not read",
                  target);
}
[[noreturn]] inline void ADD_from_git_needs_docker_dockerfile_1_6_which_the_target_does_not_read(
    text_view target) {
    detail::raise("ADD from a Git repository needs docker/dockerfile:1.6 or newer, which the target does not read",
                  target);
}
[[noreturn]] inline void ADD_checksum_needs_docker_dockerfile_1_6_which_the_target_does_not_read(
    text_view target) {
    detail::raise("ADD --checksum needs docker/dockerfile:1.6 or newer, which the target does not read", target);
}
[[noreturn]] inline void ADD_unpack_needs_docker_dockerfile_1_17_which_the_target_does_not_read(
    text_view target) {
    detail::raise("ADD --unpack needs docker/dockerfile:1.17 or newer, which the target does not read", target);
}
[[noreturn]] inline void exclude_needs_docker_dockerfile_1_19_which_the_target_does_not_read(text_view target) {
    detail::raise("COPY and ADD --exclude need docker/dockerfile:1.19 or newer, which the target does not read",
                  target);
}
[[noreturn]] inline void escape_backtick_is_not_read_in_quoted_values_by_the_target(text_view target) {
    detail::raise("# escape=` is not read in quoted values by the target (it keeps \\ as their escape)", target);
}
[[noreturn]] inline void check_directive_needs_docker_dockerfile_1_8_which_the_target_does_not_read(
    text_view target) {
    detail::raise("the # check= directive needs docker/dockerfile:1.8 or newer, which the target does not read", target);
}
[[noreturn]] inline void COPY_parents_needs_docker_dockerfile_1_20_which_the_target_does_not_read(
    text_view target) {
    detail::raise("COPY --parents needs docker/dockerfile:1.20 or newer, which the target does not read", target);
}
[[noreturn]] inline void heredocs_need_docker_dockerfile_1_4_which_the_target_does_not_read(text_view target) {
    detail::raise("heredocs (RUN <<EOF, COPY <<EOF) need docker/dockerfile:1.4 or newer, which the target does not read",
                  target);
}
}  // namespace problem

}  // namespace ctdf

#endif
