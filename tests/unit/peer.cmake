# Tests of the peer view models (included from tests/unit/CMakeLists.txt): the postcard hand-over,
# the round and interviewee lists, and the interview, each on a real demo store; and the window
# that a peer evaluator's tablet opens on.
foreach(test tst_postcardhandover tst_peermodels tst_intervieweditor)
    doorstep_add_test(NAME ${test} LABEL unit
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp ${CMAKE_CURRENT_LIST_DIR}/peerfixture.h LIBS doorstep_app)
endforeach()
doorstep_add_test(NAME tst_peermode LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_peermode.cpp ${CMAKE_CURRENT_LIST_DIR}/peerfixture.h
    LIBS doorstep_app doorstep_appplugin)
