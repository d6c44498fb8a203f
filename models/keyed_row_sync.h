// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Portier {

/// Turns the rows currently shown (identified by @p current keys, unique) into @p target (unique
/// keys, in the wanted order) with the fewest structural signals a view can follow: removals of
/// contiguous runs, moves of single surviving rows, insertions of contiguous runs, and an update
/// call for every row that survives. The callbacks do the begin/end calls of the model:
///
///   remove(first, last)          rows [first, last] of the current order
///   move(from, to)               one row from > to, to its new place before row @p to
///   insert(first, last)          rows that will hold target[first..last]
///   update(row)                  row now holds target[row]: compare and emit dataChanged
///
/// Used by every model that "updates in place" (STYLE.md, Models).
template<typename RemoveFn, typename MoveFn, typename InsertFn, typename UpdateFn>
void syncKeyedRows(QStringList current, const QStringList &target, RemoveFn remove, MoveFn move,
                   InsertFn insert, UpdateFn update)
{
    const QSet<QString> wanted(target.cbegin(), target.cend());

    // Remove from the back so that earlier row numbers stay valid.
    for (qsizetype last = current.size() - 1; last >= 0;) {
        if (wanted.contains(current.at(last))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !wanted.contains(current.at(first - 1)))
            --first;
        remove(int(first), int(last));
        current.remove(first, last - first + 1);
        last = first - 1;
    }

    const QSet<QString> surviving(current.cbegin(), current.cend());
    for (qsizetype i = 0; i < target.size(); ++i) {
        const QString &key = target.at(i);
        if (i < current.size() && current.at(i) == key) {
            update(int(i));
            continue;
        }
        if (surviving.contains(key)) {
            const qsizetype from = current.indexOf(key, i);
            Q_ASSERT(from > i);
            move(int(from), int(i));
            current.move(from, i);
            update(int(i));
            continue;
        }
        qsizetype end = i;
        while (end < target.size() && !surviving.contains(target.at(end)))
            ++end;
        insert(int(i), int(end - 1));
        for (qsizetype k = i; k < end; ++k)
            current.insert(k, target.at(k));
        i = end - 1;
    }
    Q_ASSERT(current == target);
}

/// Makes keys unique by numbering repeats in order: caches and keytabs may legitimately hold the
/// same entry twice, and each occurrence is a row of its own. The separator (U+001E, record
/// separator) cannot occur in a principal name or a cache name.
inline QStringList disambiguateKeys(const QStringList &keys)
{
    QStringList unique;
    unique.reserve(keys.size());
    QHash<QString, int> seen;
    for (const QString &key : keys) {
        const int n = ++seen[key];
        unique.append(n == 1 ? key : key + QChar(0x1e) + QString::number(n));
    }
    return unique;
}

} // namespace Portier
