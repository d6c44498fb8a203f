# SPDX-License-Identifier: GPL-3.0-or-later
# The best-practice audit: profiles, audit rules, reports, one-click fix plans (pure, no server).
portier_add_test(NAME tst_zk_audit SOURCES tst_zk_audit.cpp LABELS unit TIMEOUT 60)
