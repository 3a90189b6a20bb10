#include "every_method.hpp"

int main(int argc, char** argv) { return ctdf::write<examples::every_method::image>(argc, argv); }
