# Files made at build time by running what was just built, so they always match the
# command line: the man page (backstride manpage, a hidden command) and the shell completion scripts
# (backstride completion SHELL). All land in ${PROJECT_BINARY_DIR}/dist.

set(BACKSTRIDE_DIST_DIR ${PROJECT_BINARY_DIR}/dist)
file(MAKE_DIRECTORY ${BACKSTRIDE_DIST_DIR})
set(run_to_file ${PROJECT_SOURCE_DIR}/cmake/run_to_file.cmake)

add_custom_command(
  OUTPUT ${BACKSTRIDE_DIST_DIR}/backstride.1 ${BACKSTRIDE_DIST_DIR}/backstride.1.gz
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${BACKSTRIDE_DIST_DIR}/backstride.1 -DGZIP=ON
          -P ${run_to_file} $<TARGET_FILE:backstride> manpage ${CMAKE_INSTALL_DOCDIR}/examples
  DEPENDS backstride ${run_to_file}
  COMMENT "Writing the man page backstride.1"
  VERBATIM)

set(completion_files)
foreach(shell bash zsh fish)
  set(file_bash backstride.bash)
  set(file_zsh _backstride)
  set(file_fish backstride.fish)
  set(output ${BACKSTRIDE_DIST_DIR}/${file_${shell}})
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output}
            -P ${run_to_file} $<TARGET_FILE:backstride> completion ${shell}
    DEPENDS backstride ${run_to_file}
    COMMENT "Writing the ${shell} completion script"
    VERBATIM)
  list(APPEND completion_files ${output})
endforeach()

add_custom_target(backstride_generated_files ALL
  DEPENDS ${BACKSTRIDE_DIST_DIR}/backstride.1 ${BACKSTRIDE_DIST_DIR}/backstride.1.gz
          ${completion_files})

install(FILES ${BACKSTRIDE_DIST_DIR}/backstride.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${BACKSTRIDE_DIST_DIR}/backstride.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME backstride)
install(FILES ${BACKSTRIDE_DIST_DIR}/_backstride
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${BACKSTRIDE_DIST_DIR}/backstride.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
