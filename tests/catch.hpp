#ifndef CTDF_TESTS_CATCH_HPP
#define CTDF_TESTS_CATCH_HPP

// The Catch2 header of whichever version the build found.
#if defined(CTDF_CATCH3)
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif

#endif
