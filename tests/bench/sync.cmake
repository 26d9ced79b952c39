# The sync benchmarks (sync issue, "Benchmarks"): executables, not tests, each printing one JSON
# object per line. Run them from a Release build; each runs on SQLite and, when
# DOORSTEP_BENCH_POSTGRES holds a connection string, on PostgreSQL. See each file's header comment.
set(DOORSTEP_BENCH_SYNC_HEADERS
    benchsyncbackend.h benchsyncdevice.h benchsyncnotes.h benchsyncoutput.h benchsyncrecords.h
    benchsyncseeder.h benchsyncserver.h benchsynctransport.h benchsyncworkdirectory.h)

foreach(bench bench_sync_initial bench_sync_push bench_sync_ingest bench_sync_metadata)
    add_executable(${bench} ${bench}.cpp ${DOORSTEP_BENCH_SYNC_HEADERS})
    target_link_libraries(${bench} PRIVATE doorstep_sync doorstep_server Qt6::Sql)
    target_compile_definitions(${bench} PRIVATE DOORSTEP_SERVER_PATH="$<TARGET_FILE:doorstep-server>")
    add_dependencies(${bench} doorstep-server)
endforeach()
