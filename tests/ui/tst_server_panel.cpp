// SPDX-License-Identifier: GPL-3.0-or-later
// The server panel against two real ZooKeeper servers (tests/support/zk_fixture): one that
// whitelists the four-letter words and one that does not, plus a port nobody listens on.
#include "tests/support/zk_fixture.h"
#include "tests/ui/zk_dialog_test_support.h"
#include "ui/banner_widget.h"
#include "ui/zookeeper/server_panel.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace Portier;
using namespace Portier::Test;

namespace {

QString valueOf(const QAbstractItemModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == key)
            return model->index(row, 1).data().toString();
    }
    return {};
}

} // namespace

class TestServerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listsTheServersOfTheConnectString();
    void whitelistedWordsAnswer_data();
    void whitelistedWordsAnswer();
    void notWhitelistedNamesTheSetting();
    void unreachableServerIsAnError();
    void newerQuerySupersedesOlder();

private:
    bool ask(ServerPanel *panel, const QString &word);

    std::unique_ptr<ZkFixture> m_open;
    std::unique_ptr<ZkFixture> m_closed;
    QThreadPool m_pool;
};

void TestServerPanel::initTestCase()
{
    QString error;
    m_open = std::make_unique<ZkFixture>();
    QVERIFY2(m_open->start(&error), qPrintable(error));
    m_closed = std::make_unique<ZkFixture>(ZkFixture::Options{nullptr, false});
    QVERIFY2(m_closed->start(&error), qPrintable(error));
}

void TestServerPanel::cleanupTestCase()
{
    m_pool.waitForDone();
    m_closed.reset();
    m_open.reset();
}

bool TestServerPanel::ask(ServerPanel *panel, const QString &word)
{
    QSignalSpy replied(panel, &ServerPanel::replyReceived);
    auto *button = panel->findChild<QToolButton *>(QStringLiteral("word-") + word);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!waitForSignals(replied, 1, 20000))
        return false;
    return replied.constFirst().at(0).toBool();
}

void TestServerPanel::listsTheServersOfTheConnectString()
{
    const QString connect =
        QStringLiteral("127.0.0.1:%1,localhost:%2/kafka").arg(m_open->port()).arg(m_closed->port());
    ServerPanel panel(connect, &m_pool);
    QCOMPARE(panel.servers(), (QStringList{QStringLiteral("127.0.0.1:%1").arg(m_open->port()),
                                           QStringLiteral("localhost:%1").arg(m_closed->port())}));
    QCOMPARE(ServerPanel::words(),
             (QStringList{QStringLiteral("srvr"), QStringLiteral("mntr"), QStringLiteral("conf"),
                          QStringLiteral("envi"), QStringLiteral("ruok")}));
    // The second server answers for the second entry.
    panel.setCurrentServer(1);
    QVERIFY(!ask(&panel, QStringLiteral("mntr")));
    QVERIFY(panel.lastError().is(ZkError::NotWhitelisted));
    panel.setCurrentServer(0);
    QVERIFY(ask(&panel, QStringLiteral("mntr")));
    QVERIFY(!panel.banner()->isVisible());
}

void TestServerPanel::whitelistedWordsAnswer_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // expected value, or empty: any non-empty value
    QTest::newRow("srvr") << "srvr"
                          << "Mode"
                          << "standalone";
    QTest::newRow("mntr") << "mntr"
                          << "zk_server_state"
                          << "standalone";
    QTest::newRow("conf") << "conf"
                          << "clientPort" << QString();
    QTest::newRow("envi") << "envi"
                          << "java.version" << QString();
    QTest::newRow("ruok") << "ruok"
                          << "ruok"
                          << "imok";
}

void TestServerPanel::whitelistedWordsAnswer()
{
    QFETCH(QString, word);
    QFETCH(QString, key);
    QFETCH(QString, value);
    ServerPanel panel(m_open->connectString(), &m_pool);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY2(ask(&panel, word), qPrintable(panel.banner()->text()));
    QVERIFY(panel.hasReply());
    QCOMPARE(panel.reply().word, word);
    QVERIFY(!panel.rawText().isEmpty());
    const QString actual = valueOf(panel.valuesModel(), key);
    if (value.isEmpty())
        QVERIFY2(!actual.isEmpty(), qPrintable(panel.rawText()));
    else
        QCOMPARE(actual, value);
    QVERIFY(!panel.banner()->isVisible());
}

void TestServerPanel::notWhitelistedNamesTheSetting()
{
    ServerPanel panel(m_closed->connectString(), &m_pool);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QStringList words = ServerPanel::words();
    for (const QString &word : words) {
        if (word == QLatin1String("srvr"))
            continue; // ZooKeeper 3.8 adds srvr to any whitelist (zkServer.sh status needs it)
        QVERIFY(!ask(&panel, word));
        QVERIFY(panel.lastError().is(ZkError::NotWhitelisted));
        QVERIFY(panel.banner()->isVisible());
        QCOMPARE(panel.banner()->kind(), BannerWidget::Kind::Warning);
        QVERIFY2(panel.banner()->text().contains(QStringLiteral("4lw.commands.whitelist")),
                 qPrintable(panel.banner()->text()));
        QVERIFY(panel.banner()->text().contains(word));
        QCOMPARE(panel.valuesModel()->rowCount(), 0);
    }
    QVERIFY(ask(&panel, QStringLiteral("srvr")));
    QCOMPARE(valueOf(panel.valuesModel(), QStringLiteral("Mode")), QStringLiteral("standalone"));
    QVERIFY(!panel.banner()->isVisible());
}

void TestServerPanel::unreachableServerIsAnError()
{
    // A port that was free a moment ago: nobody listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ServerPanel panel(QStringLiteral("127.0.0.1:%1").arg(port), &m_pool);
    QVERIFY(!ask(&panel, QStringLiteral("ruok")));
    QVERIFY(panel.lastError().is(ZkError::ServerUnreachable));
    QCOMPARE(panel.banner()->kind(), BannerWidget::Kind::Error);
    QVERIFY(panel.banner()->text().contains(QString::number(port)));

    ServerPanel none(QString(), &m_pool);
    QVERIFY(none.servers().isEmpty());
    QVERIFY(!none.findChild<QToolButton *>(QStringLiteral("word-srvr"))->isEnabled());
}

void TestServerPanel::newerQuerySupersedesOlder()
{
    ServerPanel panel(m_open->connectString(), &m_pool);
    QSignalSpy replied(&panel, &ServerPanel::replyReceived);
    panel.query(QStringLiteral("envi"));
    panel.query(QStringLiteral("ruok"));
    QVERIFY(waitForSignals(replied, 1, 20000));
    // Give the older reply time to arrive: it must be dropped.
    QTest::qWait(300);
    QCOMPARE(replied.count(), 1);
    QCOMPARE(panel.reply().word, QStringLiteral("ruok"));
}

QTEST_MAIN(TestServerPanel)
#include "tst_server_panel.moc"
