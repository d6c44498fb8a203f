// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;

namespace Portier::Test {

/// Renders a model as indented text, one line per row: the DisplayRole of every column joined by
/// " | ", then markers for what a person sees besides the text: {bold}, {italic}, and the
/// foreground colour of coloured columns as {Header:#rrggbb}. Children are indented two spaces.
QString dumpModel(const QAbstractItemModel *model);

/// Compares @p actual with tests/model/data/@p fileName. With PORTIER_UPDATE_FIXTURES=1 in the
/// environment the file is (re)written instead and the comparison passes; review the diff.
/// On mismatch returns false and sets *message to both texts.
bool matchesFixture(const QString &actual, const QString &fileName, QString *message);

} // namespace Portier::Test
