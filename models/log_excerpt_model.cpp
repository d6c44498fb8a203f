// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/log_excerpt_model.h"

#include "models/kerberos_format.h"
#include "models/status_palette.h"

#include <QFont>
#include <QFontDatabase>

#include <algorithm>

namespace Portier {

namespace {

/// internalId of a header row; line rows store their excerpt's row + 1.
constexpr quintptr HeaderId = 0;

} // namespace

LogExcerptModel::LogExcerptModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void LogExcerptModel::setExcerpts(const QList<LogExcerpt> &excerpts,
                                  const QStringList &matchedLines)
{
    beginResetModel();
    m_excerpts = excerpts;
    m_matchedLines = matchedLines;
    endResetModel();
}

void LogExcerptModel::clear()
{
    setExcerpts({});
}

bool LogExcerptModel::isHighlighted(int excerpt, int line) const
{
    const LogExcerpt &e = m_excerpts.at(excerpt);
    if (e.isHighlighted(line))
        return true;
    const QString &text = e.lines.at(line);
    return std::any_of(m_matchedLines.cbegin(), m_matchedLines.cend(), [&](const QString &matched) {
        return !matched.isEmpty() && text == matched;
    });
}

int LogExcerptModel::highlightedLineCount() const
{
    int count = 0;
    for (int e = 0; e < m_excerpts.size(); ++e) {
        for (int l = 0; l < m_excerpts.at(e).lines.size(); ++l)
            count += isHighlighted(e, l) ? 1 : 0;
    }
    return count;
}

QString LogExcerptModel::headerText(const LogExcerpt &excerpt) const
{
    QString text = excerpt.source.isEmpty() ? tr("Evidence") : excerpt.source;
    if (excerpt.firstLine > 0)
        text +=
            QLatin1String("  ") + tr("lines %1–%2").arg(excerpt.firstLine).arg(excerpt.lastLine());
    if (excerpt.startTime.isValid()) {
        text += QLatin1String("  ") + KerberosFormat::absoluteTime(excerpt.startTime);
        if (excerpt.endTime.isValid() && excerpt.endTime != excerpt.startTime)
            text += QStringLiteral(" – ") + KerberosFormat::absoluteTime(excerpt.endTime);
    }
    return text;
}

QString LogExcerptModel::textFor(const QModelIndexList &indexes) const
{
    QList<QPair<int, int>> lines; // (excerpt, line), line -1 for a whole excerpt
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        if (index.internalId() == HeaderId) {
            for (int l = 0; l < m_excerpts.at(index.row()).lines.size(); ++l)
                lines.append({index.row(), l});
        } else {
            lines.append({int(index.internalId() - 1), index.row()});
        }
    }
    std::sort(lines.begin(), lines.end());
    lines.resize(std::unique(lines.begin(), lines.end()) - lines.begin());
    QStringList text;
    for (const auto &[excerpt, line] : std::as_const(lines))
        text.append(m_excerpts.at(excerpt).lines.at(line));
    return text.join(QLatin1Char('\n'));
}

QModelIndex LogExcerptModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, HeaderId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex LogExcerptModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == HeaderId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, HeaderId);
}

int LogExcerptModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_excerpts.size());
    if (parent.column() > 0 || parent.internalId() != HeaderId)
        return 0;
    return int(m_excerpts.at(parent.row()).lines.size());
}

int LogExcerptModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags LogExcerptModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != HeaderId)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant LogExcerptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};

    if (index.internalId() == HeaderId) {
        const LogExcerpt &e = m_excerpts.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TextColumn ? headerText(e) : QVariant();
        case Qt::ToolTipRole:
            return headerText(e);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IsExcerptRole:
            return true;
        case IsHighlightedRole:
            return false;
        case SourceRole:
            return e.source;
        case LineNumberRole:
            return e.firstLine;
        default:
            return {};
        }
    }

    const int excerpt = int(index.internalId() - 1);
    const LogExcerpt &e = m_excerpts.at(excerpt);
    const int line = index.row();
    const int lineNumber = e.firstLine > 0 ? e.firstLine + line : 0;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineNumberColumn)
            return lineNumber > 0 ? QVariant(lineNumber) : QVariant(line + 1);
        return e.lines.at(line);
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(e.lines.at(line)) : QVariant();
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::BackgroundRole:
        return isHighlighted(excerpt, line) ? QVariant(StatusPalette::highlightBackground())
                                            : QVariant();
    case Qt::ForegroundRole:
        if (isHighlighted(excerpt, line))
            return QColor(Qt::black); // readable on the highlight colour in dark themes too
        if (index.column() == LineNumberColumn)
            return StatusPalette::muted();
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LineNumberColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                  : QVariant();
    case IsExcerptRole:
        return false;
    case IsHighlightedRole:
        return isHighlighted(excerpt, line);
    case SourceRole:
        return e.source;
    case LineNumberRole:
        return lineNumber;
    default:
        return {};
    }
}

QVariant LogExcerptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineNumberColumn:
        return tr("Line");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace Portier
