# SPDX-License-Identifier: GPL-3.0-or-later
# portier-cli: QCoreApplication only. portier_cli (the verbs, their parsing and text output) is a
# static library so that tests/cli can test it without a process; it links portier_backends and
# Qt Core only, never Gui or Widgets (tests/meta checks the binary with ldd).
add_library(portier_cli STATIC
    cli/cli_application.cpp
    cli/cli_application.h
    cli/error_report.cpp
    cli/error_report.h
    cli/exit_code.cpp
    cli/exit_code.h
    cli/krb_command.cpp
    cli/krb_command.h
    cli/krb_report.cpp
    cli/krb_report.h
    cli/password_reader.cpp
    cli/password_reader.h
    cli/text_table.cpp
    cli/text_table.h
    cli/verb_spec.cpp
    cli/verb_spec.h
    cli/zk_command.cpp
    cli/zk_command.h
    cli/zk_report.cpp
    cli/zk_report.h
)
target_link_libraries(portier_cli PUBLIC portier_backends Qt6::Core)

add_executable(portier-cli cli_main.cpp)
target_link_libraries(portier-cli PRIVATE portier_cli)
