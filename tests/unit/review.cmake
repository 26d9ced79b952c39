# Tests of the review view models (included from tests/unit/CMakeLists.txt).
