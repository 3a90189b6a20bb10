#include "minimal.hpp"

int main(int argc, char** argv) { return ctdf::write<examples::minimal::image>(argc, argv); }
