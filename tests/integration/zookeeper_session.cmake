# SPDX-License-Identifier: GPL-3.0-or-later
# The ZooKeeper server fixture and ZkSession against a real ZooKeeper 3.8 server (Java) with
# SASL through the KDC fixture.
portier_add_test(NAME tst_zk_fixture SOURCES tst_zk_fixture.cpp
    LIBS Portier::ZooKeeper LABELS integration TIMEOUT 300)
portier_add_test(NAME tst_zk_session SOURCES tst_zk_session.cpp
    LIBS Portier::ZooKeeper PkgConfig::KRB5 LABELS integration TIMEOUT 300)
