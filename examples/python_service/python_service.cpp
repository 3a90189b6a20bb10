#include "python_service.hpp"

int main(int argc, char** argv) { return ctdf::write<examples::python_service::image>(argc, argv); }
