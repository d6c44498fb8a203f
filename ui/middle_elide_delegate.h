// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Portier {

/// Elides text in the middle: for names whose both ends matter, like
/// "DIR::/run/user/1000/krb5cc/tkt" or "host/web01.corp.example.com@CORP.EXAMPLE.COM".
/// Set per column; other columns keep eliding at the end.
class MiddleElideDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Portier
