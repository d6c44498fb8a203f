// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portier::Cli {

/// Reads a password from standard input, never from argv (DESIGN.md, "Secrets"). From a
/// terminal it prompts on stderr and reads without echo (termios), restoring the terminal even
/// when interrupted; from a pipe it reads the first line. The caller wipes the returned bytes.
class PasswordReader
{
public:
    static constexpr qsizetype maximumLength = 4096;

    /// One line from @p fd without its line ending. @p prompt is shown only on a terminal.
    /// Fails, with *error set, on end of input before any byte, an over-long line or a read error.
    static std::optional<QByteArray> read(int fd, const QString &prompt, QString *error);

    static bool isTerminal(int fd);

    /// Overwrites @p secret's bytes with zeros, then empties it.
    static void wipe(QByteArray &secret);
};

} // namespace Portier::Cli
