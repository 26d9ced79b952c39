# The peer screens and view models of the Doorstep.App module (included from qml/CMakeLists.txt):
# the postcard hand-over mode and the peer evaluator mode.
target_sources(doorstep_app PRIVATE
    peer/peerlogging.h peer/peerlogging.cpp
    peer/draftslot.h peer/draftslot.cpp
    peer/readaloud.h peer/readaloud.cpp
    peer/postcardhandover.h peer/postcardhandover.cpp
    peer/roundlistmodel.h peer/roundlistmodel.cpp
    peer/intervieweelistmodel.h peer/intervieweelistmodel.cpp
    peer/intervieweditor.h peer/intervieweditor.cpp
)
target_include_directories(doorstep_app PUBLIC ${CMAKE_CURRENT_LIST_DIR})

# Reading the postcard aloud (Debian: qt6-speech-dev, and qt6-speech-flite-plugin for a voice). Without
# it the app builds and the read-aloud buttons stay hidden.
find_package(Qt6 QUIET COMPONENTS TextToSpeech)
if(TARGET Qt6::TextToSpeech)
    target_link_libraries(doorstep_app PRIVATE Qt6::TextToSpeech)
    target_compile_definitions(doorstep_app PRIVATE DOORSTEP_HAVE_TEXTTOSPEECH)
else()
    message(STATUS "Doorstep: Qt TextToSpeech not found: the postcard's read-aloud buttons stay hidden "
                   "(Debian package qt6-speech-dev)")
endif()

qt_target_qml_sources(doorstep_app QML_FILES
    peer/PostcardHandoverPage.qml
    peer/PeerHomePage.qml
    peer/InterviewPage.qml
)
