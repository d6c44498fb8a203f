# SPDX-License-Identifier: GPL-3.0-or-later
# ZooKeeper scan engine, recursive ACL changes and four-letter words against the real server
# (tests/support/zk_fixture) with the raw C API oracle (tests/support/zk_oracle).
portier_add_test(NAME tst_zk_scan SOURCES tst_zk_scan.cpp LABELS integration TIMEOUT 420)

# Applies a saved plan in a separate process, so that a test can SIGKILL an apply midway.
add_executable(zk_acl_apply_helper zk_acl_apply_helper.cpp)
target_link_libraries(zk_acl_apply_helper PRIVATE portier_backends)
portier_add_test(NAME tst_zk_acl_change SOURCES tst_zk_acl_change.cpp
    LABELS integration TIMEOUT 420)
add_dependencies(tst_zk_acl_change zk_acl_apply_helper)
target_compile_definitions(tst_zk_acl_change PRIVATE
    ZK_ACL_APPLY_HELPER="$<TARGET_FILE:zk_acl_apply_helper>")

portier_add_test(NAME tst_zk_four_letter_words SOURCES tst_zk_four_letter_words.cpp
    LABELS integration TIMEOUT 120)
