// Every example renders the same bytes at compile time and at run time, and
// those bytes are the expected file checked in beside the example.
#include <fstream>
#include <sstream>
#include <string>

#include "catch.hpp"

#include "apt_sources/apt_sources.hpp"
#include "clone_and_build/clone_and_build.hpp"
#include "every_method/every_method.hpp"
#include "helpers/helpers.hpp"
#include "minimal/minimal.hpp"
#include "multi_stage/multi_stage.hpp"
#include "python_service/python_service.hpp"

namespace {
std::string expected(const std::string& name) {
    std::ifstream in(std::string(CTDF_EXAMPLES_DIR) + "/" + name + "/Dockerfile", std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

template <const auto& Image>
void check(const std::string& name) {
    const std::string at_run_time = ctdf::to_string(Image);
    CHECK(at_run_time == ctdf::render<Image>.view());
    CHECK(at_run_time == expected(name));
}
}  // namespace

TEST_CASE("examples: compile-time and run-time renders match the expected files", "[examples]") {
    check<examples::minimal::image>("minimal");
    check<examples::multi_stage::image>("multi_stage");
    check<examples::python_service::image>("python_service");
    check<examples::every_method::image>("every_method");
    check<examples::apt_sources::image>("apt_sources");
    check<examples::clone_and_build::image>("clone_and_build");
    check<examples::helpers::image>("helpers");
}
