# Compiles one compile-fail case twice: as written it must fail, and the
# first error line or the note under it must hold the expected message; with
# CTDF_CONTROL defined (the offending line disabled) it must compile.
# Inputs: CXX, CASE, INCLUDES (;-list), REPORT (optional file for the line count).
file(STRINGS ${CASE} expect_lines REGEX "^// expect: ")
list(GET expect_lines 0 expect)
string(REGEX REPLACE "^// expect: " "" expect "${expect}")

set(flags -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror)
foreach(dir IN LISTS INCLUDES)
  list(APPEND flags -I${dir})
endforeach()

execute_process(COMMAND ${CXX} ${flags} -DCTDF_CONTROL ${CASE} RESULT_VARIABLE control_rc
                ERROR_VARIABLE control_out OUTPUT_VARIABLE control_out)
if(NOT control_rc EQUAL 0)
  message(FATAL_ERROR "control does not compile:\n${control_out}")
endif()

execute_process(COMMAND ${CXX} ${flags} -fno-diagnostics-color ${CASE} RESULT_VARIABLE rc ERROR_VARIABLE out
                OUTPUT_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "compiled, but must fail with: ${expect}")
endif()

# The first error line, and the first note under it (before another error):
# what a reader sees first.
string(REPLACE ";" "<semicolon>" escaped "${out}")
string(REPLACE "\n" ";" lines "${escaped}")
set(first "")
set(note "")
foreach(line IN LISTS lines)
  if(first STREQUAL "")
    if(line MATCHES "error:")
      set(first "${line}")
    endif()
  elseif(line MATCHES "error:")
    break()
  elseif(line MATCHES "note:")
    set(note "${line}")
    break()
  endif()
endforeach()
string(REPLACE "<semicolon>" ";" shown "${first}\n${note}")
string(FIND "${shown}" "${expect}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "fails, but the first error does not say '${expect}':\n${shown}\n\nfull output:\n${out}")
endif()

string(REGEX MATCHALL "\n" newlines "${out}")
list(LENGTH newlines count)
if(REPORT)
  file(WRITE ${REPORT} "${count}\n${shown}\n")
endif()
if(count GREATER 25)
  message(FATAL_ERROR "the error takes ${count} lines (at most 25):\n${out}")
endif()
message(STATUS "fails as expected in ${count} lines: ${shown}")
