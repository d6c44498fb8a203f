# SPDX-License-Identifier: GPL-3.0-or-later
# portier: the Widgets console. main() only wires the application, the thread pool, the
# backend context and the main window; everything else lives in portier_ui and below.
add_executable(portier main.cpp)
target_link_libraries(portier PRIVATE portier_ui)
