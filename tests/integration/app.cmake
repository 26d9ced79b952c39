# What `./doorstep.sh run` does, with real processes: doorstep-server and its load-demo, and the app's
# Session signing in, enrolling and syncing over loopback HTTP.
doorstep_add_test(NAME tst_apprun LABEL integration SOURCES tst_apprun.cpp demoserver.h colleaguetablet.h serverprocess.h
    LIBS doorstep_app TIMEOUT 300)
target_compile_definitions(tst_apprun PRIVATE DOORSTEP_SERVER_PATH="$<TARGET_FILE:doorstep-server>")
add_dependencies(tst_apprun doorstep-server)
# A practitioner's day offline through the view models (today's visit with its notes, a goal review,
# a postcard in hand-over mode), then synced through the real server process to a second tablet.
doorstep_add_test(NAME tst_dayinthefield LABEL integration SOURCES tst_dayinthefield.cpp demoserver.h colleaguetablet.h serverprocess.h
    LIBS doorstep_app TIMEOUT 300)
target_compile_definitions(tst_dayinthefield PRIVATE DOORSTEP_SERVER_PATH="$<TARGET_FILE:doorstep-server>")
add_dependencies(tst_dayinthefield doorstep-server)
