# SPDX-License-Identifier: GPL-3.0-or-later
# The Kerberos backend's pure rules and offline readers; they include private backend headers
# and libkrb5's, hence the krb5 link.
portier_add_test(NAME tst_kerberos_checks SOURCES tst_kerberos_checks.cpp
    LIBS PkgConfig::KRB5 LABELS unit TIMEOUT 60 ENVIRONMENT KRB5_CONFIG=/dev/null)
