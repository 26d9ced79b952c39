# Tests of the goals view models (included from tests/unit/CMakeLists.txt).
