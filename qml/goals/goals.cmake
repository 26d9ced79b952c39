# The goals screens and view models of the Doorstep.App module (included from qml/CMakeLists.txt).
target_sources(doorstep_app PRIVATE
    goals/goalformat.h goals/goalformat.cpp
    goals/goaldraft.h goals/goaldraft.cpp
    goals/goalhistory.h goals/goalhistory.cpp
    goals/goallistmodel.h goals/goallistmodel.cpp
    goals/statementbrowsermodel.h goals/statementbrowsermodel.cpp
    goals/goaleditor.h goals/goaleditor.cpp
    goals/goalpagesamples.h goals/goalpagesamples.cpp
)
target_include_directories(doorstep_app PUBLIC ${CMAKE_CURRENT_LIST_DIR})
qt_target_qml_sources(doorstep_app QML_FILES
    goals/GoalsPage.qml
    goals/GoalDelegate.qml
    goals/GoalEditPage.qml
    goals/GoalReviewPage.qml
    goals/RatingSelector.qml
    goals/TrendChart.qml
    goals/StatementBrowserDialog.qml
    goals/TargetDateDialog.qml
    goals/FieldError.qml
)
