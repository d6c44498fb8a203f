// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/fixture_process.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSaveFile>

#include <mutex>
#include <set>

#include <csignal>
#include <sys/prctl.h>

namespace Portier::Test::FixtureProcess {

namespace {

QMutex &pidMutex()
{
    static QMutex mutex;
    return mutex;
}

std::set<pid_t> &runningPids()
{
    static std::set<pid_t> pids;
    return pids;
}

void killRunningServers()
{
    QMutexLocker lock(&pidMutex());
    for (pid_t pid : runningPids())
        ::kill(pid, SIGKILL);
    runningPids().clear();
}

void installExitGuard()
{
    static std::once_flag once;
    std::call_once(once, [] {
        std::atexit(killRunningServers);
        if (QCoreApplication::instance())
            qAddPostRoutine(killRunningServers);
    });
}

} // namespace

void dieWithParent(QProcess *process)
{
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

void track(pid_t pid)
{
    installExitGuard();
    QMutexLocker lock(&pidMutex());
    runningPids().insert(pid);
}

void untrack(pid_t pid)
{
    QMutexLocker lock(&pidMutex());
    runningPids().erase(pid);
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace Portier::Test::FixtureProcess
