# Tests of the visits view models (included from tests/unit/CMakeLists.txt).
