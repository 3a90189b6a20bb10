// Writes every Dockerfile the project generates (the examples and the
// end-to-end definition) into DIR as NAME.Dockerfile, with NAME.json, the
// definition as data (ctdf::to_json), for roundtrip.js to compare.
#include <cstdio>
#include <string>
#include <string_view>

#include "apt_sources/apt_sources.hpp"
#include "clone_and_build/clone_and_build.hpp"
#include "e2e.hpp"
#include "every_method/every_method.hpp"
#include "helpers/helpers.hpp"
#include "minimal/minimal.hpp"
#include "multi_stage/multi_stage.hpp"
#include "python_service/python_service.hpp"

namespace {

bool save(const std::string& path, std::string_view text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok;
}

template <const auto& X>
bool both(const std::string& dir, const char* name) {
    return save(dir + "/" + name + ".Dockerfile", ctdf::render<X>.view()) &&
           save(dir + "/" + name + ".json", ctdf::to_json(X));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    const bool ok = both<examples::minimal::image>(dir, "minimal") &&
                    both<examples::multi_stage::image>(dir, "multi_stage") &&
                    both<examples::python_service::image>(dir, "python_service") &&
                    both<examples::every_method::image>(dir, "every_method") &&
                    both<examples::apt_sources::image>(dir, "apt_sources") &&
                    both<examples::clone_and_build::image>(dir, "clone_and_build") &&
                    both<examples::helpers::image>(dir, "helpers") && both<e2e::everything>(dir, "e2e");
    return ok ? 0 : 1;
}
