// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/backend_context.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QThreadPool>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("portier"));
    QApplication::setApplicationDisplayName(QStringLiteral("Portier"));
    QApplication::setApplicationVersion(QStringLiteral(PORTIER_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Portier"));
    QApplication::setOrganizationDomain(QStringLiteral("portier.org"));
    QApplication::setDesktopFileName(QStringLiteral(PORTIER_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.portier.Portier.svg")));

    // The user's language (QLocale::system() reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG), before
    // any translated string is made: Qt's own strings when the system has them
    // (qt6-translations-l10n), then Portier's, compiled in under :/i18n/ (portier_translations).
    // No catalogue for the language (English, C) leaves the source strings.
    const QLocale locale = QLocale::system();
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator portierTranslator;
    if (portierTranslator.load(locale, QStringLiteral("portier"), QStringLiteral("_"),
                               QStringLiteral(":/i18n")))
        QApplication::installTranslator(&portierTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Console for Kerberos credential caches, keytabs and ZooKeeper ACLs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Keytab files to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    // The app owns its pool (never globalInstance()): blocking libkrb5 calls run here, sized for
    // I/O-bound work.
    QThreadPool pool;
    pool.setMaxThreadCount(Portier::BackendContext::recommendedThreadCount());
    Portier::BackendContext context(&pool);

    int status = 0;
    {
        Portier::MainWindow window(context);
        window.show();
        for (const QString &file : parser.positionalArguments())
            window.openFile(file);
        status = app.exec();
        // Cancel everything still running, then wait for the pool, while the widgets the
        // continuations are bound to still exist (no event loop runs them any more).
        context.shutdown();
    }
    return status;
}
