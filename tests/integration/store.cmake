# Crash safety: a child that saves notes in a loop, killed with SIGKILL at random moments.
add_executable(crashwriter crashwriter.cpp)
target_link_libraries(crashwriter PRIVATE doorstep_core)

doorstep_add_test(NAME tst_crashsafety LABEL integration SOURCES tst_crashsafety.cpp TIMEOUT 240)
target_compile_definitions(tst_crashsafety PRIVATE CRASHWRITER_PATH="$<TARGET_FILE:crashwriter>")
add_dependencies(tst_crashsafety crashwriter)
