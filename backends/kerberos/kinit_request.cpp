// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/kinit_request.h"

#include "backends/kerberos/shell_quote.h"

namespace Portier {

QString KinitRequest::shellCommand() const
{
    QStringList args{QStringLiteral("kinit")};
    if (!lifetime.isEmpty())
        args << QStringLiteral("-l") << lifetime;
    if (!renewableLifetime.isEmpty())
        args << QStringLiteral("-r") << renewableLifetime;
    if (forwardable)
        args << QStringLiteral("-f");
    if (proxiable)
        args << QStringLiteral("-p");
    switch (target) {
    case Target::Default:
        break;
    case Target::NewInCollection:
        // MIT kinit itself stores a principal with no cache yet in a new cache of the collection,
        // so the plain command is the equivalent.
        break;
    case Target::Named:
        if (!cacheName.isEmpty())
            args << QStringLiteral("-c") << cacheName;
        break;
    }
    if (source == Source::Keytab) {
        args << QStringLiteral("-k");
        // Without a path the backend uses the default client keytab, which MIT kinit reads
        // only with -i (plain -k would read the default keytab).
        if (keytabPath.isEmpty())
            args << QStringLiteral("-i");
        else
            args << QStringLiteral("-t") << keytabPath;
    }
    if (!principal.isEmpty())
        args << principal;
    return shellJoin(args);
}

} // namespace Portier
