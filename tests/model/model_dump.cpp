// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/model/model_dump.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QStringList>

namespace Portier::Test {

namespace {

void dumpRows(const QAbstractItemModel *model, const QModelIndex &parent, int depth,
              QStringList &lines)
{
    const int columns = model->columnCount(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        QStringList cells;
        QStringList markers;
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column, parent);
            cells.append(index.data(Qt::DisplayRole).toString());
            const QVariant font = index.data(Qt::FontRole);
            if (column == 0 && font.isValid()) {
                const QFont f = font.value<QFont>();
                if (f.bold())
                    markers.append(QStringLiteral("{bold}"));
                if (f.italic())
                    markers.append(QStringLiteral("{italic}"));
            }
            const QVariant fg = index.data(Qt::ForegroundRole);
            if (fg.isValid()) {
                const QColor color =
                    fg.canConvert<QColor>() ? fg.value<QColor>() : fg.value<QBrush>().color();
                markers.append(QStringLiteral("{%1:%2}").arg(
                    model->headerData(column, Qt::Horizontal).toString(), color.name()));
            }
            const QVariant bg = index.data(Qt::BackgroundRole);
            if (bg.isValid()) {
                const QColor color =
                    bg.canConvert<QColor>() ? bg.value<QColor>() : bg.value<QBrush>().color();
                markers.append(
                    QStringLiteral("{%1 bg:%2}")
                        .arg(model->headerData(column, Qt::Horizontal).toString(), color.name()));
            }
        }
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        QString line = QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | "));
        if (!markers.isEmpty())
            line += QLatin1String("  ") + markers.join(QLatin1Char(' '));
        lines.append(line);
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child))
            dumpRows(model, child, depth + 1, lines);
    }
}

} // namespace

QString dumpModel(const QAbstractItemModel *model)
{
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header.append(model->headerData(column, Qt::Horizontal).toString());
    QStringList lines{QStringLiteral("# ") + header.join(QStringLiteral(" | "))};
    dumpRows(model, QModelIndex(), 0, lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool matchesFixture(const QString &actual, const QString &fileName, QString *message)
{
    const QString path = QStringLiteral(PORTIER_SOURCE_DIR "/tests/model/data/") + fileName;
    if (qEnvironmentVariableIntValue("PORTIER_UPDATE_FIXTURES") == 1) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *message = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
            return false;
        }
        out.write(actual.toUtf8());
        return true;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *message = QStringLiteral("cannot read fixture %1: %2 (run with PORTIER_UPDATE_FIXTURES=1 "
                                  "to create it)\nactual:\n%3")
                       .arg(path, in.errorString(), actual);
        return false;
    }
    const QString expected = QString::fromUtf8(in.readAll());
    if (expected == actual)
        return true;
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    int first = 0;
    while (first < e.size() && first < a.size() && e.at(first) == a.at(first))
        ++first;
    *message = QStringLiteral("model dump differs from %1 at line %2\nexpected: %3\nactual:   %4\n"
                              "--- full actual dump ---\n%5")
                   .arg(path)
                   .arg(first + 1)
                   .arg(first < e.size() ? e.at(first) : QStringLiteral("<end>"),
                        first < a.size() ? a.at(first) : QStringLiteral("<end>"), actual);
    return false;
}

} // namespace Portier::Test
