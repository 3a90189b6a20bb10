#ifndef CTDF_PACKAGES_HPP
#define CTDF_PACKAGES_HPP

#include <concepts>
#include <ctdf/text_view.hpp>

#include <ctdf/detail/flatten.hpp>
#include <ctdf/detail/text_fn.hpp>
#include <ctdf/node.hpp>
#include <ctdf/run.hpp>
#include <ctdf/scope.hpp>
#include <ctdf/text.hpp>
#include <ctdf/verbs.hpp>

// Package managers' installs as one call each: the RUN a user would write by
// hand, with the manager's cache in a cache mount so that a rebuild downloads
// only what changed, and nothing of the cache in the image. Each is composed
// of cache(...), run(...) and words(...), so every argument is quoted for
// /bin/sh and arrives exactly as given.

namespace ctdf {

namespace detail {

// One package manager: Spec gives the command and its mounts; the call takes
// packages or arguments, text or ctdf::flag(...). Text must not be empty.
template <class Spec>
struct package_fn {
    text dir = Spec::cache;

    // The same install with its cache mounted at another directory, for a
    // manager that keeps its cache there (dnf5, a PIP_CACHE_DIR, ...).
    constexpr package_fn cached_at(text target) const
        requires Spec::movable
    {
        return {target};
    }

    // A call with nothing to install: refused where the manager would fail.
    constexpr auto operator()() const {
        if constexpr (Spec::needs_args) {
            static_assert(!Spec::needs_args,
                          "ctdf: apk_add, dnf_install, microdnf_install, pip_install and cargo_install "
                          "need at least one package or argument");
            return node<what::run_scope, 0>{};  // keeps the error to the one line above
        } else {
            return Spec::make(dir);
        }
    }
    // One to eight texts: a literal is checked at the call, as text_fn does.
    constexpr auto operator()(text a) const { return make(a); }
    constexpr auto operator()(text a, text b) const { return make(a, b); }
    constexpr auto operator()(text a, text b, text c) const { return make(a, b, c); }
    constexpr auto operator()(text a, text b, text c, text d) const { return make(a, b, c, d); }
    constexpr auto operator()(text a, text b, text c, text d, text e) const { return make(a, b, c, d, e); }
    constexpr auto operator()(text a, text b, text c, text d, text e, text f) const {
        return make(a, b, c, d, e, f);
    }
    constexpr auto operator()(text a, text b, text c, text d, text e, text f, text g) const {
        return make(a, b, c, d, e, f, g);
    }
    constexpr auto operator()(text a, text b, text c, text d, text e, text f, text g, text h) const {
        return make(a, b, c, d, e, f, g, h);
    }
    // More texts, or flags among them.
    template <class... A>
        requires(!few_texts<A...>)
    constexpr auto operator()(const A&... args) const {
        static_assert((word_part<A> && ...), "ctdf: a package manager call takes text and ctdf::flag(...)");
        return make(args...);
    }

private:
    template <class... A>
    constexpr auto make(const A&... args) const {
        int sequence[] = {0, (check(args), 0)...};
        (void)sequence;
        return Spec::make(dir, args...);
    }
    template <class A>
    static constexpr void check(const A& arg) {
        if constexpr (!std::same_as<A, flag_t>) require(to_text(arg), Spec::what);
    }
};

// apk reads /etc/apk/cache, when it is a directory, as its cache of packages
// and indexes, and nothing else; --update-cache fetches fresh indexes, as the
// cached ones may be old. apk locks its database, not the cache: one writer.
struct apk_spec {
    static constexpr bool needs_args = true, movable = false;
    static constexpr text cache = "/etc/apk/cache";
    static constexpr const char* what = "apk package";
    template <class... A>
    static constexpr auto make(const text& dir, const A&... args) {
        return ctdf::cache(dir, locked)(ctdf::run(ctdf::words("apk", "add", "--update-cache", args...)));
    }
};

// dnf and microdnf delete downloaded packages unless keepcache is set, and
// trust cached metadata until it expires: --refresh checks it. dnf4 and
// libdnf lock by pid files, which another container's build cannot check:
// one writer.
// Booleans as 0/1 and the nodocs tsflag through --setopt read the same in
// dnf4, dnf5 and microdnf.
template <class... A>
constexpr auto dnf_like(const text& program, const text& dir, const A&... args) {
    return ctdf::cache(dir, locked)(ctdf::run(ctdf::words(program, "install", "-y", "--refresh",
                                              "--setopt=install_weak_deps=0", "--setopt=keepcache=1",
                                              "--setopt=tsflags=nodocs", args...)));
}

struct dnf_spec {
    static constexpr bool needs_args = true, movable = true;
    static constexpr text cache = "/var/cache/dnf";
    static constexpr const char* what = "dnf package";
    template <class... A>
    static constexpr auto make(const text& dir, const A&... args) {
        return dnf_like("dnf", dir, args...);
    }
};

struct microdnf_spec {
    static constexpr bool needs_args = true, movable = true;
    static constexpr text cache = "/var/cache/yum";
    static constexpr const char* what = "microdnf package";
    template <class... A>
    static constexpr auto make(const text& dir, const A&... args) {
        return dnf_like("microdnf", dir, args...);
    }
};

// pip's and npm's caches take concurrent writers: shared, the default.
struct pip_spec {
    static constexpr bool needs_args = true, movable = true;
    static constexpr text cache = "/root/.cache/pip";
    static constexpr const char* what = "pip argument";
    template <class... A>
    static constexpr auto make(const text& dir, const A&... args) {
        return ctdf::cache(dir)(ctdf::run(ctdf::words("pip", "install", args...)));
    }
};

struct npm_spec {
    static constexpr bool needs_args = false, movable = true;
    static constexpr text cache = "/root/.npm";
    static constexpr const char* what = "npm ci argument";
    template <class... A>
    static constexpr auto make(const text& dir, const A&... args) {
        return ctdf::cache(dir)(ctdf::run(ctdf::words("npm", "ci", args...)));
    }
};

// cargo install builds in --target-dir, cached, and copies the binaries to
// $CARGO_HOME/bin, in the image: a cached target/ of cargo build would take
// them out of the image with it. cargo locks the registry and git checkouts
// by a file beside them, outside their mounts: one writer; the target
// directory's lock is inside it, so that one is shared.
struct cargo_spec {
    static constexpr bool needs_args = true, movable = true;
    static constexpr text cache = "/usr/local/cargo/target";
    static constexpr const char* what = "cargo install argument";
    template <class... A>
    static constexpr auto make(const text& dir, const A&... args) {
        return ctdf::cache("/usr/local/cargo/registry", locked)(ctdf::cache("/usr/local/cargo/git", locked)(
            ctdf::cache(dir)(ctdf::run(ctdf::words("cargo", "install", "--locked", "--target-dir", dir, args...)))));
    }
};

// Go guards both its caches itself (lock files in the module cache, atomic
// writes in the build cache): shared.
struct go_download_spec {
    static constexpr bool needs_args = false, movable = true;
    static constexpr text cache = "/go/pkg/mod";
    static constexpr const char* what = "go mod download argument";
    template <class... A>
    static constexpr auto make(const text& dir, const A&... args) {
        return ctdf::cache(dir)(ctdf::run(ctdf::words("go", "mod", "download", args...)));
    }
};

// The modules go_mod_download left in its cache, and the build cache.
struct go_build_spec {
    static constexpr bool needs_args = false, movable = false;
    static constexpr text cache = "/go/pkg/mod";
    static constexpr const char* what = "go build argument";
    template <class... A>
    static constexpr auto make(const text& dir, const A&... args) {
        return ctdf::cache(dir)(ctdf::cache("/root/.cache/go-build")(ctdf::run(ctdf::words("go", "build", args...))));
    }
};

}  // namespace detail

// RUN --mount=type=cache,target=/etc/apk/cache,sharing=locked
//   apk add --update-cache <packages>
inline constexpr detail::package_fn<detail::apk_spec> apk_add{};

// RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked
//   dnf install -y --refresh --setopt=install_weak_deps=0 --setopt=keepcache=1 --setopt=tsflags=nodocs <packages>
// dnf5 keeps its cache in /var/cache/libdnf5: dnf_install.cached_at(...).
inline constexpr detail::package_fn<detail::dnf_spec> dnf_install{};

// The same with microdnf, its cache in /var/cache/yum.
inline constexpr detail::package_fn<detail::microdnf_spec> microdnf_install{};

// RUN --mount=type=cache,target=/root/.cache/pip
//   pip install <arguments>     pip_install("-r", "requirements.txt")
inline constexpr detail::package_fn<detail::pip_spec> pip_install{};

// RUN --mount=type=cache,target=/root/.npm
//   npm ci <arguments>
inline constexpr detail::package_fn<detail::npm_spec> npm_ci{};

// RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked
//     --mount=type=cache,target=/usr/local/cargo/git,sharing=locked
//     --mount=type=cache,target=/usr/local/cargo/target
//   cargo install --locked --target-dir /usr/local/cargo/target <arguments>
//   cargo_install("--path", ".")
inline constexpr detail::package_fn<detail::cargo_spec> cargo_install{};

// RUN --mount=type=cache,target=/go/pkg/mod
//   go mod download <arguments>
inline constexpr detail::package_fn<detail::go_download_spec> go_mod_download{};

// RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build
//   go build <arguments>
inline constexpr detail::package_fn<detail::go_build_spec> go_build{};

}  // namespace ctdf

#endif
