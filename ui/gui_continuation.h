// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

#include <utility>

namespace Portier {

/// `future.then(receiver, function)` that is safe on Qt 6.4: runs @p function with the result of
/// @p future on the GUI thread unless @p receiver was destroyed meanwhile or the future was
/// cancelled (a cancelled chain skips the continuation).
///
/// Why not then(receiver, ...) directly: Qt 6.4's context continuation asserts (debug) or invokes
/// on a null object (release) when the context is destroyed before the future finishes, which
/// happens whenever a dialog closes or a command is abandoned while libkrb5 still waits for a
/// KDC. So the continuation is bound to the application object, which outlives the thread pool
/// (main() shuts the pool down first), and the receiver is checked when it runs.
template<typename T, typename Function>
void continueOnGui(const QFuture<T> &future, QObject *receiver, Function &&function)
{
    QFuture<T> chain = future;
    chain.then(QCoreApplication::instance(),
               [receiver = QPointer<QObject>(receiver),
                function = std::forward<Function>(function)](const T &result) mutable {
                   if (receiver)
                       function(result);
               });
}

} // namespace Portier
