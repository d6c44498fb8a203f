// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "portier.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKrb5, "portier.krb5", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLogs, "portier.logs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcZk, "portier.zk", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVault, "portier.vault", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLdap, "portier.ldap", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAd, "portier.ad", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBundle, "portier.bundle", QtWarningMsg)
