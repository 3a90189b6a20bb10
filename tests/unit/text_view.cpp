#include <string>
#include <string_view>

#include "catch.hpp"

#include <ctdf.hpp>

using namespace std::string_view_literals;
using ctdf::text_view;

namespace text_view_test {
inline constexpr auto app = ctdf::stage<"app">("debian:12")(ctdf::workdir("/srv"));
}  // namespace text_view_test

TEST_CASE("text_view: the operations ctdf uses, while compiling", "[text_view]") {
    constexpr text_view v = "registry:5000/team/app:1.0";
    STATIC_REQUIRE(v.size() == 26);
    STATIC_REQUIRE(!v.empty());
    STATIC_REQUIRE(text_view().empty());
    STATIC_REQUIRE(v.front() == 'r');
    STATIC_REQUIRE(v.back() == '0');
    STATIC_REQUIRE(v[8] == ':');
    STATIC_REQUIRE(v.find(':') == 8);
    STATIC_REQUIRE(v.find(':', 9) == 22);
    STATIC_REQUIRE(v.find('#') == text_view::npos);
    STATIC_REQUIRE(v.find(':', 26) == text_view::npos);
    STATIC_REQUIRE(v.find("team") == 14);
    STATIC_REQUIRE(v.find("teams") == text_view::npos);
    STATIC_REQUIRE(v.rfind(':') == 22);
    STATIC_REQUIRE(v.rfind('#') == text_view::npos);
    STATIC_REQUIRE(v.find_first_of("/:") == 8);
    STATIC_REQUIRE(v.substr(14) == "team/app:1.0");
    STATIC_REQUIRE(v.substr(14, 4) == "team");
    STATIC_REQUIRE(v.substr(19, 100) == "app:1.0");
    STATIC_REQUIRE(v.starts_with("registry"));
    STATIC_REQUIRE(!v.starts_with("registry:50001"));
    STATIC_REQUIRE(v.ends_with(":1.0"));
    STATIC_REQUIRE(v.ends_with('0'));
    STATIC_REQUIRE(!v.ends_with("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0"));
    STATIC_REQUIRE(v != "registry:5000/team/app:1.1");
    STATIC_REQUIRE(v.substr(0, 0) == "");
}

TEST_CASE("text_view: converts both ways with std::string_view and std::string", "[text_view]") {
    const std::string s = "hello world";
    const text_view from_string = s;
    CHECK(from_string.data() == s.data());
    CHECK(from_string.size() == s.size());
    CHECK(from_string == s);
    CHECK(s == from_string);
    CHECK(from_string == "hello world"sv);
    CHECK("hello world"sv == from_string);

    const std::string_view back = from_string;
    CHECK(back == "hello world");
    const std::string copied = from_string.substr(6);
    CHECK(copied == "world");

    constexpr std::string_view rendered = ctdf::render<text_view_test::app>;
    STATIC_REQUIRE(rendered == "# syntax=docker/dockerfile:1\nFROM debian:12 AS app\nWORKDIR /srv\n");
    const std::string as_string = ctdf::render<text_view_test::app>.view();
    CHECK(as_string == rendered);
}

TEST_CASE("text_view: dynamic() takes a std::string and keeps its characters", "[text_view]") {
    const std::string path = "/srv/app";
    const ctdf::text t = ctdf::dynamic(path);
    CHECK(t.view() == path);
    CHECK(t.view().data() == path.data());
}
