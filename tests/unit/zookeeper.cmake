# SPDX-License-Identifier: GPL-3.0-or-later
# The ZooKeeper backend's value types: ACL syntax, stats, records, connection profiles and
# snapshots. No server needed.
portier_add_test(NAME tst_zk_acl_syntax SOURCES tst_zk_acl_syntax.cpp LABELS unit TIMEOUT 60)
portier_add_test(NAME tst_zk_values SOURCES tst_zk_values.cpp LABELS unit TIMEOUT 60)
portier_add_test(NAME tst_zk_snapshot SOURCES tst_zk_snapshot.cpp LABELS unit TIMEOUT 60)

# SecretStore against a real Secret Service: a private GNOME Keyring on a private D-Bus session,
# started by tests/support/with_gnome_keyring.sh, so the user's own keyring is never touched.
find_program(PORTIER_DBUS_RUN_SESSION dbus-run-session)
find_program(PORTIER_GNOME_KEYRING_DAEMON gnome-keyring-daemon)
add_executable(tst_secret_store tst_secret_store.cpp)
target_link_libraries(tst_secret_store PRIVATE portier_test_support Qt6::Test)
if(PORTIER_DBUS_RUN_SESSION AND PORTIER_GNOME_KEYRING_DAEMON)
    add_test(NAME tst_secret_store
        COMMAND ${PORTIER_DBUS_RUN_SESSION} --
                ${PROJECT_SOURCE_DIR}/tests/support/with_gnome_keyring.sh
                $<TARGET_FILE:tst_secret_store>)
    set_tests_properties(tst_secret_store PROPERTIES
        LABELS integration
        TIMEOUT 120
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
else()
    message(WARNING "dbus-run-session or gnome-keyring-daemon not found: tst_secret_store is "
                    "built but not registered (install dbus-bin and gnome-keyring)")
endif()
