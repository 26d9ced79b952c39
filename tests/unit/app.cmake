# The app's view models and session, on real stores in temporary directories.
doorstep_add_test(NAME tst_personlistmodel LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_personlistmodel.cpp LIBS doorstep_app)
doorstep_add_test(NAME tst_caseloadfilter LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_caseloadfilter.cpp LIBS doorstep_app)
doorstep_add_test(NAME tst_appsession LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_appsession.cpp LIBS doorstep_app)
# Sign-in, enrolment and sync status against a real server in the test's own process.
doorstep_add_test(NAME tst_appsignin LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_appsignin.cpp LIBS doorstep_app doorstep_server)
doorstep_add_test(NAME tst_appkeystorage LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_appkeystorage.cpp LIBS doorstep_platform)
# With a private session bus that has no keyring on it, the keyring must count as absent quickly.
find_program(DOORSTEP_DBUS_DAEMON dbus-daemon)
if(DOORSTEP_DBUS_DAEMON)
    target_compile_definitions(tst_appkeystorage PRIVATE DOORSTEP_DBUS_DAEMON="${DOORSTEP_DBUS_DAEMON}")
else()
    message(STATUS "Doorstep: dbus-daemon not found: tst_appkeystorage runs without its private-bus case "
                   "(Debian package dbus-daemon)")
endif()
# The wrong-PIN back-off, the idle lock and the background lock (a GUI application, offscreen).
doorstep_add_test(NAME tst_applock LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_applock.cpp LIBS doorstep_app)
# The Android and iOS packaging files (not built on this machine): well-formed, and saying what they must.
doorstep_add_test(NAME tst_platformfiles LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_platformfiles.cpp LIBS Qt6::Core)
target_compile_definitions(tst_platformfiles PRIVATE DOORSTEP_PLATFORMS_DIR="${PROJECT_SOURCE_DIR}/platforms")
# The Polish catalogue is complete: every string of qml/ in it (lupdate run afresh), every entry translated.
doorstep_add_test(NAME tst_translations LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp LIBS doorstep_app)
target_compile_definitions(tst_translations PRIVATE
    DOORSTEP_TS_FILE="${PROJECT_SOURCE_DIR}/assets/i18n/doorstep_pl.ts"
    DOORSTEP_QML_DIR="${PROJECT_SOURCE_DIR}/qml"
    DOORSTEP_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
