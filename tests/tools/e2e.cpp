// Writes <dir>/everything.Dockerfile, the end-to-end definition buildah_e2e.sh
// builds.
#include <cstdio>
#include <string>

#include "e2e.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    const std::string path = std::string(argv[1]) + "/everything.Dockerfile";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return 1;
    const auto text = ctdf::render<e2e::everything>.view();
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok ? 0 : 1;
}
