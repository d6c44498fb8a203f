// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_zk_acl_change: applies a saved plan with AclChanger::apply as the
// superDigest user, so that the test can SIGKILL a real process in the middle of an apply.
//   zk_acl_apply_helper CONNECT_STRING PLAN.json JOURNAL.json WINDOW SUPER_USER SUPER_PASSWORD
// Prints the report as JSON on stdout; exit 0 when the report is ok, 1 otherwise, 2 on usage
// or set-up errors.
#include "backends/zookeeper/acl_change.h"
#include "backends/zookeeper/zk_session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Portier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 7) {
        err << "usage: zk_acl_apply_helper CONNECT PLAN JOURNAL WINDOW SUPER_USER SUPER_PASSWORD\n";
        return 2;
    }
    QFile planFile(args.at(2));
    if (!planFile.open(QIODevice::ReadOnly)) {
        err << "cannot read " << args.at(2) << '\n';
        return 2;
    }
    QString error;
    const auto plan =
        AclChangePlan::fromJson(QJsonDocument::fromJson(planFile.readAll()).object(), &error);
    if (!plan) {
        err << "bad plan: " << error << '\n';
        return 2;
    }
    SessionOptions options;
    options.connectString = args.at(1);
    options.digests = {DigestCredential{args.at(5), args.at(6)}};
    auto session = std::make_shared<ZkSession>(options);
    if (Result<void> opened = session->open(); !opened.ok()) {
        err << opened.error().toDisplayString() << '\n';
        return 2;
    }
    QFuture<Result<void>> connected = session->whenConnected(20000);
    connected.waitForFinished();
    if (connected.resultCount() == 0 || !connected.result().ok()) {
        err << "not connected\n";
        return 2;
    }
    // The test watches JOURNAL.progress and kills this process while the apply runs.
    err << "applying\n";
    err.flush();
    QFuture<Result<AclApplyReport>> future =
        AclChanger::apply(session, *plan, args.at(3), args.at(4).toInt());
    QFutureWatcher<Result<AclApplyReport>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &app, &QCoreApplication::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        app.exec();
    const Result<AclApplyReport> report = future.result();
    if (!report.ok()) {
        err << report.error().toDisplayString() << '\n';
        return 2;
    }
    std::fputs(QJsonDocument(report->toJson()).toJson().constData(), stdout);
    return report->ok() ? 0 : 1;
}
