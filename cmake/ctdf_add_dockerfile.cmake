# ctdf_add_dockerfile(<name> SOURCE <file.cpp> [OUTPUT <path>] [ALL]
#                     [CONFIG <key>=<value>...] [EXTRACT])
#
# Builds the definition in SOURCE (a program whose main returns
# ctdf::write<image>(argc, argv)) and writes its Dockerfile to OUTPUT (default:
# <name>.Dockerfile in the current binary directory) when the target <name>
# is built. CONFIG values reach the definition as ctdf::config<"key", T>().
# EXTRACT, or CMAKE_CROSSCOMPILING, takes the text out of the compiled object
# with objcopy instead of running the program, which cannot run on the host.
include_guard(GLOBAL)

function(ctdf_add_dockerfile name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "ALL;EXTRACT" "SOURCE;OUTPUT" "CONFIG")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "ctdf_add_dockerfile(${name}): unknown argument(s): ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_SOURCE)
    message(FATAL_ERROR "ctdf_add_dockerfile(${name}): SOURCE <file.cpp> is required")
  endif()
  if(NOT arg_OUTPUT)
    set(arg_OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${name}.Dockerfile)
  endif()
  cmake_path(ABSOLUTE_PATH arg_OUTPUT BASE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  cmake_path(ABSOLUTE_PATH arg_SOURCE BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})

  # key=value pairs become one C string of lines, escaped.
  set(config "")
  foreach(pair IN LISTS arg_CONFIG)
    if(NOT pair MATCHES "^[A-Za-z_][A-Za-z0-9_]*=")
      message(FATAL_ERROR "ctdf_add_dockerfile(${name}): CONFIG takes key=value, not '${pair}'")
    endif()
    string(REPLACE "\\" "\\\\" pair "${pair}")
    string(REPLACE "\"" "\\\"" pair "${pair}")
    string(APPEND config "${pair}\\n")
  endforeach()

  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${name}.ctdf-stamp)
  if(arg_EXTRACT OR CMAKE_CROSSCOMPILING OR CTDF_EXTRACT)
    # The object file carries the text in its own section (see ctdf/write.hpp).
    add_library(${name}_definition OBJECT ${arg_SOURCE})
    target_compile_definitions(${name}_definition PRIVATE CTDF_SECTION=1)
    set(generator_target ${name}_definition)
    find_program(CTDF_OBJCOPY NAMES ${CMAKE_OBJCOPY} objcopy REQUIRED)
    add_custom_command(
      OUTPUT ${stamp}
      BYPRODUCTS ${arg_OUTPUT}
      COMMAND ${CMAKE_COMMAND} -DOBJCOPY=${CTDF_OBJCOPY} "-DOBJECTS=$<TARGET_OBJECTS:${name}_definition>"
              -DOUTPUT=${arg_OUTPUT} -P ${CTDF_CMAKE_DIR}/ctdf_extract.cmake
      COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
      DEPENDS ${name}_definition $<TARGET_OBJECTS:${name}_definition>
      COMMENT "Extracting Dockerfile ${arg_OUTPUT}"
      COMMAND_EXPAND_LISTS VERBATIM)
  else()
    add_executable(${name}_generator ${arg_SOURCE})
    set(generator_target ${name}_generator)
    # The generator leaves an unchanged file untouched; the stamp tells the
    # build that it ran.
    add_custom_command(
      OUTPUT ${stamp}
      BYPRODUCTS ${arg_OUTPUT}
      COMMAND ${name}_generator --out ${arg_OUTPUT}
      COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
      DEPENDS ${name}_generator
      COMMENT "Writing Dockerfile ${arg_OUTPUT}"
      VERBATIM)
  endif()
  target_link_libraries(${generator_target} PRIVATE ctdf::ctdf)
  if(NOT config STREQUAL "")
    set(header ${CMAKE_CURRENT_BINARY_DIR}/${name}.ctdf-config.hpp)
    file(CONFIGURE OUTPUT ${header} CONTENT "#define CTDF_CONFIG \"${config}\"\n" @ONLY)
    target_compile_definitions(${generator_target} PRIVATE "CTDF_CONFIG_HEADER=\"${header}\"")
  endif()

  if(arg_ALL)
    add_custom_target(${name} ALL DEPENDS ${stamp})
  else()
    add_custom_target(${name} DEPENDS ${stamp})
  endif()
  set_target_properties(${name} PROPERTIES CTDF_DOCKERFILE ${arg_OUTPUT})
endfunction()
