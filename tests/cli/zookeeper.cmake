# SPDX-License-Identifier: GPL-3.0-or-later
# portier-cli zk. tst_cli_zk_units links the CLI's library (no server, no process);
# tst_cli_zk runs the built executable against a real ZooKeeper server
# (tests/support/zk_fixture.h) and checks its output with the raw C API oracle
# (tests/support/zk_oracle.h).
portier_add_test(NAME tst_cli_zk_units SOURCES tst_cli_zk_units.cpp LIBS portier_cli LABELS unit)

portier_add_test(NAME tst_cli_zk SOURCES tst_cli_zk.cpp LABELS integration TIMEOUT 600)
target_compile_definitions(tst_cli_zk PRIVATE PORTIER_CLI_PATH="$<TARGET_FILE:portier-cli>")
add_dependencies(tst_cli_zk portier-cli)
