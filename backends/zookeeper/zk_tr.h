// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Portier {

/// Translation context of the ZooKeeper backend's user-facing texts: ZooKeeper::tr("...").
struct ZooKeeper
{
    Q_DECLARE_TR_FUNCTIONS(ZooKeeper)
};

} // namespace Portier
