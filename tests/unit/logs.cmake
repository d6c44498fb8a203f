# SPDX-License-Identifier: GPL-3.0-or-later
portier_add_test(NAME tst_signature_catalogue SOURCES tst_signature_catalogue.cpp
    LIBS Qt6::Concurrent LABELS unit TIMEOUT 60)
