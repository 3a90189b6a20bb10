# Configures the misuse project with one mistake; it must fail, saying EXPECT.
# Inputs: CTDF_SOURCE, CASE, EXPECT, BINARY, GENERATOR.
file(REMOVE_RECURSE ${BINARY})
execute_process(COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/misuse -B ${BINARY} -G ${GENERATOR}
                        -DCTDF_SOURCE=${CTDF_SOURCE} -DCTDF_MISUSE=${CASE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "configuring with '${CASE}' succeeded; it must fail with: ${EXPECT}")
endif()
string(FIND "${out}" "${EXPECT}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "configuring with '${CASE}' failed without saying '${EXPECT}':\n${out}")
endif()
