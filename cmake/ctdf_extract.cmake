# Copies the section holding ctdf::detail::section<...>::text (see
# ctdf/write.hpp) out of a compiled definition into OUTPUT, leaving an OUTPUT
# that already holds the same text untouched.
# Inputs: OBJCOPY, OBJECTS (the definition's object file), OUTPUT.
list(GET OBJECTS 0 object)
set(fresh ${OUTPUT}.extracted)
execute_process(COMMAND ${OBJCOPY} -O binary --only-section=*ctdf6detail7section* ${object} ${fresh} RESULT_VARIABLE rc
                ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "objcopy could not extract the Dockerfile from ${object}: ${err}")
endif()
file(SIZE ${fresh} size)
if(size EQUAL 0)
  file(REMOVE ${fresh})
  message(FATAL_ERROR "${object} holds no rendered Dockerfile: does its main call ctdf::write<...>?")
endif()
file(COPY_FILE ${fresh} ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${fresh})
