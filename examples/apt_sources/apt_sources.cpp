#include "apt_sources.hpp"

int main(int argc, char** argv) { return ctdf::write<examples::apt_sources::image>(argc, argv); }
