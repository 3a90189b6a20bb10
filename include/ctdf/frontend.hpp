#ifndef CTDF_FRONTEND_HPP
#define CTDF_FRONTEND_HPP

#include <string_view>

#include <ctdf/error.hpp>

namespace ctdf {

// What a Dockerfile frontend reads, so that a file aimed at an older one
// holds nothing it would refuse or ignore. COPY --link came with
// docker/dockerfile 1.4 (BuildKit 0.10); RUN --mount with 1.2.
struct frontend {
    std::string_view name;    // for messages
    std::string_view syntax;  // the # syntax= line it asks for; empty: keep the file's
    bool mounts = true;       // RUN --mount
    bool link = true;         // COPY --link
};

inline constexpr frontend dockerfile_1{"docker/dockerfile:1", "docker/dockerfile:1", true, true};
inline constexpr frontend dockerfile_1_4{"docker/dockerfile:1.4", "docker/dockerfile:1.4", true, true};
inline constexpr frontend dockerfile_1_2{"docker/dockerfile:1.2", "docker/dockerfile:1.2", true, false};
inline constexpr frontend dockerfile_1_0{"docker/dockerfile:1.0", "docker/dockerfile:1.0", false, false};
// Debian 12's buildah, and Docker 20.10's built-in frontend: mounts, no --link.
inline constexpr frontend buildah_1_28{"buildah 1.28", "", true, false};
inline constexpr frontend docker_20_10{"Docker 20.10's built-in frontend", "", true, false};

// dockerfile<x>(target(buildah_1_28)): automatic --link is left out, and a
// feature the frontend cannot read is refused, naming it.
struct target_t {
    frontend value;
};
constexpr target_t target(frontend f) { return {f}; }

namespace problem {
[[noreturn]] inline void COPY_link_needs_docker_dockerfile_1_4_which_the_target_does_not_read(
    std::string_view target) {
    detail::raise("COPY --link needs docker/dockerfile:1.4 or newer, which the target does not read", target);
}
[[noreturn]] inline void RUN_mount_needs_docker_dockerfile_1_2_which_the_target_does_not_read(
    std::string_view target) {
    detail::raise("RUN --mount needs docker/dockerfile:1.2 or newer, which the target does not read", target);
}
}  // namespace problem

}  // namespace ctdf

#endif
