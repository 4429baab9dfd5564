# The help pages, embedded in guichet_ui at :/help (:/help/<lang>/<page>.html, :/help/help.css).
# Included by app/ui/CMakeLists.txt. The pages are generated and committed: see
# resources/help/README.md (tools/ and src/ are not embedded).
set(GUICHET_HELP_DIR ${CMAKE_SOURCE_DIR}/resources/help)
file(GLOB GUICHET_HELP_FILES CONFIGURE_DEPENDS
    ${GUICHET_HELP_DIR}/*.css
    ${GUICHET_HELP_DIR}/en/*.html ${GUICHET_HELP_DIR}/fr/*.html
    ${GUICHET_HELP_DIR}/nl/*.html ${GUICHET_HELP_DIR}/de/*.html)
if(GUICHET_HELP_FILES)
    qt_add_resources(guichet_ui guichet_ui_help PREFIX /help BASE ${GUICHET_HELP_DIR}
        FILES ${GUICHET_HELP_FILES})
endif()
