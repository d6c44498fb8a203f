// SPDX-License-Identifier: GPL-3.0-or-later
// Private to backends/zookeeper: ZOO_* return codes -> Error with words a user understands.
#pragma once

#include "backends/core/error.h"

#include <QString>
#include <QStringList>

namespace Portier::Zk {

/// What was being done when the C client returned an error; it decides the message (which
/// object, which permission was missing).
enum class Operation
{
    Connect,     ///< subject: the connect string
    GetChildren, ///< subject: the path
    GetData,
    GetAcl,
    Exists,
    SetData,
    SetAcl,
    Create,
    Delete,
    AddAuth, ///< subject: the digest user
    Sasl,    ///< subject: the client principal or cache
};

/// The ZkError for a ZOO_* code; ZkError::Library when there is no closer match.
ZkError classify(int rc);
/// The C client's symbolic name: "ZNOAUTH", "ZCONNECTIONLOSS"; "ZOO_ERROR(-123)" when unknown.
QString codeName(int rc);
/// The name a ZnodeRecord carries for a failed read: "NOAUTH", "NONODE", ... (codeName without
/// the leading Z, as zkCli and the Java client name them).
QString recordErrorName(int rc);
/// Code identifiers for SignatureCatalogue matching: symbolic name and decimal number.
QStringList catalogueCodes(int rc);

/// Builds the Error for a failed request: code from classify(), message "Could not <operation>
/// <subject>: <why>.", detail zerror(rc) with the symbolic name, hint, libraryCode = rc.
/// Evidence and diagnoses are added by the caller where they help (connection, auth).
Error makeError(int rc, Operation op, const QString &subject);

} // namespace Portier::Zk
