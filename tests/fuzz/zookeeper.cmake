# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzz targets for the ZooKeeper backend's parsers, in the same two modes as CMakeLists.txt.
set(PORTIER_ZK_FUZZ_TARGETS fuzz_zk_acl fuzz_zk_json)

if(PORTIER_FUZZ AND TARGET portier_backends_fuzz)
    # The instrumented copy of the backend sources includes the ZooKeeper client and QtKeychain
    # headers too.
    target_link_libraries(portier_backends_fuzz PUBLIC Portier::ZooKeeper Qt6Keychain::Qt6Keychain)
endif()

foreach(target IN LISTS PORTIER_ZK_FUZZ_TARGETS)
    if(PORTIER_FUZZ)
        add_executable(${target} ${target}.cpp fuzz_json.h)
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer,address)
        target_link_options(${target} PRIVATE -fsanitize=fuzzer,address)
        set(_scratch ${CMAKE_CURRENT_BINARY_DIR}/corpus-${target})
        file(MAKE_DIRECTORY ${_scratch})
        add_test(NAME ${target}
            COMMAND ${target} -seed=20261122 -runs=${PORTIER_FUZZ_ITERATIONS} -max_len=65536
                    ${_scratch} ${PORTIER_FUZZ_CORPUS}/${target})
    else()
        add_executable(${target} ${target}.cpp replay_main.cpp fuzz_json.h)
        add_test(NAME ${target}
            COMMAND ${target} ${PORTIER_FUZZ_CORPUS}/${target} ${PORTIER_FUZZ_ITERATIONS})
    endif()
    target_link_libraries(${target} PRIVATE ${_fuzz_backend})
    set_tests_properties(${target} PROPERTIES
        LABELS fuzz
        TIMEOUT 300
        WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
endforeach()
