# The demo neighbourhood generator (owned by the demo work). Headers are listed for AUTOMOC's sake.
target_sources(doorstep_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demoneighbourhood.h
    ${CMAKE_CURRENT_LIST_DIR}/demoneighbourhood.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demobuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/demobuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demonotebank.h
    ${CMAKE_CURRENT_LIST_DIR}/demonotebank.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demopeoplebank.h
    ${CMAKE_CURRENT_LIST_DIR}/demopeoplebank.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demorandom.h
    ${CMAKE_CURRENT_LIST_DIR}/demorandom.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demosamples.h
    ${CMAKE_CURRENT_LIST_DIR}/demosamples.cpp
)
