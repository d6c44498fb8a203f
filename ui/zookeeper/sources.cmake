# SPDX-License-Identifier: GPL-3.0-or-later
# The ZooKeeper pane: connection tabs, the lazy znode tree with the node details, the connection
# profiles, and the create / delete / search commands. The ACL, audit, snapshot and server
# widgets it embeds are in dialogs.cmake.
target_sources(portier_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/connection_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connection_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/connection_tab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connection_tab.h
    ${CMAKE_CURRENT_LIST_DIR}/create_node_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/create_node_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/node_details_widget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/node_details_widget.h
    ${CMAKE_CURRENT_LIST_DIR}/recursive_delete_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recursive_delete_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/tree_search_widget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tree_search_widget.h
    ${CMAKE_CURRENT_LIST_DIR}/znode_data_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/znode_data_view.h
    ${CMAKE_CURRENT_LIST_DIR}/zookeeper_pane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/zookeeper_pane.h
)
