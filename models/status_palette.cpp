// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/status_palette.h"

namespace Portier {

StatusPalette::Level StatusPalette::fromSeverity(Warning::Severity severity)
{
    switch (severity) {
    case Warning::Severity::Info:
        return Level::Info;
    case Warning::Severity::Warning:
        return Level::Warning;
    case Warning::Severity::Critical:
        return Level::Critical;
    }
    return Level::Ok;
}

QColor StatusPalette::foreground(Level level)
{
    switch (level) {
    case Level::Critical:
        return QColor(0xc0, 0x1c, 0x28);
    case Level::Warning:
        return QColor(0xb0, 0x5a, 0x00);
    case Level::Ok:
    case Level::Info:
        break;
    }
    return {};
}

QColor StatusPalette::muted()
{
    return QColor(0x80, 0x80, 0x80);
}

QColor StatusPalette::highlightBackground()
{
    return QColor(0xff, 0xe8, 0xa3);
}

QIcon StatusPalette::icon(Level level)
{
    switch (level) {
    case Level::Critical:
        return QIcon(QStringLiteral(":/icons/status-critical.svg"));
    case Level::Warning:
        return QIcon(QStringLiteral(":/icons/status-warning.svg"));
    case Level::Info:
        return QIcon(QStringLiteral(":/icons/status-info.svg"));
    case Level::Ok:
        break;
    }
    return {};
}

} // namespace Portier
