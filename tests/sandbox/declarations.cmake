# Declarations helper's tests, included by tests/sandbox/CMakeLists.txt.
# tst_rules: the business rules and the schema check as pure functions (no server).
# tst_sandbox_declarations: POST/GET/list/receipt over real HTTPS (SandboxFixture).
guichet_add_test(NAME tst_rules SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rules.cpp
    LIBS guichet_sandbox_objects LABELS sandbox TIMEOUT 120)

if(TARGET sandbox_test_fixture AND EXISTS ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_declarations.cpp)
    guichet_add_test(NAME tst_sandbox_declarations
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_declarations.cpp
        LIBS sandbox_test_fixture guichet_sandbox_objects OpenSSL::Crypto LABELS sandbox
        TIMEOUT 300)
endif()
