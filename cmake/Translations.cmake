# The translations: po/<lang>.po, compiled to .mo at build time (msgfmt --check), embedded
# in the binary (so it runs from anywhere) and installed under the locale directory.
# `cmake --build build --target pot` regenerates the template po/backstride.pot from the
# C++ catalogues and the rule engine's sentences (xgettext) and the built-in programs
# (po/program_strings.py).

find_program(MSGFMT_EXECUTABLE msgfmt REQUIRED)
find_program(XGETTEXT_EXECUTABLE xgettext)
find_program(MSGCAT_EXECUTABLE msgcat)
find_package(Python3 COMPONENTS Interpreter)

file(GLOB backstride_po_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/po/*.po)
list(SORT backstride_po_files)
set(backstride_mo_files "")
foreach(po IN LISTS backstride_po_files)
  get_filename_component(lang ${po} NAME_WE)
  set(mo ${PROJECT_BINARY_DIR}/generated/locale/${lang}.mo)
  add_custom_command(
    OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/generated/locale
    COMMAND ${MSGFMT_EXECUTABLE} --check -o ${mo} ${po}
    DEPENDS ${po}
    COMMENT "Compiling the ${lang} catalogue"
    VERBATIM)
  list(APPEND backstride_mo_files ${mo})
  install(FILES ${mo} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${lang}/LC_MESSAGES
          RENAME backstride.mo)
endforeach()

# Relative to the source folder, so the template's "#:" lines name files as the repo does.
set(backstride_catalogue_sources src/render/catalogue_en.cpp src/render/catalogue_review_en.cpp
                                 src/render/catalogue_checkpoints_en.cpp)
# The rule engine's sentences (rule_words(), rule_template()): msgids without a msgctxt.
set(backstride_engine_sources src/core/entry_point.cpp src/core/replay.cpp
                              src/core/replay_steps.cpp src/core/rule_checks.cpp src/core/screening.cpp)
if(XGETTEXT_EXECUTABLE AND MSGCAT_EXECUTABLE AND Python3_Interpreter_FOUND)
  file(GLOB backstride_pot_programs ${PROJECT_SOURCE_DIR}/data/programs/*.json)
  list(SORT backstride_pot_programs)
  set(pot_dir ${PROJECT_BINARY_DIR}/pot)
  add_custom_target(pot
    COMMAND ${CMAKE_COMMAND} -E make_directory ${pot_dir}
    COMMAND ${XGETTEXT_EXECUTABLE} --language=C++ --from-code=UTF-8 --keyword
            --keyword=msg:1c,2 --keyword=msg_n:1c,2,3 --flag=msg:2:no-c-format
            --flag=msg_n:2:no-c-format --flag=msg_n:3:no-c-format --add-comments
            --package-name=backstride --no-wrap -o ${pot_dir}/code.pot
            ${backstride_catalogue_sources}
    COMMAND ${XGETTEXT_EXECUTABLE} --language=C++ --from-code=UTF-8 --keyword
            --keyword=rule_words:1 --keyword=rule_template:1 --flag=rule_words:1:no-c-format
            --flag=rule_template:1:no-c-format --package-name=backstride --no-wrap
            -o ${pot_dir}/engine.pot ${backstride_engine_sources}
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/po/program_strings.py
            ${pot_dir}/programs.pot ${backstride_pot_programs}
    COMMAND ${MSGCAT_EXECUTABLE} --use-first --no-wrap -o ${PROJECT_SOURCE_DIR}/po/backstride.pot
            ${pot_dir}/code.pot ${pot_dir}/engine.pot ${pot_dir}/programs.pot
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Regenerating po/backstride.pot (then: msgmerge --update po/LANG.po po/backstride.pot)"
    VERBATIM)
endif()
