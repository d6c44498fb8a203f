# SPDX-License-Identifier: GPL-3.0-or-later
# The ZooKeeper ACL editor, recursive change, audit, snapshot and server widgets that the
# ZooKeeper pane embeds, and the ACL table model they share (in portier_models).
target_sources(portier_models PRIVATE
    ${PROJECT_SOURCE_DIR}/models/zookeeper/acl_table_model.cpp
    ${PROJECT_SOURCE_DIR}/models/zookeeper/acl_table_model.h
)
target_sources(portier_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/acl_editor_widget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/acl_editor_widget.h
    ${CMAKE_CURRENT_LIST_DIR}/acl_table_editor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/acl_table_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/audit_widget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audit_widget.h
    ${CMAKE_CURRENT_LIST_DIR}/recursive_acl_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recursive_acl_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/server_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/server_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/snapshot_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/snapshot_dialog.h
)
