# What `./doorstep.sh run` does, with real processes: doorstep-server and its load-demo, and the app's
# Session signing in, enrolling and syncing over loopback HTTP.
doorstep_add_test(NAME tst_apprun LABEL integration SOURCES tst_apprun.cpp serverprocess.h
    LIBS doorstep_app TIMEOUT 300)
target_compile_definitions(tst_apprun PRIVATE DOORSTEP_SERVER_PATH="$<TARGET_FILE:doorstep-server>")
add_dependencies(tst_apprun doorstep-server)
