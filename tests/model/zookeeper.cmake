# SPDX-License-Identifier: GPL-3.0-or-later
# The ZooKeeper pane's models with a fake fetcher in place of a session (no server).
portier_add_test(NAME tst_znode_tree_model
    SOURCES tst_znode_tree_model.cpp
    LIBS portier_models portier_model_dump
    LABELS model)
