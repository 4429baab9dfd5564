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
