# Tests of the goals view models (included from tests/unit/CMakeLists.txt), on real stores in
# temporary directories.
doorstep_add_test(NAME tst_goaleditor LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_goaleditor.cpp ${CMAKE_CURRENT_LIST_DIR}/goalsfixture.h LIBS doorstep_app)
doorstep_add_test(NAME tst_goallistmodel LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_goallistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/goalsfixture.h LIBS doorstep_app)
doorstep_add_test(NAME tst_statementbrowsermodel LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_statementbrowsermodel.cpp LIBS doorstep_app)
