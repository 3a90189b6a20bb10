#pragma once
#include <ctdf.hpp>

// A Python service: dependencies installed from a private index whose
// credentials are a build secret, with pip's cache kept between builds.
namespace examples::python_service {

inline constexpr auto app = ctdf::stage<"app">("python:3.12-slim")(
    ctdf::env({{"PYTHONDONTWRITEBYTECODE", "1"}, {"PYTHONUNBUFFERED", "1"}}),
    ctdf::workdir("/app"),
    ctdf::copy("requirements.txt"),
    ctdf::cache("/root/.cache/pip")(
        ctdf::secret("pip-index", "/etc/pip.conf")(
            ctdf::run("pip install -r requirements.txt"))),
    ctdf::copy("src", "/app/src"),
    ctdf::entrypoint("python", "-m", "uvicorn"),
    ctdf::cmd("src.main:app", "--host", "0.0.0.0", "--port", "8000"));

inline constexpr auto image = ctdf::dockerfile<app>();

}  // namespace examples::python_service
