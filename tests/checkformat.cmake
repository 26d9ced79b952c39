# Fails when any C++ source in the tree differs from what clang-format makes of it.
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/sync/*.cpp ${SOURCE_DIR}/sync/*.h
    ${SOURCE_DIR}/qml/*.cpp ${SOURCE_DIR}/qml/*.h
    ${SOURCE_DIR}/platforms/*.cpp ${SOURCE_DIR}/platforms/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources}
    RESULT_VARIABLE result ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    string(SUBSTRING "${output}" 0 4000 excerpt)
    message(FATAL_ERROR "clang-format: these files need formatting (run clang-format -i):\n${excerpt}")
endif()
list(LENGTH sources count)
message(STATUS "clang-format: ${count} files clean")
