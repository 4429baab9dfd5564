# The people module of the sandbox (staff registers, citizen data, helpdesk): included by
# tests/sandbox/CMakeLists.txt. Pure checks of the seed and the contribution computation, then
# the endpoints over real HTTPS through sandbox_test_fixture.
if(TARGET sandbox_test_fixture)
    guichet_add_test(NAME tst_sandbox_people SOURCES tst_sandbox_people.cpp
        LIBS sandbox_test_fixture guichet_sandbox_objects LABELS sandbox TIMEOUT 300)
endif()
