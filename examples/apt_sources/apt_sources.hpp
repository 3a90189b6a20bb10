#pragma once
#include <ctdf.hpp>

// Smart apt: packages from a PPA and from a third-party repository, with
// apt's caches kept between builds under locked cache mounts. An update runs
// before the first install and again after each source added; the lists are
// not cleaned up, since the cache mount is what keeps them.
namespace examples::apt_sources {

inline constexpr auto tools = ctdf::stage<"tools">("ubuntu:24.04")(
    ctdf::env({{"DEBIAN_FRONTEND", "noninteractive"}}),
    ctdf::cache("/var/cache/apt", ctdf::locked)(
        ctdf::cache("/var/lib/apt/lists", ctdf::locked)(
            ctdf::run(ctdf::apt_install("software-properties-common", "curl", "gnupg"),
                      ctdf::add_apt_ppa("ppa:deadsnakes/ppa"),
                      ctdf::add_apt_repo("https://apt.releases.hashicorp.com/gpg",
                                         "https://apt.releases.hashicorp.com noble main", "hashicorp"),
                      ctdf::apt_install("python3.12", "terraform"),
                      ctdf::apt_clean()))),
    ctdf::cmd("terraform", "version"));

inline constexpr auto image = ctdf::dockerfile<tools>();

}  // namespace examples::apt_sources
