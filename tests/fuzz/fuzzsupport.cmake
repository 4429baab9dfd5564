# Where the fuzz targets find the suite's remote documents ("http://localhost:1234/..."); empty
# when the suite is not installed (remote $refs then simply do not resolve).
set(GUICHET_FUZZ_REMOTES_DIR "")
foreach(candidate ${CMAKE_SOURCE_DIR}/../shared/json-schema-test-suite/remotes
                  /usr/share/json-schema-test-suite/remotes)
    if(NOT GUICHET_FUZZ_REMOTES_DIR AND IS_DIRECTORY ${candidate})
        get_filename_component(GUICHET_FUZZ_REMOTES_DIR ${candidate} REALPATH)
    endif()
endforeach()
