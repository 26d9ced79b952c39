# Tests of the review view models (included from tests/unit/CMakeLists.txt).
# Conflicts and refused changes between the app's tablet (a Session over HTTP) and a second tablet.
doorstep_add_test(NAME tst_conflictreview LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_conflictreview.cpp ${CMAKE_CURRENT_LIST_DIR}/reviewfixture.h
    LIBS doorstep_app doorstep_server)
# One person's timeline, on a store made here and on the demo neighbourhood.
doorstep_add_test(NAME tst_timelinemodel LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timelinemodel.cpp LIBS doorstep_app)
# The review pages in the app's window, offscreen at both orientations, saved as PNGs to look at.
doorstep_add_test(NAME tst_reviewpages LABEL qml
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reviewpages.cpp ${CMAKE_CURRENT_LIST_DIR}/reviewfixture.h
    LIBS doorstep_app doorstep_appplugin doorstep_server)
target_compile_definitions(tst_reviewpages PRIVATE
    DOORSTEP_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots-review")
