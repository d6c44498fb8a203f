# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(portier_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/credential_cache_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/credential_cache_model.h
    ${CMAKE_CURRENT_LIST_DIR}/credential_cache_proxy_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/credential_cache_proxy_model.h
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_format.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_format.h
    ${CMAKE_CURRENT_LIST_DIR}/keyed_row_sync.h
    ${CMAKE_CURRENT_LIST_DIR}/keytab_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keytab_model.h
    ${CMAKE_CURRENT_LIST_DIR}/log_excerpt_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/log_excerpt_model.h
    ${CMAKE_CURRENT_LIST_DIR}/status_palette.cpp
    ${CMAKE_CURRENT_LIST_DIR}/status_palette.h
    ${CMAKE_CURRENT_LIST_DIR}/value_list_model.h
)
include(${CMAKE_CURRENT_LIST_DIR}/zookeeper/sources.cmake OPTIONAL)

# Icons used by the models' DecorationRole and by the widgets, compiled in under :/icons/.
# They live with the models because portier_ui links portier_models, never the other way.
set(PORTIER_ICON_FILES
    "${PROJECT_SOURCE_DIR}/resources/icons/action-destroy.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/action-get-ticket.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/action-make-primary.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/action-open-keytab.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/action-refresh.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/action-renew.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/action-test-keytab.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/cache-primary.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/cache.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/configuration.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/edit-copy.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/key.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/org.portier.Portier.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/pane-kerberos.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/process-stop.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/status-critical.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/status-info.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/status-ok.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/status-warning.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/ticket.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/window-close.svg")
qt_add_resources(portier_models "portier_icons"
    PREFIX "/"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES ${PORTIER_ICON_FILES})
