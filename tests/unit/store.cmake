# The store: repositories and validation, NHS numbers, migrations, atomicity, the clock, encryption
# and the outbox. Each test keeps its databases in a QTemporaryDir; storefixture.h holds their helpers.
set(DOORSTEP_STORE_FIXTURE ${CMAKE_CURRENT_LIST_DIR}/storefixture.h)
doorstep_add_test(NAME tst_repositories LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_repositories.cpp ${DOORSTEP_STORE_FIXTURE})
doorstep_add_test(NAME tst_nhsnumber LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_nhsnumber.cpp ${DOORSTEP_STORE_FIXTURE})
doorstep_add_test(NAME tst_migrations LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_migrations.cpp ${DOORSTEP_STORE_FIXTURE})
doorstep_add_test(NAME tst_atomicity LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_atomicity.cpp ${DOORSTEP_STORE_FIXTURE})
doorstep_add_test(NAME tst_hybridlogicalclock LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hybridlogicalclock.cpp ${DOORSTEP_STORE_FIXTURE})
doorstep_add_test(NAME tst_encryption LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_encryption.cpp ${DOORSTEP_STORE_FIXTURE})
doorstep_add_test(NAME tst_outbox LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_outbox.cpp ${DOORSTEP_STORE_FIXTURE})
doorstep_add_test(NAME tst_jsonparser LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jsonparser.cpp)
doorstep_add_test(NAME tst_fieldcodec LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fieldcodec.cpp)
doorstep_add_test(NAME tst_fieldstamps LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fieldstamps.cpp)
doorstep_add_test(NAME tst_sealedread LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sealedread.cpp ${DOORSTEP_STORE_FIXTURE})
doorstep_add_test(NAME tst_checkpointer LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_checkpointer.cpp)
doorstep_add_test(NAME tst_pulledpage LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pulledpage.cpp ${DOORSTEP_STORE_FIXTURE})
doorstep_add_test(NAME tst_deferredindexes LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_deferredindexes.cpp ${DOORSTEP_STORE_FIXTURE})
