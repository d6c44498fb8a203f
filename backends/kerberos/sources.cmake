# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(portier_backends PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/action_outcome.cpp
    ${CMAKE_CURRENT_LIST_DIR}/action_outcome.h
    ${CMAKE_CURRENT_LIST_DIR}/cache_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cache_reader.h
    ${CMAKE_CURRENT_LIST_DIR}/credential.cpp
    ${CMAKE_CURRENT_LIST_DIR}/credential.h
    ${CMAKE_CURRENT_LIST_DIR}/credential_cache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/credential_cache.h
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_backend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_backend.h
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_checks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_checks.h
    ${CMAKE_CURRENT_LIST_DIR}/keytab_listing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keytab_listing.h
    ${CMAKE_CURRENT_LIST_DIR}/keytab_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keytab_reader.h
    ${CMAKE_CURRENT_LIST_DIR}/kinit_request.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kinit_request.h
    ${CMAKE_CURRENT_LIST_DIR}/krb5_errors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/krb5_errors.h
    ${CMAKE_CURRENT_LIST_DIR}/krb5_handles.h
    ${CMAKE_CURRENT_LIST_DIR}/krb5_trace.cpp
    ${CMAKE_CURRENT_LIST_DIR}/krb5_trace.h
    ${CMAKE_CURRENT_LIST_DIR}/shell_quote.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shell_quote.h
)
