#ifndef CTDF_WRITE_HPP
#define CTDF_WRITE_HPP

#include <cstdio>
#include <cstring>
#include <ctdf/text_view.hpp>

#include <ctdf/render.hpp>

namespace ctdf {

namespace detail {
inline int usage(std::FILE* to, const char* self) {
    std::fprintf(to,
                 "usage: %s [--out PATH | PATH]\n"
                 "Writes the Dockerfile to PATH (through a temporary file and a rename),\n"
                 "or to standard output without a path or with PATH '-'.\n",
                 self);
    return to == stdout ? 0 : 2;
}

// Whether path already holds exactly text.
inline bool holds(const char* path, text_view text) {
    std::FILE* f = std::fopen(path, "rb");
    if (!f) return false;
    char buffer[4096];
    std::size_t at = 0;
    bool same = true;
    for (std::size_t n; same && (n = std::fread(buffer, 1, sizeof buffer, f)) != 0; at += n)
        same = n <= text.size() - at && std::memcmp(buffer, text.data() + at, n) == 0;
    std::fclose(f);
    return same && at == text.size();
}

// Writes the whole text next to the target, then renames it over the
// target, so a failed run never leaves a half-written Dockerfile. A file that
// already holds the text is left alone: its time stamp does not retrigger
// whatever builds from it.
inline int write_file(text_view text, const char* path) {
    if (holds(path, text)) return 0;
    char tmp[4096];
    if (std::snprintf(tmp, sizeof tmp, "%s.tmp", path) >= static_cast<int>(sizeof tmp)) {
        std::fprintf(stderr, "ctdf: the path is too long: %s\n", path);
        return 1;
    }
    std::FILE* f = std::fopen(tmp, "wb");
    if (!f) {
        std::fprintf(stderr, "ctdf: cannot open %s for writing\n", tmp);
        return 1;
    }
    const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (std::fclose(f) != 0 || !written || std::rename(tmp, path) != 0) {
        std::remove(tmp);
        std::fprintf(stderr, "ctdf: cannot write %s\n", path);
        return 1;
    }
    return 0;
}

inline int write(text_view text, int argc, char** argv) {
    const char* self = argc > 0 ? argv[0] : "generator";
    const char* path = "-";
    for (int i = 1; i < argc; ++i) {
        const text_view a = argv[i];
        if (a == "--help" || a == "-h") return usage(stdout, self);
        if (a == "--out") {
            if (i + 1 == argc) {
                std::fprintf(stderr, "ctdf: --out needs a path\n");
                return usage(stderr, self);
            }
            path = argv[++i];
        } else if (a.starts_with("--out=")) {
            path = argv[i] + 6;
        } else if (!a.starts_with("-") || a == "-") {
            path = argv[i];
        } else {
            std::fprintf(stderr, "ctdf: unexpected argument '%s'\n", argv[i]);
            return usage(stderr, self);
        }
    }
    if (std::strcmp(path, "-") == 0) {
        const bool ok = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
        return std::fflush(stdout) == 0 && ok ? 0 : 1;
    }
    return write_file(text, path);
}
}  // namespace detail

#if defined(CTDF_SECTION)
namespace detail {
template <std::size_t N>
struct bytes {
    char chars[N];
};
template <const auto& X>
constexpr bytes<render<X>.size()> bytes_of() {
    bytes<render<X>.size()> b{};
    for (std::size_t i = 0; i != render<X>.size(); ++i) b.chars[i] = render<X>.chars[i];
    return b;
}
// The text alone, for a build that cannot run the generator (cross-compiling)
// and takes it out of the object file with objcopy. As a variable of a
// template it lands in a section named after it (.rodata.<mangled name>, with
// "ctdf6detail7section" in it) on g++ and clang alike.
template <const auto& X>
struct section {
    [[gnu::used]] static constexpr bytes<render<X>.size()> text = bytes_of<X>();
};
}  // namespace detail
#endif

// The main of a generator program: int main(int argc, char** argv) {
// return ctdf::write<image>(argc, argv); }
template <const auto& X>
int write(int argc, char** argv) {
#if defined(CTDF_SECTION)
    (void)&detail::section<X>::text;
#endif
    return detail::write(render<X>.view(), argc, argv);
}

}  // namespace ctdf

#endif
