# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(portier_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/banner_widget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/banner_widget.h
    ${CMAKE_CURRENT_LIST_DIR}/cache_collection_watcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cache_collection_watcher.h
    ${CMAKE_CURRENT_LIST_DIR}/gui_continuation.h
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_command.h
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_pane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kerberos_pane.h
    ${CMAKE_CURRENT_LIST_DIR}/kinit_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kinit_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/main_window.cpp
    ${CMAKE_CURRENT_LIST_DIR}/main_window.h
    ${CMAKE_CURRENT_LIST_DIR}/middle_elide_delegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/middle_elide_delegate.h
    ${CMAKE_CURRENT_LIST_DIR}/operation_widget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/operation_widget.h
    ${CMAKE_CURRENT_LIST_DIR}/pane.h
    ${CMAKE_CURRENT_LIST_DIR}/result_evidence_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/result_evidence_view.h
    ${CMAKE_CURRENT_LIST_DIR}/ticket_timeline_widget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ticket_timeline_widget.h
)
include(${CMAKE_CURRENT_LIST_DIR}/zookeeper/sources.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/zookeeper/dialogs.cmake OPTIONAL)
