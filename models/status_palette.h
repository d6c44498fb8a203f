// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/warning.h"

#include <QColor>
#include <QIcon>

namespace Portier {

/// Colours and icons for states shown in models and widgets. Colours are chosen to stay readable
/// on both light and dark palettes (mid-saturation, not pure red/yellow).
class StatusPalette
{
public:
    enum class Level
    {
        Ok,
        Info,
        Warning,
        Critical
    };

    static Level fromSeverity(Warning::Severity severity);
    static Level worse(Level a, Level b) { return int(a) >= int(b) ? a : b; }

    /// Text colour for a level; invalid QColor for Ok and Info (use the palette's text colour).
    static QColor foreground(Level level);
    /// Config entries and other secondary rows.
    static QColor muted();
    /// Background for highlighted evidence lines.
    static QColor highlightBackground();
    /// Small status icon: nothing for Ok.
    static QIcon icon(Level level);
};

} // namespace Portier
