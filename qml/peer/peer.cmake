# The peer screens and view models of the Doorstep.App module (included from qml/CMakeLists.txt).
