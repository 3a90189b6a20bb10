#include "helpers.hpp"

int main(int argc, char** argv) { return ctdf::write<examples::helpers::image>(argc, argv); }
