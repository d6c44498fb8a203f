// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the ZooKeeper dialog tests: sessions against the fixture, waiting for futures,
// finding and answering the window-modal confirmations the widgets open.

#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_session.h"

#include <QAbstractButton>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace Portier::Test {

template<typename T>
std::optional<Result<T>> awaitResult(QFuture<Result<T>> future, int timeoutMs = 60000)
{
    QFutureWatcher<Result<T>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished() && !finished.wait(timeoutMs))
        return std::nullopt;
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

/// Waits until @p spy has recorded at least @p count signals. Unlike QSignalSpy::wait(), this
/// also counts signals emitted before the call: the continuation of a future that is already
/// finished runs at once (continueOnGui), so a widget may emit before the test starts waiting.
inline bool waitForSignals(QSignalSpy &spy, int count = 1, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, timeoutMs);
}

/// A connected session to @p connectString with @p digests; nullptr (with a warning) on failure.
inline std::shared_ptr<ZkSession> openZkSession(const QString &connectString,
                                                const QList<DigestCredential> &digests = {},
                                                bool readOnly = false)
{
    SessionOptions options;
    options.connectString = connectString;
    options.digests = digests;
    options.readOnly = readOnly;
    auto session = std::make_shared<ZkSession>(options);
    const Result<void> opened = session->open();
    if (!opened.ok()) {
        qWarning("open failed: %s", qPrintable(opened.error().toDisplayString()));
        return nullptr;
    }
    const auto connected = awaitResult(session->whenConnected(20000), 30000);
    if (!connected || !connected->ok()) {
        qWarning("not connected: %s",
                 connected ? qPrintable(connected->error().toDisplayString()) : "timeout");
        return nullptr;
    }
    return session;
}

inline Acl parseAclOrDie(const QString &text)
{
    const Result<Acl> acl = AclSyntax::parseAcl(text);
    if (!acl)
        qFatal("bad ACL in test: %s", qPrintable(text));
    return acl.value();
}

/// The window-modal QMessageBox named @p objectName among @p parent's children, once it is
/// there (nullptr after @p timeoutMs).
inline QMessageBox *waitForMessageBox(QObject *parent, const QString &objectName,
                                      int timeoutMs = 5000)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox *>(objectName);
            return box != nullptr && box->isVisible();
        },
        timeoutMs);
    return shown ? box : nullptr;
}

/// Clicks the button named @p buttonName of @p box, or the box's Cancel when empty.
inline bool answerMessageBox(QMessageBox *box, const QString &buttonName)
{
    if (!box)
        return false;
    QAbstractButton *button = buttonName.isEmpty() ? box->button(QMessageBox::Cancel)
                                                   : box->findChild<QPushButton *>(buttonName);
    if (!button)
        return false;
    button->click();
    return true;
}

} // namespace Portier::Test
