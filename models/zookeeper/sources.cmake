# SPDX-License-Identifier: GPL-3.0-or-later
# The ZooKeeper pane's models: the lazy znode tree, its path filter and the stat table.
target_sources(portier_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/znode_filter_proxy_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/znode_filter_proxy_model.h
    ${CMAKE_CURRENT_LIST_DIR}/znode_stat_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/znode_stat_model.h
    ${CMAKE_CURRENT_LIST_DIR}/znode_tree_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/znode_tree_model.h
)
# The tree model's row functions (index, hasChildren, flags) run for every row of every view
# layout: 300,000 times per layout while a large node loads. Unoptimised they alone take most of
# the 100 ms an event-loop turn may last (tests/ui/tst_zookeeper_large_node), so this one file is
# optimised in Debug builds too.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/znode_tree_model.cpp
    PROPERTIES COMPILE_OPTIONS "$<$<CONFIG:Debug>:-O2>")

# The pane's icons, beside the shared ones under :/icons/.
qt_add_resources(portier_models "portier_zookeeper_icons"
    PREFIX "/"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/icons/pane-zookeeper.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/zk-connect.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/zk-disconnect.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/zk-edit.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/zk-node-ephemeral.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/zk-node-locked.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/zk-node-new.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/zk-node.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/zk-search.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/zk-watch.svg")
