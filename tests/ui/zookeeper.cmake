# SPDX-License-Identifier: GPL-3.0-or-later
# The ZooKeeper pane against the real server of tests/support/zk_fixture (a Java ZooKeeper 3.8
# on a free loopback port), seeded with the raw C API (tests/support/zk_oracle).
portier_add_test(NAME tst_zookeeper_pane
    SOURCES tst_zookeeper_pane.cpp
    LIBS portier_ui
    LABELS ui integration
    TIMEOUT 300)
# 300,000 children: seeding takes a while, and the test asserts on the event loop's worst
# latency, so it must not share the two cores with another test.
portier_add_test(NAME tst_zookeeper_large_node
    SOURCES tst_zookeeper_large_node.cpp
    LIBS portier_ui
    LABELS ui integration
    TIMEOUT 600)
set_tests_properties(tst_zookeeper_large_node PROPERTIES RUN_SERIAL TRUE)

# Not a test: the README screenshot of the pane (docs/screenshots/zookeeper-pane.png), taken
# under Xvfb against a fixture server. Built on demand only; usage in the source file.
add_executable(portier_zookeeper_screenshot EXCLUDE_FROM_ALL zookeeper_screenshot_session.cpp)
target_link_libraries(portier_zookeeper_screenshot PRIVATE portier_ui portier_test_support Qt6::Test)

# Digest passwords through the connection dialog into the keychain and back into a session:
# a private GNOME Keyring on a private D-Bus session (as tst_secret_store in
# tests/unit/zookeeper.cmake, which finds the two programs), never the user's own keyring.
add_executable(tst_zookeeper_keychain tst_zookeeper_keychain.cpp)
target_link_libraries(tst_zookeeper_keychain PRIVATE portier_ui portier_test_support Qt6::Test)
if(PORTIER_DBUS_RUN_SESSION AND PORTIER_GNOME_KEYRING_DAEMON)
    add_test(NAME tst_zookeeper_keychain
        COMMAND ${PORTIER_DBUS_RUN_SESSION} --
                ${PROJECT_SOURCE_DIR}/tests/support/with_gnome_keyring.sh
                $<TARGET_FILE:tst_zookeeper_keychain>)
    set_tests_properties(tst_zookeeper_keychain PROPERTIES
        LABELS "ui;integration"
        TIMEOUT 240
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
endif()

# SASL GSSAPI through the connection dialog (keytab + principal, a credential cache, no ticket)
# against the ZooKeeper fixture secured by the KDC fixture.
portier_add_test(NAME tst_zookeeper_sasl
    SOURCES tst_zookeeper_sasl.cpp
    LIBS portier_ui
    LABELS ui integration
    TIMEOUT 300)

# A two-server ensemble loses a server: the read-only banner, and the way back to read-write.
portier_add_test(NAME tst_zookeeper_read_only
    SOURCES tst_zookeeper_read_only.cpp
    LIBS portier_ui
    LABELS ui integration
    TIMEOUT 400)
