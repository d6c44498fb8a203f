# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(portier_backends PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/backend_context.cpp
    ${CMAKE_CURRENT_LIST_DIR}/backend_context.h
    ${CMAKE_CURRENT_LIST_DIR}/diagnosis.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagnosis.h
    ${CMAKE_CURRENT_LIST_DIR}/error.cpp
    ${CMAKE_CURRENT_LIST_DIR}/error.h
    ${CMAKE_CURRENT_LIST_DIR}/error_codes.h
    ${CMAKE_CURRENT_LIST_DIR}/json_util.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json_util.h
    ${CMAKE_CURRENT_LIST_DIR}/log_excerpt.cpp
    ${CMAKE_CURRENT_LIST_DIR}/log_excerpt.h
    ${CMAKE_CURRENT_LIST_DIR}/logging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logging.h
    ${CMAKE_CURRENT_LIST_DIR}/result.h
    ${CMAKE_CURRENT_LIST_DIR}/secret_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secret_store.h
    ${CMAKE_CURRENT_LIST_DIR}/warning.cpp
    ${CMAKE_CURRENT_LIST_DIR}/warning.h
)
