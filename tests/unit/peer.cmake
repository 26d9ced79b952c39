# Tests of the peer view models (included from tests/unit/CMakeLists.txt): the postcard hand-over,
# the round and interviewee lists, and the interview, each on a real demo store.
foreach(test tst_postcardhandover tst_peermodels tst_intervieweditor)
    doorstep_add_test(NAME ${test} LABEL unit
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp ${CMAKE_CURRENT_LIST_DIR}/peerfixture.h LIBS doorstep_app)
endforeach()
