doorstep_add_test(NAME tst_instrumentcatalogue LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_instrumentcatalogue.cpp)
