// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <sys/types.h>

class QProcess;

namespace Portier::Test {

/// What every server fixture (KDC, ZooKeeper) does with its child process and its files.
namespace FixtureProcess {

/// Makes @p process die with the test binary (PR_SET_PDEATHSIG) and remembers its pid once it
/// runs (track()), so that a leaked fixture's server is killed when the test binary exits.
void dieWithParent(QProcess *process);
void track(pid_t pid);
void untrack(pid_t pid);

/// Writes @p text atomically; on failure sets *error (when given) naming the file.
bool writeFile(const QString &path, const QString &text, QString *error);
/// The file's text, or an empty string when it cannot be read.
QString readFile(const QString &path);

} // namespace FixtureProcess

} // namespace Portier::Test
