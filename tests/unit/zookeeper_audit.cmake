# SPDX-License-Identifier: GPL-3.0-or-later
# The best-practice audit: profiles, audit rules, reports, one-click fix plans (pure, no server).
# tests/support/zk_audit_seed.cpp (the seed list built from the profiles) is compiled in here
# until portier_test_support lists it.
set(_zk_audit_sources tst_zk_audit.cpp)
get_target_property(_support_sources portier_test_support SOURCES)
if(NOT _support_sources MATCHES "zk_audit_seed\\.cpp")
    list(APPEND _zk_audit_sources
        ${PROJECT_SOURCE_DIR}/tests/support/zk_audit_seed.cpp
        ${PROJECT_SOURCE_DIR}/tests/support/zk_audit_seed.h)
endif()
portier_add_test(NAME tst_zk_audit SOURCES ${_zk_audit_sources} LABELS unit TIMEOUT 60)
