// mistake: ADD --keep-git-dir with a source that is not a Git repository
// expect: ADD_keep_git_dir_needs_a_Git_repository_source
// fix: give the repository's address (a URL ending in .git, git@host:path), or drop keep_git_dir
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::add("https://example.com/src.tgz", "/src/", ctdf::keep_git_dir),
#endif
    ctdf::add("https://example.com/src.git#v1", "/src/", ctdf::keep_git_dir));
