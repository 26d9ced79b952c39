# Tests of the peer view models (included from tests/unit/CMakeLists.txt).
