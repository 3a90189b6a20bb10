// mistake: a << in RUN text, which BuildKit reads as a heredoc swallowing the next lines
// expect: RUN_text_has_a_heredoc_marker_outside_quotes
// fix: quote it ('<<'), or write <<< for a here-string
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(
#ifndef CTDF_CONTROL
    ctdf::run("cat <<EOF > /etc/motd"),
#endif
    ctdf::run("echo '<<hello>>' > /etc/motd"));
