// SPDX-License-Identifier: GPL-3.0-or-later
// For fuzz targets whose parser reads a file (libkrb5 opens keytabs and caches by name).
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

#include <unistd.h>

namespace Portier::Fuzz {

/// One scratch file per process in the temporary directory, rewritten for every input and
/// removed at exit.
class InputFile
{
public:
    explicit InputFile(const QString &kind)
        : m_path(QDir::tempPath() + QStringLiteral("/portier-fuzz-%1-%2").arg(kind).arg(::getpid()))
    {}
    ~InputFile() { QFile::remove(m_path); }
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    const QString &path() const { return m_path; }

    bool write(const uint8_t *data, size_t size)
    {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        return f.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size);
    }

private:
    QString m_path;
};

} // namespace Portier::Fuzz
