# Compiler flags shared by every target of the project: hardening always, warnings as errors in
# developer builds, sanitizers on request.
add_compile_options(-fstack-protector-strong -fno-plt)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT GUICHET_SANITIZE)
    add_compile_definitions(_FORTIFY_SOURCE=2)
endif()
add_link_options(-Wl,-z,relro -Wl,-z,now)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_compile_options(-Wall -Wextra)
if(GUICHET_DEVELOPER)
    add_compile_options(-Werror)
endif()

if(GUICHET_SANITIZE)
    # -O1 keeps sanitized test runs fast enough; sanitizers stay precise at this level.
    add_compile_options(-O1 -fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(GUICHET_FUZZ)
    # libFuzzer builds (clang only): every object carries coverage instrumentation and ASan+UBSan;
    # only the fuzz executables link the libFuzzer driver (tests/fuzz/CMakeLists.txt).
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "GUICHET_FUZZ needs clang: CC=clang CXX=clang++ cmake ...")
    endif()
    # _FORTIFY_SOURCE's checked libc wrappers hide accesses from ASan.
    add_compile_options(-U_FORTIFY_SOURCE -fsanitize=fuzzer-no-link,address,undefined
                        -fno-omit-frame-pointer -fno-sanitize-recover=undefined -gline-tables-only)
    add_link_options(-fsanitize=address,undefined)
endif()
