// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/middle_elide_delegate.h"

namespace Portier {

void MiddleElideDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideMiddle;
}

} // namespace Portier
