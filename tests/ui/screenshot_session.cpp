// SPDX-License-Identifier: GPL-3.0-or-later
// Test-support tool for tests/support/take_screenshot.sh: starts the real MIT KDC of
// tests/support/kdc_fixture, fills a credential cache collection with a few tickets using MIT's
// own tools (kinit, kvno, kswitch), then runs the given command in that environment and
// returns its exit status. The KDC and its temporary directory are removed afterwards.
// Nothing here is part of the product: the console shows whatever the collection holds.
//
//   portier_screenshot_session -- COMMAND [ARGS...]
#include "tests/support/kdc_fixture.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

using Portier::Test::KdcFixture;
using Account = KdcFixture::Account;

namespace {

bool run(const KdcFixture &kdc, const QString &program, const QStringList &args,
         const QByteArray &input = {})
{
    QProcess process;
    process.setEnvironment(kdc.processEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(program));
        return false;
    }
    if (!input.isEmpty())
        process.write(input + '\n');
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed:\n%s\n", qPrintable(program),
                     qPrintable(args.join(QLatin1Char(' '))), process.readAll().constData());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList command = app.arguments().mid(1);
    if (!command.isEmpty() && command.first() == QLatin1String("--"))
        command.removeFirst();
    if (command.isEmpty()) {
        std::fprintf(stderr, "usage: %s -- COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }

    KdcFixture kdc;
    QString error;
    if (!kdc.start(&error)) {
        std::fprintf(stderr, "KDC fixture: %s\n", qPrintable(error));
        return 3;
    }

    const QString dir = kdc.ccacheCollectionDir();
    const QString aliceCache = QStringLiteral("DIR::%1/tkt").arg(dir);
    const QString kinit = QStringLiteral("kinit");
    const QByteArray alicePassword = KdcFixture::password(Account::Alice).toUtf8();
    const bool ok =
        // Alice: renewable and forwardable, with a service ticket beside the TGT.
        run(kdc, kinit,
            {QStringLiteral("-c"), aliceCache, QStringLiteral("-l"), QStringLiteral("10h"),
             QStringLiteral("-r"), QStringLiteral("2d"), QStringLiteral("-f"),
             KdcFixture::principal(Account::Alice)},
            alicePassword) &&
        run(kdc, QStringLiteral("kvno"),
            {QStringLiteral("-c"), aliceCache, KdcFixture::principal(Account::Service)})
        // Bob: not renewable by policy, in a cache of its own.
        && run(kdc, kinit,
               {QStringLiteral("-c"), QStringLiteral("DIR::%1/tktbob").arg(dir),
                QStringLiteral("-l"), QStringLiteral("4h"), KdcFixture::principal(Account::Bob)},
               KdcFixture::password(Account::Bob).toUtf8())
        // Shorty: a five-minute ticket, about to expire.
        && run(kdc, kinit,
               {QStringLiteral("-c"), QStringLiteral("DIR::%1/tktshorty").arg(dir),
                KdcFixture::principal(Account::Shorty)},
               KdcFixture::password(Account::Shorty).toUtf8()) &&
        run(kdc, QStringLiteral("kswitch"), {QStringLiteral("-c"), aliceCache});
    if (!ok)
        return 3;

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    child.setEnvironment(kdc.processEnvironment());
    child.start(command.first(), command.mid(1));
    if (!child.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(command.first()));
        return 3;
    }
    child.waitForFinished(-1);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}
