# Installs ctdf from its build tree into a fresh prefix, then builds and
# tests the consumer project against it with find_package.
# Inputs: CTDF_BUILD, BINARY, GENERATOR, CXX.
set(prefix ${BINARY}/prefix)
file(REMOVE_RECURSE ${BINARY})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${CTDF_BUILD} --prefix ${prefix} RESULT_VARIABLE rc
                OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed")
endif()
foreach(file include/ctdf.hpp share/cmake/ctdf/ctdfConfig.cmake share/cmake/ctdf/ctdfConfigVersion.cmake
             share/cmake/ctdf/ctdf_add_dockerfile.cmake share/pkgconfig/ctdf.pc)
  if(NOT EXISTS ${prefix}/${file})
    message(FATAL_ERROR "the install has no ${file}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --build-and-test ${CMAKE_CURRENT_LIST_DIR}/project ${BINARY}/build
                        --build-generator ${GENERATOR}
                        --build-options -DCTDF_MODE=find_package -DCMAKE_PREFIX_PATH=${prefix}
                                        -DCMAKE_CXX_COMPILER=${CXX}
                        --test-command ${CMAKE_CTEST_COMMAND} --output-on-failure
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the consumer of the installed package failed")
endif()
