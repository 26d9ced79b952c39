# Tests of the visits view models (included from tests/unit/CMakeLists.txt): the store's secrets that
# hold drafts and its range query for a day's visits, today's list, the visit editor, and autosave
# surviving SIGKILL.
doorstep_add_test(NAME tst_storesecrets LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storesecrets.cpp)
doorstep_add_test(NAME tst_recordrange LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_recordrange.cpp ${CMAKE_CURRENT_LIST_DIR}/storefixture.h)
doorstep_add_test(NAME tst_todayvisitsmodel LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_todayvisitsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/visitfixture.h
    LIBS doorstep_app)
doorstep_add_test(NAME tst_visiteditor LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_visiteditor.cpp ${CMAKE_CURRENT_LIST_DIR}/visitfixture.h
    LIBS doorstep_app)
# The real VisitPage offscreen, with input method events: the word being composed is in the draft.
doorstep_add_test(NAME tst_visitpreedit LABEL qml
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_visitpreedit.cpp ${CMAKE_CURRENT_LIST_DIR}/visitfixture.h
    LIBS doorstep_app doorstep_appplugin)

# A child that types into a VisitEditor and says what is durable; the test kills it with SIGKILL.
add_executable(autosave_typist ${CMAKE_CURRENT_LIST_DIR}/autosavetypist.cpp)
target_link_libraries(autosave_typist PRIVATE doorstep_app)
doorstep_add_test(NAME tst_autosavekill LABEL integration TIMEOUT 240
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_autosavekill.cpp LIBS doorstep_app)
target_compile_definitions(tst_autosavekill PRIVATE AUTOSAVE_TYPIST_PATH="$<TARGET_FILE:autosave_typist>")
add_dependencies(tst_autosavekill autosave_typist)
