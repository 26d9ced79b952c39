# Sync across real processes: the doorstep-server executable and device stores over loopback HTTP.
doorstep_add_test(NAME tst_syncprocesses LABEL integration SOURCES tst_syncprocesses.cpp serverprocess.h
    LIBS doorstep_sync Qt6::Sql TIMEOUT 300)
target_compile_definitions(tst_syncprocesses PRIVATE DOORSTEP_SERVER_PATH="$<TARGET_FILE:doorstep-server>")
add_dependencies(tst_syncprocesses doorstep-server)
