# The receipt template, embedded in guichet_core at :/receipt (:/receipt/receipt.html,
# :/receipt/receipt.css), where receipt::ReceiptRenderer reads it. Meant to be included by
# app/core/CMakeLists.txt after guichet_core is defined; without it the renderer falls back to
# this folder in the source tree (builds run from the build tree).
set(GUICHET_RECEIPT_DIR ${CMAKE_SOURCE_DIR}/resources/receipt)
file(GLOB GUICHET_RECEIPT_FILES CONFIGURE_DEPENDS
    ${GUICHET_RECEIPT_DIR}/*.html ${GUICHET_RECEIPT_DIR}/*.css)
if(GUICHET_RECEIPT_FILES AND TARGET guichet_core)
    qt_add_resources(guichet_core guichet_core_receipt PREFIX /receipt
        BASE ${GUICHET_RECEIPT_DIR} FILES ${GUICHET_RECEIPT_FILES})
endif()
