#include "multi_stage.hpp"

int main(int argc, char** argv) { return ctdf::write<examples::multi_stage::image>(argc, argv); }
