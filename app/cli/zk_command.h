// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/exit_code.h"
#include "app/cli/verb_spec.h"
#include "backends/core/result.h"
#include "backends/zookeeper/session_options.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

#include <memory>

class QCommandLineParser;
class QJsonObject;
class QTextStream;

namespace Portier {
class BackendContext;
class ZkSession;
struct ScanOptions;
struct ScanResult;
} // namespace Portier

namespace Portier::Cli {

/// `portier-cli zk <verb>`: opens one ZooKeeper session (--server, --digest, --sasl), runs the
/// backend's futures to completion in the application's event loop and prints text or JSON
/// (the CLI contract of issue 3, section 7).
class ZkCommand
{
    Q_DECLARE_TR_FUNCTIONS(ZkCommand)

public:
    ZkCommand(BackendContext &context, QTextStream &out, QTextStream &err);
    ~ZkCommand();

    static QList<VerbSpec> verbs();

    /// @p spec is one of verbs(); @p parser has parsed its options and positional arguments.
    ExitCode run(const VerbSpec &spec, const QCommandLineParser &parser);

    /// The session options the common options describe (passwords not yet read). Fails with a
    /// CoreError::InvalidInput error for contradicting or malformed options.
    static Result<SessionOptions> sessionOptions(const QCommandLineParser &parser);

    /// "/" or "/a/b": absolute, no empty segment, no trailing '/'. Returns an error message,
    /// empty when @p path is valid.
    static QString checkPath(const QString &path);

private:
    ExitCode tree(const QCommandLineParser &parser);
    ExitCode getAcl(const QCommandLineParser &parser);
    ExitCode setAcl(const QCommandLineParser &parser);
    ExitCode rollback(const QCommandLineParser &parser);
    ExitCode audit(const QCommandLineParser &parser);
    ExitCode snapshot(const QCommandLineParser &parser);
    ExitCode diff(const QCommandLineParser &parser);
    ExitCode fourLetterWord(const QCommandLineParser &parser);

    /// Opens the session and waits until it is connected (and authenticated); prints the
    /// failure and sets *exitCode when it fails. @p connectString overrides --server.
    std::shared_ptr<ZkSession> connect(const QCommandLineParser &parser, ExitCode *exitCode,
                                       const QString &connectString = {});
    /// Scans with ScanEngine, showing progress on a terminal.
    Result<ScanResult> scan(const std::shared_ptr<ZkSession> &session, const ScanOptions &options);
    /// Waits for @p future in a local event loop; progress goes to stderr on a terminal.
    template<typename T>
    Result<T> await(QFuture<Result<T>> future, const QString &progressLabel = {});

    ExitCode fail(const Error &error);
    ExitCode usageError(const QString &message);
    void printJson(const QJsonObject &object);
    void warn(const QString &message);

    BackendContext &m_context;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_verb;
    bool m_json = false;
    bool m_verbose = false;
    bool m_progress = false; ///< stderr is a terminal and --json is not set
    int m_scanSessions = 1;  ///< --sessions: connections a subtree walk uses
    std::shared_ptr<ZkSession> m_session;
};

} // namespace Portier::Cli
