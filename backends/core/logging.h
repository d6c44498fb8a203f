// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per backend; chatty ones default to warnings (see logging.cpp).
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcKrb5)
Q_DECLARE_LOGGING_CATEGORY(lcLogs)
Q_DECLARE_LOGGING_CATEGORY(lcZk)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcLdap)
Q_DECLARE_LOGGING_CATEGORY(lcAd)
Q_DECLARE_LOGGING_CATEGORY(lcBundle)
