// SPDX-License-Identifier: GPL-3.0-or-later
// Private to backends/kerberos (and its unit tests): the pure rules that turn what libkrb5 read
// into warnings and explanations. No libkrb5 calls here, so every rule is testable with values.
#pragma once

#include "backends/core/error.h"
#include "backends/core/warning.h"
#include "backends/kerberos/credential.h"
#include "backends/kerberos/credential_cache.h"
#include "backends/kerberos/keytab_listing.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Portier::KerberosChecks {

/// The letters `klist -f` prints for TKT_FLG_* @p bits, in klist's order (F f P p D d i R I H A
/// T O a).
QString flagLetters(quint32 bits);

/// The enctype name `klist -e` prints: krb5_enctype_to_name(id, FALSE), with libkrb5's
/// "DEPRECATED:" prefix for deprecated enctypes (triple DES, RC4), or "etype N" when libkrb5
/// does not know the enctype.
QString enctypeName(qint32 enctypeId);

/// RFC 8429 deprecated or export-grade enctypes: single DES, triple DES, RC4 (arcfour), "-exp".
bool isWeakEnctype(qint32 enctypeId, const QString &name);

/// A tgt (krbtgt/...) rather than a service ticket.
bool isTgt(const Credential &credential);

/// Warnings for one ticket at @p now: placeholder-offline, expired, not-yet-valid,
/// renew-expired, expiring-soon, weak-enctype, and not-renewable (info, TGTs only).
/// Configuration entries get none.
QList<Warning> credentialWarnings(const Credential &credential, const QDateTime &now);

/// Cache-level warnings: "no-tgt" (tickets but no TGT for the principal's realm), "empty".
QList<Warning> cacheWarnings(const CredentialCache &cache);

/// Adds old-kvno, weak-enctype and duplicate warnings to the entries and the keytab-level
/// summaries ("empty", "weak-enctype", "duplicate", "old-kvno") to @p listing.
void annotateKeytab(KeytabListing &listing);

/// A configuration entry's value as text: UTF-8 when printable, otherwise printable ASCII with
/// \xNN escapes; at most 512 characters.
QString printableConfigValue(const QByteArray &value);

/// What a ccache configuration entry (X-CACHECONF:) means, for people.
QString configMeaning(const QString &key, const QString &value);

/// The preauthentication mechanism a pa_type number names ("encrypted timestamp").
QString preauthMechanismName(int paType);

/// Why a keytab cannot be read, before libkrb5 is asked: NotFound for a missing file,
/// NeedsPrivilege (naming owner, group and mode, with the pkexec/sudo hint) when access(R_OK)
/// failed with EACCES or EPERM, Io for other access errors, InvalidInput for a directory.
/// @p accessErrno is errno after access(path, R_OK), 0 when it succeeded.
std::optional<Error> keytabAccessError(const QString &path, bool exists, bool isDir,
                                       int accessErrno, const QString &owner, const QString &group,
                                       uint mode);

/// Time for messages: "2026-11-22 07:48:42 UTC" in the local zone.
QString displayTime(const QDateTime &time);

} // namespace Portier::KerberosChecks
