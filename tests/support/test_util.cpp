// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_util.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace Portier::Test {

bool foundInFiles(const QString &directory, const QByteArray &needle)
{
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace Portier::Test
