// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/error.h"

#include "backends/core/json_util.h"

#include <QMetaEnum>

namespace Portier {

namespace {

QMetaEnum codeEnum(ErrorDomain domain)
{
    switch (domain) {
    case ErrorDomain::Core:
        return QMetaEnum::fromType<CoreError>();
    case ErrorDomain::Kerberos:
        return QMetaEnum::fromType<KrbError>();
    case ErrorDomain::ZooKeeper:
        return QMetaEnum::fromType<ZkError>();
    case ErrorDomain::Vault:
    case ErrorDomain::Ldap:
    case ErrorDomain::Ad:
    case ErrorDomain::Bundle:
        break;
    }
    return QMetaEnum();
}

} // namespace

Error::Error(CoreError c, QString msg, QString hintText)
    : domain(ErrorDomain::Core)
    , code(int(c))
    , message(std::move(msg))
    , hint(std::move(hintText))
{}

Error::Error(KrbError c, QString msg, QString hintText)
    : domain(ErrorDomain::Kerberos)
    , code(int(c))
    , message(std::move(msg))
    , hint(std::move(hintText))
{}

Error::Error(ZkError c, QString msg, QString hintText)
    : domain(ErrorDomain::ZooKeeper)
    , code(int(c))
    , message(std::move(msg))
    , hint(std::move(hintText))
{}

QString Error::codeName() const
{
    const QString domainName =
        QString::fromLatin1(QMetaEnum::fromType<ErrorDomain>().valueToKey(int(domain)));
    const QMetaEnum e = codeEnum(domain);
    const char *key = e.isValid() ? e.valueToKey(code) : nullptr;
    return domainName + QLatin1Char('.') + (key ? QString::fromLatin1(key) : QString::number(code));
}

QString Error::toDisplayString() const
{
    if (hint.isEmpty())
        return message;
    return message + QLatin1Char(' ') + hint;
}

QJsonObject Error::toJson() const
{
    return QJsonObject{
        {QStringLiteral("code"), codeName()},
        {QStringLiteral("library_code"), libraryCode},
        {QStringLiteral("message"), message},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("hint"), hint},
        {QStringLiteral("evidence"), Json::fromList(evidence)},
        {QStringLiteral("diagnoses"), Json::fromList(diagnoses)},
    };
}

std::optional<Error> Error::fromJson(const QJsonObject &o, QString *error)
{
    auto code = Json::stringField(o, QLatin1StringView("code"), error);
    auto libraryCode = Json::integerField(o, QLatin1StringView("library_code"), error, false);
    auto message = Json::stringField(o, QLatin1StringView("message"), error);
    auto detail = Json::stringField(o, QLatin1StringView("detail"), error, false);
    auto hint = Json::stringField(o, QLatin1StringView("hint"), error, false);
    auto evidence = Json::arrayField(o, QLatin1StringView("evidence"), error, false);
    auto diagnoses = Json::arrayField(o, QLatin1StringView("diagnoses"), error, false);
    if (!code || !libraryCode || !message || !detail || !hint || !evidence || !diagnoses)
        return std::nullopt;

    Error e;
    const qsizetype dot = code->indexOf(QLatin1Char('.'));
    bool known = false;
    if (dot > 0) {
        const QByteArray domainName = code->left(dot).toLatin1();
        const QByteArray codeKey = code->mid(dot + 1).toLatin1();
        const int d = QMetaEnum::fromType<ErrorDomain>().keyToValue(domainName.constData(), &known);
        if (known) {
            e.domain = ErrorDomain(d);
            const QMetaEnum ce = codeEnum(e.domain);
            bool codeKnown = false;
            const int c = ce.isValid() ? ce.keyToValue(codeKey.constData(), &codeKnown) : -1;
            if (codeKnown)
                e.code = c;
            else
                e.code = codeKey.toInt(&codeKnown);
            known = codeKnown;
        }
    }
    if (!known) {
        if (error)
            *error = QStringLiteral("unknown error code \"%1\"").arg(*code);
        return std::nullopt;
    }
    e.libraryCode = *libraryCode;
    e.message = *message;
    e.detail = *detail;
    e.hint = *hint;
    auto ev = Json::toList<LogExcerpt>(*evidence, error);
    auto dg = Json::toList<Diagnosis>(*diagnoses, error);
    if (!ev || !dg)
        return std::nullopt;
    e.evidence = *ev;
    e.diagnoses = *dg;
    return e;
}

} // namespace Portier
