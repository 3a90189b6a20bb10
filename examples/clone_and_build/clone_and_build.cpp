#include "clone_and_build.hpp"

int main(int argc, char** argv) { return ctdf::write<examples::clone_and_build::image>(argc, argv); }
