#pragma once
#include <ctdf.hpp>

// The smallest useful image: one stage, a working directory, a command.
namespace examples::minimal {

inline constexpr auto app = ctdf::stage<"base">("ubuntu:24.04")(
    ctdf::workdir("/app"),
    ctdf::cmd("./server"));

inline constexpr auto image = ctdf::dockerfile<app>();

static_assert(ctdf::render<image>.view() ==
              "# syntax=docker/dockerfile:1\n"
              "FROM ubuntu:24.04 AS base\n"
              "WORKDIR /app\n"
              "CMD [\"./server\"]\n");

}  // namespace examples::minimal
