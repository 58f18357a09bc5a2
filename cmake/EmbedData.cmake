# Turns data files (JSON schemas, built-in programs, compiled translations) into a C++ source file at build
# time, so the binary carries them. Regenerated whenever a data file changes.

set(BACKSTRIDE_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_data_script.cmake)

function(backstride_embed_data)
  cmake_parse_arguments(ARG "" "OUTPUT" "SCHEMAS;PROGRAMS;CATALOGUES" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${ARG_OUTPUT}" "-DSCHEMAS=${ARG_SCHEMAS}"
            "-DPROGRAMS=${ARG_PROGRAMS}" "-DCATALOGUES=${ARG_CATALOGUES}" -P ${BACKSTRIDE_EMBED_SCRIPT}
    DEPENDS ${ARG_SCHEMAS} ${ARG_PROGRAMS} ${ARG_CATALOGUES} ${BACKSTRIDE_EMBED_SCRIPT}
    COMMENT "Embedding backstride data files"
    VERBATIM)
endfunction()
