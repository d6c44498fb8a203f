// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/password_reader.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace Portier::Cli {

namespace {

// The terminal state to restore from a signal handler, which may only use plain data.
struct termios g_savedTerminal;
volatile sig_atomic_t g_terminalFd = -1;

void restoreTerminalAndReraise(int signalNumber)
{
    if (g_terminalFd >= 0)
        ::tcsetattr(g_terminalFd, TCSAFLUSH, &g_savedTerminal);
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

/// Turns echo off on a terminal for its lifetime; Ctrl+C or a kill still gets the echo back.
class EchoOff
{
public:
    explicit EchoOff(int fd)
    {
        if (::tcgetattr(fd, &g_savedTerminal) != 0)
            return;
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the user still sees that Enter was taken
        struct sigaction action;
        std::memset(&action, 0, sizeof action);
        action.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < signalCount; ++i)
            ::sigaction(signals[i], &action, &m_previous[i]);
        g_terminalFd = fd;
        if (::tcsetattr(fd, TCSAFLUSH, &quiet) != 0) {
            g_terminalFd = -1;
            restoreHandlers();
        }
    }
    ~EchoOff()
    {
        if (g_terminalFd < 0)
            return;
        ::tcsetattr(g_terminalFd, TCSAFLUSH, &g_savedTerminal);
        g_terminalFd = -1;
        restoreHandlers();
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    static constexpr int signalCount = 4;
    static constexpr int signals[signalCount] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

    void restoreHandlers()
    {
        for (int i = 0; i < signalCount; ++i)
            ::sigaction(signals[i], &m_previous[i], nullptr);
    }

    struct sigaction m_previous[signalCount];
};

} // namespace

bool PasswordReader::isTerminal(int fd)
{
    return ::isatty(fd) == 1;
}

void PasswordReader::wipe(QByteArray &secret)
{
    if (!secret.isEmpty() && !secret.isDetached())
        secret.detach(); // never write into storage another QByteArray still shares
    volatile char *bytes = secret.data();
    for (qsizetype i = 0; i < secret.size(); ++i)
        bytes[i] = 0;
    secret.clear();
}

std::optional<QByteArray> PasswordReader::read(int fd, const QString &prompt, QString *error)
{
    const bool terminal = isTerminal(fd);
    if (terminal && !prompt.isEmpty()) {
        const QByteArray text = prompt.toLocal8Bit();
        [[maybe_unused]] const auto written = ::write(STDERR_FILENO, text.constData(), text.size());
    }

    std::optional<EchoOff> echoOff;
    if (terminal)
        echoOff.emplace(fd);

    // Reserved once so that appending never reallocates and leaves copies of the secret behind.
    QByteArray password;
    password.reserve(maximumLength + 1);
    bool sawAnything = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int readErrno = errno;
            wipe(password);
            if (error) {
                *error = QCoreApplication::translate("PasswordReader",
                                                     "Could not read the password from standard "
                                                     "input: %1.")
                             .arg(QString::fromLocal8Bit(std::strerror(readErrno)));
            }
            return std::nullopt;
        }
        if (n == 0 || c == '\n')
            break;
        sawAnything = true;
        if (password.size() == maximumLength) {
            wipe(password);
            if (error) {
                *error = QCoreApplication::translate("PasswordReader",
                                                     "The password on standard input is longer "
                                                     "than %1 bytes.")
                             .arg(maximumLength);
            }
            return std::nullopt;
        }
        password.append(c);
    }
    if (password.endsWith('\r')) {
        password[password.size() - 1] = 0;
        password.chop(1);
    }
    if (!sawAnything && password.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("PasswordReader",
                                                 "No password on standard input. Pipe it in, e.g. "
                                                 "from a password manager; never put it on the "
                                                 "command line.");
        }
        return std::nullopt;
    }
    return password;
}

} // namespace Portier::Cli
