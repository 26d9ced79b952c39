# The review screens and view models of the Doorstep.App module (included from qml/CMakeLists.txt):
# sync's conflicts and the changes the server refused, and the person's timeline.
target_sources(doorstep_app PRIVATE
    review/recorddescriber.h review/recorddescriber.cpp
    review/sessionwatch.h review/sessionwatch.cpp
    review/sessionlistmodel.h review/sessionlistmodel.cpp
    review/conflictlistmodel.h review/conflictlistmodel.cpp
    review/conflictresolver.h review/conflictresolver.cpp
    review/refusedchangelistmodel.h review/refusedchangelistmodel.cpp
    review/timelinemodel.h review/timelinemodel.cpp
)
target_include_directories(doorstep_app PUBLIC ${CMAKE_CURRENT_LIST_DIR})
qt_target_qml_sources(doorstep_app QML_FILES
    review/TextVersionBox.qml
    review/ConfirmDialog.qml
    review/ConflictDetailPage.qml
    review/ConflictReviewPage.qml
    review/TimelineSection.qml
)
