#ifndef CTDF_ERROR_HPP
#define CTDF_ERROR_HPP

#include <cstddef>
#include <exception>
#include <ctdf/text_view.hpp>

namespace ctdf {

// Thrown when a definition built at run time holds text the compiler would
// have refused; the message is the one the compile-time check names:
// ctdf: <problem>: "<value>", control characters in the value made visible.
// It is held in the exception itself, so that this header (which every
// definition includes) needs no <string>; a value too long for it is cut
// and ends in "...".
class error : public std::exception {
public:
    error(text_view problem, text_view value) noexcept {
        constexpr char hex[] = "0123456789abcdef";
        put("ctdf: ");
        put(problem);
        put(": \"");
        for (char c : value) {
            const auto u = static_cast<unsigned char>(c);
            if (at_ + 8 > sizeof msg_) {
                put("...");
                break;
            }
            if (c == '\n') {
                put("\\n");
            } else if (c == '\r') {
                put("\\r");
            } else if (u < 0x20 || u == 0x7f) {
                const char escape[] = {'\\', 'x', hex[u >> 4], hex[u & 0xf], '\0'};
                put(escape);
            } else {
                msg_[at_++] = c;
            }
        }
        put("\"");
    }
    const char* what() const noexcept override { return msg_; }

private:
    void put(text_view s) noexcept {
        for (char c : s)
            if (at_ + 1 < sizeof msg_) msg_[at_++] = c;
    }
    char msg_[2048]{};
    std::size_t at_ = 0;
};

namespace detail {
[[noreturn]] inline void raise(text_view problem, text_view value) { throw error(problem, value); }
}  // namespace detail

// Each check calls one of these when it fails. They are not constexpr, so in a
// constant expression the call itself is the compile error and its name is the
// message; at run time they throw ctdf::error.
namespace problem {
[[noreturn]] inline void text_contains_a_line_break_or_nul(text_view value) {
    detail::raise("text contains a line break or NUL", value);
}
[[noreturn]] inline void text_must_not_be_empty(text_view what) {
    detail::raise("text must not be empty", what);
}
[[noreturn]] inline void variable_name_is_not_a_letter_or_underscore_then_letters_digits_underscores(
    text_view name) {
    detail::raise("variable name must be a letter or '_' followed by letters, digits or '_'", name);
}
[[noreturn]] inline void image_reference_is_not_a_valid_reference(text_view ref) {
    detail::raise("image reference is not valid (name[:tag][@digest], name in lowercase)", ref);
}
[[noreturn]] inline void image_repository_must_be_lowercase(text_view ref) {
    detail::raise("image repository must be lowercase", ref);
}
[[noreturn]] inline void image_tag_is_not_word_characters_dots_dashes(text_view ref) {
    detail::raise("image tag must be letters, digits, '_', '.' or '-' (at most 128, not starting with '.' or '-')", ref);
}
[[noreturn]] inline void image_digest_is_not_algorithm_colon_hex(text_view ref) {
    detail::raise("image digest must be algorithm:hex (sha256 takes 64 lowercase hex digits)", ref);
}
[[noreturn]] inline void image_registry_is_not_a_host_and_port(text_view ref) {
    detail::raise("image registry must be a host name or [IPv6] with an optional :port", ref);
}
[[noreturn]] inline void copy_from_value_is_not_one_plain_word(text_view value) {
    detail::raise("COPY --from value must be one word of A-Z a-z 0-9 _ . / : @ % + = - (or ${VAR})", value);
}
[[noreturn]] inline void chmod_is_not_octal_digits_or_a_symbolic_mode(text_view mode) {
    detail::raise("--chmod must be 1 to 4 octal digits (0755) or a symbolic mode of [ugoa]*[+-=][rwxXst]* clauses "
                  "joined by ',' (u=rwX,go=rX)",
                  mode);
}
[[noreturn]] inline void chown_is_not_user_or_user_colon_group(text_view owner) {
    detail::raise("--chown must be user or user:group, each a numeric id or a name of A-Z a-z 0-9 _ . - "
                  "not starting with a digit, '.' or '-'",
                  owner);
}
[[noreturn]] inline void chown_by_name_fails_with_link_use_numeric_ids(text_view owner) {
    detail::raise("--chown by name fails with --link, which copies into an empty filesystem with no /etc/passwd "
                  "(use numeric ids, or no_link)",
                  owner);
}
[[noreturn]] inline void exclude_pattern_is_not_one_plain_word(text_view pattern) {
    detail::raise("--exclude pattern must be one word of A-Z a-z 0-9 _ . / : @ % + , = - and * ? [ ]", pattern);
}
[[noreturn]] inline void checksum_is_not_sha256_colon_64_lowercase_hex_digits(text_view digest) {
    detail::raise("ADD --checksum must be sha256: followed by 64 lowercase hex digits", digest);
}
[[noreturn]] inline void ADD_checksum_needs_an_http_or_https_source(text_view source) {
    detail::raise("ADD --checksum needs an http:// or https:// source that is not a Git repository", source);
}
[[noreturn]] inline void ADD_keep_git_dir_needs_a_Git_repository_source(text_view source) {
    detail::raise("ADD --keep-git-dir needs a Git repository source (git@host:path, git://, ssh://, or a URL "
                  "ending in .git)",
                  source);
}
[[noreturn]] inline void mount_value_has_a_character_buildkit_would_reparse(text_view value) {
    detail::raise("mount value has a character BuildKit would reparse (only A-Z a-z 0-9 _ . / : @ % + = - are kept as written)", value);
}
[[noreturn]] inline void variable_name_looks_like_a_secret(text_view name) {
    detail::raise("variable name looks like a secret, and ARG, ENV and RUN text stay in the image's history "
                  "(mount it with ctdf::secret, or mark the name ctdf::not_secret)",
                  name);
}
[[noreturn]] inline void RUN_text_has_a_heredoc_marker_outside_quotes(text_view command) {
    detail::raise("RUN text has a << outside quotes, which BuildKit reads as a heredoc that swallows the lines "
                  "after it (quote it, or write <<< for a here-string)",
                  command);
}
[[noreturn]] inline void text_ends_with_a_backslash_which_BuildKit_reads_as_joining_the_next_line(
    text_view s) {
    detail::raise("text ends with a backslash, which BuildKit reads as joining the next line to this one", s);
}
[[noreturn]] inline void RUN_text_starts_with_hash_which_BuildKit_drops_as_a_comment(text_view command) {
    detail::raise("RUN text starts with #, and a continued line that starts with # is a comment BuildKit drops",
                  command);
}
[[noreturn]] inline void mount_target_is_relative_and_no_absolute_WORKDIR_came_before(text_view target) {
    detail::raise("mount target is relative and no absolute WORKDIR came before it in the stage", target);
}
[[noreturn]] inline void two_mounts_of_a_RUN_share_a_target(text_view target) {
    detail::raise("two mounts of a RUN share a target", target);
}
[[noreturn]] inline void secret_id_is_not_letters_digits_dots_dashes_underscores(text_view id) {
    detail::raise("secret id must be letters, digits, '.', '_' and '-'", id);
}
[[noreturn]] inline void workdir_is_relative_and_no_absolute_workdir_came_before(text_view path) {
    detail::raise("WORKDIR is relative and no absolute WORKDIR came before it in the stage", path);
}
[[noreturn]] inline void a_stage_has_more_than_one_CMD_wrap_the_later_in_replace(text_view first_argument) {
    detail::raise("a stage has more than one CMD (wrap the later in ctdf::replace to override)", first_argument);
}
[[noreturn]] inline void a_stage_has_more_than_one_HEALTHCHECK_wrap_the_later_in_replace(text_view command) {
    detail::raise("a stage has more than one HEALTHCHECK (wrap the later in ctdf::replace to override)", command);
}
[[noreturn]] inline void a_stage_has_more_than_one_ENTRYPOINT_wrap_the_later_in_replace(
    text_view first_argument) {
    detail::raise("a stage has more than one ENTRYPOINT (wrap the later in ctdf::replace to override)",
                  first_argument);
}
[[noreturn]] inline void a_RUN_with_a_script_holds_that_script_alone(text_view delimiter) {
    detail::raise("a RUN with a script holds that script alone: put the other commands in the script or in a RUN "
                  "of their own",
                  delimiter);
}
[[noreturn]] inline void a_script_starting_with_a_shebang_takes_no_variables_from_its_RUN(text_view line) {
    detail::raise("a script starting with #! takes no variables from its RUN (with_env, run({{...}}, ...)): BuildKit "
                  "runs it as a file; give the program with ctdf::interpreter instead",
                  line);
}
}  // namespace problem

}  // namespace ctdf

#endif
