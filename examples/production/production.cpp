#include "production.hpp"

int main(int argc, char** argv) { return ctdf::write<examples::production::image>(argc, argv); }
