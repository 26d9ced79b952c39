# Sync across real processes: the doorstep-server executable and device stores over loopback HTTP.
doorstep_add_test(NAME tst_syncprocesses LABEL integration SOURCES tst_syncprocesses.cpp serverprocess.h
    LIBS doorstep_sync doorstep_server TIMEOUT 300)
target_compile_definitions(tst_syncprocesses PRIVATE DOORSTEP_SERVER_PATH="$<TARGET_FILE:doorstep-server>")
add_dependencies(tst_syncprocesses doorstep-server)

# The README's deployment: nginx with TLS in front of two server instances.
find_program(DOORSTEP_NGINX nginx PATHS /usr/sbin /sbin)
if(DOORSTEP_NGINX)
    doorstep_add_test(NAME tst_nginx LABEL integration SOURCES tst_nginx.cpp serverprocess.h LIBS doorstep_sync TIMEOUT 180)
    target_compile_definitions(tst_nginx PRIVATE DOORSTEP_SERVER_PATH="$<TARGET_FILE:doorstep-server>"
        DOORSTEP_NGINX="${DOORSTEP_NGINX}"
        DOORSTEP_NGINX_CONF="${PROJECT_SOURCE_DIR}/sync/server/deploy/nginx-doorstep.conf")
    add_dependencies(tst_nginx doorstep-server)
else()
    message(STATUS "nginx not found: the proxy deployment test is not built")
endif()
