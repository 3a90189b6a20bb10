// Every example renders the same bytes at compile time and at run time, and
// those bytes are the expected file checked in beside the example.
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <ctdf/to_string.hpp>

#include "catch.hpp"

#include "apt_sources/apt_sources.hpp"
#include "clone_and_build/clone_and_build.hpp"
#include "every_method/every_method.hpp"
#include "helpers/helpers.hpp"
#include "minimal/minimal.hpp"
#include "multi_stage/multi_stage.hpp"
#include "production/production.hpp"
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

// The build checks ctdf meets by construction, found in a Dockerfile's text:
// the names of the rules it breaks.
std::set<std::string> broken_rules(const std::string& text) {
    std::set<std::string> broken;
    std::istringstream lines(text);
    std::string line, heredoc;  // the delimiter of a heredoc body being skipped
    bool continued = false, in_body = false;
    while (std::getline(lines, line)) {
        if (in_body) {
            if (line == heredoc) in_body = false, heredoc.clear();
            continue;
        }
        // A heredoc's body starts after the instruction's last line.
        if (const auto at = line.find("<<"); at != std::string::npos) {
            std::size_t from = at + 2 + (line.compare(at + 2, 1, "-") == 0);
            if (from < line.size() && (line[from] == '\'' || line[from] == '"')) ++from;
            std::size_t to = from;
            while (to < line.size() && (std::isalnum(static_cast<unsigned char>(line[to])) || line[to] == '_')) ++to;
            heredoc = line.substr(from, to - from);
        }
        if (continued && line.find_first_not_of(" \t") == std::string::npos) broken.insert("NoEmptyContinuation");
        const bool instruction = !continued && !line.empty() && line[0] != '#';
        continued = !line.empty() && line.back() == '\\';
        in_body = !continued && !heredoc.empty();
        if (!instruction) continue;
        const std::string keyword = line.substr(0, line.find(' '));
        const std::string rest = line.substr(keyword.size() + 1);
        for (char c : keyword)
            if (std::islower(static_cast<unsigned char>(c))) broken.insert("ConsistentInstructionCasing");
        std::string upper = keyword;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (upper == "FROM" && rest.find(" AS ") == std::string::npos) broken.insert("FromAsCasing");
        if ((upper == "CMD" || upper == "ENTRYPOINT") && rest[0] != '[') broken.insert("JSONArgsRecommended");
        if ((upper == "ENV" || upper == "LABEL") && rest.substr(0, rest.find(' ')).find('=') == std::string::npos)
            broken.insert("LegacyKeyValueFormat");
        if (upper == "MAINTAINER") broken.insert("MaintainerDeprecated");
    }
    return broken;
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
    check<examples::production::image>("production");
}

TEST_CASE("examples: the build checks ctdf meets by construction hold in every example", "[examples][checks]") {
    // The checker finds each rule in a file that breaks them all.
    CHECK(broken_rules("FROM debian:12 as base\nfrom base AS app\nENV K v\nMAINTAINER me\nRUN a \\\n\n  && b\n"
                       "RUN <<EOF\nnot an instruction\nEOF\nCMD ./server\n") == std::set<std::string>{"ConsistentInstructionCasing", "FromAsCasing",
                                                                  "JSONArgsRecommended", "LegacyKeyValueFormat",
                                                                  "MaintainerDeprecated", "NoEmptyContinuation"});
    // A heredoc's body is not instructions; the checker skips it.
    CHECK(broken_rules("FROM a AS b\nRUN --mount=type=tmpfs,target=/tmp \\\n  <<EOF\nset -e\n\nEOF\n"
                       "COPY <<'EOF' /f\nenv k v\nEOF\nCMD [\"x\"]\n")
              .empty());
    for (const char* name : {"minimal", "multi_stage", "python_service", "every_method", "apt_sources",
                             "clone_and_build", "helpers", "production"}) {
        INFO(name);
        CHECK(broken_rules(expected(name)).empty());
    }
}
