# Tests of the visits view models (included from tests/unit/CMakeLists.txt).
doorstep_add_test(NAME tst_storesecrets LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storesecrets.cpp)
