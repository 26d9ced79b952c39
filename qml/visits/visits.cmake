# The visits screens and view models of the Doorstep.App module (included from qml/CMakeLists.txt):
# today's visits, the visit page with check-in and out, autosaved notes and an optional location fix.
target_sources(doorstep_app PRIVATE
    visits/visitchanges.h visits/visitchanges.cpp
    visits/visitdraft.h visits/visitdraft.cpp
    visits/locationfix.h visits/locationfix.cpp
    visits/dayrollover.h visits/dayrollover.cpp
    visits/todayvisitsmodel.h visits/todayvisitsmodel.cpp
    visits/visiteditor.h visits/visiteditor.cpp
    visits/visitpagesamples.h visits/visitpagesamples.cpp
)
target_include_directories(doorstep_app PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/visits)
target_link_libraries(doorstep_app PUBLIC Qt6::Positioning)

qt_target_qml_sources(doorstep_app QML_FILES
    visits/TodayPanel.qml
    visits/TodayVisitDelegate.qml
    visits/VisitAction.qml
    visits/VisitPage.qml
)

# The demo's location log (LocationFix::demoLog()), replayed where there is no GPS.
qt_add_resources(doorstep_app "doorstep_nmea"
    PREFIX "/doorstep/nmea"
    BASE ${PROJECT_SOURCE_DIR}/assets/nmea
    FILES ${PROJECT_SOURCE_DIR}/assets/nmea/leeds-demo.nmea
)
