# SPDX-License-Identifier: GPL-3.0-or-later
# The ZooKeeper ACL editor, recursive change, audit, snapshot and server widgets, and the ACL
# table model they share. The widget tests run against the real server of
# tests/support/zk_fixture (a Java ZooKeeper 3.8 on a free loopback port).
portier_add_test(NAME tst_acl_table_model
    SOURCES tst_acl_table_model.cpp
    LIBS portier_models
    LABELS model)
portier_add_test(NAME tst_acl_editor_widget
    SOURCES tst_acl_editor_widget.cpp zk_dialog_test_support.h
    LIBS portier_ui
    LABELS ui integration
    TIMEOUT 240)
portier_add_test(NAME tst_recursive_acl_dialog
    SOURCES tst_recursive_acl_dialog.cpp zk_dialog_test_support.h
    LIBS portier_ui
    LABELS ui integration
    TIMEOUT 300)
portier_add_test(NAME tst_audit_widget
    SOURCES tst_audit_widget.cpp zk_dialog_test_support.h
    LIBS portier_ui
    LABELS ui integration
    TIMEOUT 300)
portier_add_test(NAME tst_server_panel
    SOURCES tst_server_panel.cpp zk_dialog_test_support.h
    LIBS portier_ui
    LABELS ui integration
    TIMEOUT 180)
portier_add_test(NAME tst_snapshot_dialog
    SOURCES tst_snapshot_dialog.cpp zk_dialog_test_support.h
    LIBS portier_ui
    LABELS ui integration
    TIMEOUT 180)
