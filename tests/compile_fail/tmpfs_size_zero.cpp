// mistake: a tmpfs of size zero
// expect: tmpfs_size_must_be_above_zero_and_below_2_to_the_32_GiB
// fix: give the limit in bytes, or leave size out: size(64 << 20)
#include <ctdf.hpp>

inline constexpr auto app = ctdf::stage<"app">("debian:12")(
#ifndef CTDF_CONTROL
    ctdf::tmpfs("/tmp", ctdf::size(0))(ctdf::run("make")),
#endif
    ctdf::tmpfs("/tmp", ctdf::size(64 << 20))(ctdf::run("make")));
