// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: the French catalogue compiled in under :/i18n/ translates strings of the
// console, the models, the backends and portier-cli under the contexts they are looked up with at
// run time, and every resources/translations/portier_*.ts is complete, with the placeholders,
// accelerators and markup of its source strings.
#include "app/cli/krb_report.h"
#include "backends/kerberos/kerberos_checks.h"
#include "backends/kerberos/keytab_reader.h"
#include "models/kerberos_format.h"
#include "ui/kerberos_pane.h"
#include "ui/main_window.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Portier;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
    QString type;    // "unfinished", "vanished", "obsolete" or empty
    qint64 line = 0; // in the .ts file
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            current.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        } else if (name != QLatin1String("context")) {
            xml.skipCurrentElement(); // location, comments
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    return sorted(found);
}

/// %1..%9 and %n, as QString::arg and tr() replace them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9n]"));
    return matches(re, text);
}

/// Keyboard accelerators: '&' before a character, "&&" being a literal ampersand.
qsizetype accelerators(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("&&"), QString());
    return t.count(QLatin1Char('&'));
}

QStringList markup(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("</?(?:h[1-6]|p|b|i|br|a|tt|code|ul|ol|li|em|strong|pre)\\b[^>]*>"));
    return matches(re, text);
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(PORTIER_TRANSLATIONS_DIR));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("portier_*.ts")}, QDir::Files))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void frenchStrings();
    void frenchPlurals();
    void backendMessages();
    void catalogues_data();
    void catalogues();

private:
    QTranslator m_french;
};

void TstTranslations::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/portier_fr.qm")));
    // As app/main.cpp loads it, from the locale: fr_FR falls back to portier_fr.qm.
    QVERIFY(m_french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("portier"),
                          QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(!m_french.isEmpty());
    QCOMPARE(m_french.language(), QStringLiteral("fr_FR"));
    QVERIFY(QCoreApplication::installTranslator(&m_french));
}

void TstTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_french);
}

void TstTranslations::frenchStrings()
{
    // Through the classes' own tr(), i.e. the contexts moc and Q_DECLARE_TR_FUNCTIONS look up.
    QCOMPARE(KerberosPane::tr("Credential Caches"), QStringLiteral("Caches d'identifiants"));
    QCOMPARE(KerberosPane::tr("&Get Ticket…"), QStringLiteral("&Obtenir un ticket…"));
    QCOMPARE(MainWindow::tr("&File"), QStringLiteral("&Fichier"));
    QCOMPARE(KerberosFormat::tr("Warning"), QStringLiteral("Avertissement"));
    QCOMPARE(Cli::KrbReport::tr("Service principal"), QStringLiteral("Principal de service"));
    QCOMPARE(QCoreApplication::translate("main", "Keytab files to open."),
             QStringLiteral("Fichiers keytab à ouvrir."));
    QCOMPARE(QCoreApplication::translate("Kerberos", "the password is incorrect"),
             QStringLiteral("le mot de passe est incorrect"));
    QCOMPARE(KerberosPane::tr("Could not read the keytab %1: %2")
                 .arg(QStringLiteral("/etc/krb5.keytab"), QStringLiteral("x")),
             QStringLiteral("Impossible de lire le keytab /etc/krb5.keytab\u00a0: x"));
}

void TstTranslations::frenchPlurals()
{
    // French uses the singular for 0 and 1.
    QCOMPARE(KerberosFormat::duration(2 * 86400), QStringLiteral("2 j"));
    QCOMPARE(KerberosPane::tr("%n credential cache(s) read at %1.", nullptr, 1)
                 .arg(QStringLiteral("10:00")),
             QStringLiteral("1 cache d'identifiants lu à 10:00."));
    QCOMPARE(KerberosPane::tr("%n credential cache(s) read at %1.", nullptr, 0)
                 .arg(QStringLiteral("10:00")),
             QStringLiteral("0 cache d'identifiants lu à 10:00."));
    QCOMPARE(KerberosPane::tr("%n credential cache(s) read at %1.", nullptr, 3)
                 .arg(QStringLiteral("10:00")),
             QStringLiteral("3 caches d'identifiants lus à 10:00."));
}

void TstTranslations::backendMessages()
{
    // Messages made by the backends themselves, in their "Kerberos" context.
    QCOMPARE(KerberosChecks::displayTime(QDateTime()), QStringLiteral("(jamais)"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.keytab"));
    const Result<KeytabListing> result = Krb5::readKeytabFile(path);
    QVERIFY(!result);
    QCOMPARE(result.error().message, QStringLiteral("Le keytab %1 n'existe pas.").arg(path));
}

void TstTranslations::catalogues_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = tsFiles();
    QVERIFY2(files.contains(QStringLiteral(PORTIER_TRANSLATIONS_DIR "/portier_fr.ts")),
             qPrintable(files.join(QLatin1Char(' '))));
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TstTranslations::catalogues()
{
    QFETCH(QString, path);
    QString language;
    QString error;
    const QList<Message> messages = readTs(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!language.isEmpty());
    QVERIFY(messages.size() > 100);

    QStringList problems;
    for (const Message &m : messages) {
        const QString where =
            QStringLiteral("%1:%2 [%3] \"%4\": ").arg(path).arg(m.line).arg(m.context, m.source);
        if (!m.type.isEmpty()) {
            problems.append(where + m.type);
            continue;
        }
        if (m.translations.isEmpty()) {
            problems.append(where + QStringLiteral("no translation"));
            continue;
        }
        if (m.numerus && language.startsWith(QLatin1String("fr")) && m.translations.size() != 2)
            problems.append(where + QStringLiteral("French has two plural forms"));
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems.append(where + QStringLiteral("empty translation"));
            else if (placeholders(t) != placeholders(m.source))
                problems.append(where + QStringLiteral("placeholders differ in \"%1\"").arg(t));
            else if (accelerators(t) != accelerators(m.source))
                problems.append(where + QStringLiteral("accelerators differ in \"%1\"").arg(t));
            else if (markup(t) != markup(m.source))
                problems.append(where + QStringLiteral("markup differs in \"%1\"").arg(t));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
