# Instruments loader sources (owned by the instruments work).
# Headers are listed so that AUTOMOC sees their Q_GADGETs.
target_sources(doorstep_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/instrumentcatalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/instrumentcatalogue.h
    ${CMAKE_CURRENT_LIST_DIR}/istatement.h
    ${CMAKE_CURRENT_LIST_DIR}/istatementdomain.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonreader.h
    ${CMAKE_CURRENT_LIST_DIR}/outcomecell.h
    ${CMAKE_CURRENT_LIST_DIR}/outcomecolumn.h
    ${CMAKE_CURRENT_LIST_DIR}/outcomerow.h
    ${CMAKE_CURRENT_LIST_DIR}/outcomestatement.h
    ${CMAKE_CURRENT_LIST_DIR}/postcardfreetextquestion.h
    ${CMAKE_CURRENT_LIST_DIR}/postcardquestion.h
    ${CMAKE_CURRENT_LIST_DIR}/sourcereference.h
    ${CMAKE_CURRENT_LIST_DIR}/theme.h
)

# The shipped instruments, read at start-up from ":/doorstep/instruments" (InstrumentCatalogue::resourceDirectory()).
# On a static library Qt puts the resource's initialiser in an object library that travels with
# doorstep_core to whatever links it, so no Q_INIT_RESOURCE is needed (tst_instrumentcatalogue checks this).
qt_add_resources(doorstep_core "doorstep_instruments"
    PREFIX "/doorstep/instruments"
    BASE ${PROJECT_SOURCE_DIR}/assets/instruments
    FILES
        ${PROJECT_SOURCE_DIR}/assets/instruments/postcard.json
        ${PROJECT_SOURCE_DIR}/assets/instruments/i-statements.json
        ${PROJECT_SOURCE_DIR}/assets/instruments/outcomes-framework.json
        ${PROJECT_SOURCE_DIR}/assets/instruments/themes.json
)
