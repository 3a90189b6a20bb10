// write<x>(argc, argv): --out PATH through PATH.tmp and a rename, standard
// output, --help, and bad arguments.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "catch.hpp"

#include <ctdf.hpp>

namespace write_test {

namespace fs = std::filesystem;

inline constexpr auto app = ctdf::stage<"app">("ubuntu:24.04")(ctdf::workdir("/my app"), ctdf::cmd("./server"));

constexpr std::string_view app_text =
    "# syntax=docker/dockerfile:1\n"
    "FROM ubuntu:24.04 AS app\n"
    "WORKDIR \"/my app\"\n"
    "CMD [\"./server\"]\n";

int call(std::vector<std::string> args) {
    args.insert(args.begin(), "generator");
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    return ctdf::write<app>(static_cast<int>(args.size()), argv.data());
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A fresh directory, removed with its contents at the end of the test.
struct temp_dir {
    fs::path path;
    temp_dir() {
        std::string tmpl = (fs::temp_directory_path() / "ctdf-write-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        path = tmpl;
    }
    ~temp_dir() { fs::remove_all(path); }
    temp_dir(const temp_dir&) = delete;
    temp_dir& operator=(const temp_dir&) = delete;
};

// Standard output and error sent to files while it lives.
struct capture {
    temp_dir dir;
    int saved_out = ::dup(1), saved_err = ::dup(2);
    capture() {
        std::fflush(stdout);
        std::fflush(stderr);
        redirect(1, "out");
        redirect(2, "err");
    }
    ~capture() {
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(saved_out, 1);
        ::dup2(saved_err, 2);
        ::close(saved_out);
        ::close(saved_err);
    }
    capture(const capture&) = delete;
    capture& operator=(const capture&) = delete;

    void redirect(int fd, const char* name) {
        std::FILE* f = std::fopen((dir.path / name).c_str(), "wb");
        if (!f) return;
        ::dup2(::fileno(f), fd);
        std::fclose(f);
    }
};

struct result {
    int rc;
    std::string out, err;
};

// Runs write with its output captured; checks come after, so that Catch's own
// output is not captured.
result call_captured(const std::vector<std::string>& args) {
    capture c;
    const int rc = call(args);
    std::fflush(stdout);
    std::fflush(stderr);
    return {rc, read(c.dir.path / "out"), read(c.dir.path / "err")};
}

}  // namespace write_test

using namespace write_test;

TEST_CASE("write: --out PATH writes the file and leaves no temporary", "[write]") {
    temp_dir dir;
    const fs::path out = dir.path / "Dockerfile";
    REQUIRE(call({"--out", out.string()}) == 0);
    CHECK(read(out) == app_text);
    CHECK_FALSE(fs::exists(out.string() + ".tmp"));
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("write: a bare PATH works like --out PATH", "[write]") {
    temp_dir dir;
    const fs::path out = dir.path / "Dockerfile";
    REQUIRE(call({out.string()}) == 0);
    CHECK(read(out) == app_text);
    CHECK_FALSE(fs::exists(out.string() + ".tmp"));
}

TEST_CASE("write: --out=PATH and an existing longer file is replaced", "[write]") {
    temp_dir dir;
    const fs::path out = dir.path / "Dockerfile";
    std::ofstream(out) << std::string(4096, 'x');
    REQUIRE(call({"--out=" + out.string()}) == 0);
    CHECK(read(out) == app_text);
    CHECK_FALSE(fs::exists(out.string() + ".tmp"));
}

TEST_CASE("write: a path that cannot be written fails and leaves nothing", "[write]") {
    temp_dir dir;
    const fs::path out = dir.path / "missing" / "Dockerfile";
    const result r = call_captured({"--out", out.string()});
    CHECK(r.rc != 0);
    CHECK(r.err.rfind("ctdf: ", 0) == 0);
    CHECK_FALSE(fs::exists(dir.path / "missing"));
    CHECK(fs::is_empty(dir.path));
}

TEST_CASE("write: standard output without --out or with --out -", "[write]") {
    for (const std::vector<std::string>& args : {std::vector<std::string>{}, std::vector<std::string>{"--out", "-"}}) {
        const result r = call_captured(args);
        CHECK(r.rc == 0);
        CHECK(r.out == app_text);
        CHECK(r.err.empty());
    }
}

TEST_CASE("write: --help prints usage on standard output and succeeds", "[write]") {
    for (const char* flag : {"--help", "-h"}) {
        const result r = call_captured({flag});
        CHECK(r.rc == 0);
        CHECK(r.out.rfind("usage: generator", 0) == 0);
        CHECK(r.out.find("--out PATH") != std::string::npos);
    }
}

TEST_CASE("write: unknown arguments and --out without a path return 2", "[write]") {
    for (const char* bad : {"--bogus", "-x", "--out"}) {
        const result r = call_captured({bad});
        CHECK(r.rc == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(bad) != std::string::npos);
    }
}
