# A Dockerfile is regenerated when its definition changes, a no-op rebuild
# does nothing, and a regeneration that renders the same text leaves the
# file's time stamp alone. Inputs: CTDF_SOURCE, BINARY, GENERATOR, CXX.
file(REMOVE_RECURSE ${BINARY})
file(COPY ${CMAKE_CURRENT_LIST_DIR}/project DESTINATION ${BINARY})
set(src ${BINARY}/project)
set(bin ${BINARY}/build)
set(dockerfile ${bin}/app.Dockerfile)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${ARGN} failed:\n${out}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()
function(build)
  run(${CMAKE_COMMAND} --build ${bin} --target app)
  set(out "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} -S ${src} -B ${bin} -G ${GENERATOR} -DCTDF_MODE=subdirectory -DCTDF_SOURCE=${CTDF_SOURCE}
    -DCMAKE_CXX_COMPILER=${CXX})
build()
file(TIMESTAMP ${dockerfile} first "%s")

# Nothing changed: nothing runs.
build()
if(NOT out MATCHES "no work to do" AND NOT out MATCHES "Built target app")
  message(FATAL_ERROR "a no-op rebuild did work:\n${out}")
endif()
if(out MATCHES "Writing Dockerfile")
  message(FATAL_ERROR "a no-op rebuild wrote the Dockerfile again:\n${out}")
endif()

# The definition is rebuilt, but renders the same text: the file is not touched.
execute_process(COMMAND ${CMAKE_COMMAND} -E sleep 1.1)
file(APPEND ${src}/app.cpp "// a comment changes the program, not the Dockerfile\n")
build()
if(NOT out MATCHES "Writing Dockerfile")
  message(FATAL_ERROR "an edited definition was not run again:\n${out}")
endif()
file(TIMESTAMP ${dockerfile} second "%s")
if(NOT first STREQUAL second)
  message(FATAL_ERROR "an unchanged rendering touched the Dockerfile (${first} -> ${second})")
endif()

# A real change: the file is written with the new text.
file(READ ${src}/app.cpp text)
string(REPLACE "/srv" "/opt/srv" text "${text}")
file(WRITE ${src}/app.cpp "${text}")
build()
file(READ ${dockerfile} written)
if(NOT written MATCHES "WORKDIR /opt/srv")
  message(FATAL_ERROR "an edited definition did not change the Dockerfile:\n${written}")
endif()
