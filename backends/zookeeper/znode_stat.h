// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Portier {

/// A znode's Stat, field for field as the server sends it.
struct ZnodeStat
{
    qint64 czxid = 0;
    qint64 mzxid = 0;
    qint64 pzxid = 0;
    qint64 ctime = 0; ///< ms since the epoch
    qint64 mtime = 0; ///< ms since the epoch
    int version = 0;
    int cversion = 0;
    int aversion = 0;
    qint64 ephemeralOwner = 0; ///< owning session id; 0 for persistent nodes
    int dataLength = 0;
    int numChildren = 0;

    bool isEphemeral() const { return ephemeralOwner != 0; }
    QDateTime created() const { return QDateTime::fromMSecsSinceEpoch(ctime, Qt::UTC); }
    QDateTime modified() const { return QDateTime::fromMSecsSinceEpoch(mtime, Qt::UTC); }
    /// "0x1a2b" as zkCli prints zxids and session ids.
    static QString hex(qint64 value);

    /// The CLI contract's stat object: czxid, mzxid, pzxid, ctime, mtime (ms), version,
    /// cversion, aversion, ephemeralOwner, dataLength, numChildren — all JSON numbers.
    QJsonObject toJson() const;
    static std::optional<ZnodeStat> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const ZnodeStat &, const ZnodeStat &) = default;
};

} // namespace Portier
