# SPDX-License-Identifier: GPL-3.0-or-later
# portier_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <labels...>
#                  [TIMEOUT <s>] [ENVIRONMENT <K=V...>])
# One Qt Test executable, one ctest test, labelled as DESIGN.md says (unit, model, integration,
# ui, bench, fuzz). Tests never depend on the machine's Kerberos: fixtures set KRB5_CONFIG etc.
function(portier_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE portier_test_support Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC;${T_ENVIRONMENT}")
endfunction()
