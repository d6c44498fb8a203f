// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/logs/signature_catalogue.h"

#include "backends/core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <string>
#include <vector>

namespace Portier {

namespace {

// Translation context "Diagnostics". A class, not a free tr(): lupdate files a free function's tr()
// under the enclosing namespace, which is not the context looked up at run time.
struct Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)
};

// "-1765328347" and "KRB5KRB_AP_ERR_SKEW" stay as they are; "+12" or " 12" become "12".
QString normalisedCode(const QString &code)
{
    bool isNumber = false;
    const qint64 n = code.trimmed().toLongLong(&isNumber);
    return isNumber ? QString::number(n) : code.trimmed();
}

// A source pattern with '*' wildcards as an anchored regular expression.
QRegularExpression sourceMatcher(const QString &pattern)
{
    QStringList parts = pattern.split(QLatin1Char('*'));
    for (QString &p : parts)
        p = QRegularExpression::escape(p);
    return QRegularExpression(
        QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*"))));
}

} // namespace

struct SignatureCatalogue::Data
{
    QList<Signature> signatures;
    QList<QList<QRegularExpression>> sources; // per signature; empty: every source
    QList<QSet<QString>> codes;               // per signature, normalised
    std::unique_ptr<re2::RE2::Set> set;       // all patterns of all signatures; null if none
    std::vector<int> patternOwner;            // pattern index in the set -> signature index
};

SignatureCatalogue::SignatureCatalogue()
    : d(std::make_shared<const Data>())
{}

SignatureCatalogue::SignatureCatalogue(std::shared_ptr<const Data> data)
    : d(std::move(data))
{}

SignatureCatalogue::~SignatureCatalogue() = default;
SignatureCatalogue::SignatureCatalogue(const SignatureCatalogue &) = default;
SignatureCatalogue &SignatureCatalogue::operator=(const SignatureCatalogue &) = default;
SignatureCatalogue::SignatureCatalogue(SignatureCatalogue &&) noexcept = default;
SignatureCatalogue &SignatureCatalogue::operator=(SignatureCatalogue &&) noexcept = default;

Result<SignatureCatalogue> SignatureCatalogue::build(QList<Signature> signatures,
                                                     const QString &origin)
{
    auto data = std::make_shared<Data>();
    re2::RE2::Options options;
    options.set_log_errors(false);
    options.set_encoding(re2::RE2::Options::EncodingUTF8);
    auto set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
    QSet<QString> ids;
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        const Signature &s = signatures.at(i);
        if (ids.contains(s.id))
            return Error(
                CoreError::InvalidInput,
                Diagnostics::tr("The diagnostic catalogue %1 defines the signature \"%2\" twice.")
                    .arg(origin, s.id));
        ids.insert(s.id);
        for (const QString &pattern : s.patterns) {
            std::string error;
            const QByteArray utf8 = pattern.toUtf8();
            if (set->Add(re2::StringPiece(utf8.constData(), size_t(utf8.size())), &error) < 0)
                return Error(
                    CoreError::InvalidInput,
                    Diagnostics::tr("The diagnostic catalogue %1 has an invalid regular expression "
                                    "in signature \"%2\": \"%3\" (%4).")
                        .arg(origin, s.id, pattern, QString::fromStdString(error)));
            data->patternOwner.push_back(int(i));
        }
        QList<QRegularExpression> sources;
        for (const QString &source : s.sources)
            sources.append(sourceMatcher(source));
        data->sources.append(sources);
        QSet<QString> codes;
        for (const QString &c : s.codes)
            codes.insert(normalisedCode(c));
        data->codes.append(codes);
    }
    if (!data->patternOwner.empty()) {
        if (!set->Compile())
            return Error(CoreError::InvalidInput,
                         Diagnostics::tr(
                             "The regular expressions of the diagnostic catalogue %1 are too large "
                             "to compile.")
                             .arg(origin));
        data->set = std::move(set);
    }
    data->signatures = std::move(signatures);
    return SignatureCatalogue(std::shared_ptr<const Data>(std::move(data)));
}

static Result<QList<Signature>> parseDocument(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(
            CoreError::InvalidInput,
            Diagnostics::tr("The diagnostic catalogue %1 is not valid JSON: %2 at offset %3.")
                .arg(origin, parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject() || !doc.object().value(QLatin1StringView("signatures")).isArray())
        return Error(CoreError::InvalidInput,
                     Diagnostics::tr("The diagnostic catalogue %1 has no \"signatures\" array.")
                         .arg(origin));
    QList<Signature> signatures;
    const QJsonArray array = doc.object().value(QLatin1StringView("signatures")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        QString error;
        std::optional<Signature> s;
        if (v.isObject())
            s = Signature::fromJson(v.toObject(), &error);
        else
            error = Diagnostics::tr("entry %1 is not an object").arg(i);
        if (!s)
            return Error(CoreError::InvalidInput,
                         Diagnostics::tr("The diagnostic catalogue %1 is malformed: %2.")
                             .arg(origin, error));
        signatures.append(std::move(*s));
    }
    return signatures;
}

Result<SignatureCatalogue> SignatureCatalogue::fromJson(const QByteArray &json,
                                                        const QString &origin)
{
    const QString name = origin.isEmpty() ? Diagnostics::tr("(unnamed)") : origin;
    auto signatures = parseDocument(json, name);
    if (!signatures)
        return signatures.error();
    return build(std::move(signatures).value(), name);
}

Result<SignatureCatalogue> SignatureCatalogue::fromFiles(const QStringList &paths)
{
    QList<Signature> all;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(CoreError::Io,
                         Diagnostics::tr("Cannot read the diagnostic catalogue %1: %2.")
                             .arg(path, file.errorString()));
        auto signatures = parseDocument(file.readAll(), path);
        if (!signatures)
            return signatures.error();
        all.append(std::move(signatures).value());
    }
    return build(std::move(all), paths.join(QStringLiteral(", ")));
}

Result<SignatureCatalogue> SignatureCatalogue::loadBuiltin()
{
    const QDir dir(QStringLiteral(":/diagnostics"));
    QStringList paths;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    if (paths.isEmpty())
        return Error(
            CoreError::NotFound,
            Diagnostics::tr("No diagnostic catalogue is compiled in (:/diagnostics/*.json)."));
    return fromFiles(paths);
}

const SignatureCatalogue &SignatureCatalogue::builtin()
{
    static const SignatureCatalogue catalogue = [] {
        auto loaded = loadBuiltin();
        if (!loaded) {
            qCCritical(lcLogs) << "built-in diagnostic catalogues failed to load:"
                               << loaded.error().message;
            return SignatureCatalogue();
        }
        return std::move(loaded).value();
    }();
    return catalogue;
}

bool SignatureCatalogue::isEmpty() const
{
    return d->signatures.isEmpty();
}

qsizetype SignatureCatalogue::size() const
{
    return d->signatures.size();
}

QList<Signature> SignatureCatalogue::signatures() const
{
    return d->signatures;
}

std::optional<Signature> SignatureCatalogue::find(const QString &id) const
{
    for (const Signature &s : d->signatures) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QList<Diagnosis> SignatureCatalogue::diagnose(QList<LogExcerpt> &evidence,
                                              const QStringList &codes) const
{
    const qsizetype count = d->signatures.size();
    QList<bool> byCode(count, false);
    QList<QStringList> lines(count);

    if (!codes.isEmpty()) {
        QSet<QString> wanted;
        for (const QString &c : codes)
            wanted.insert(normalisedCode(c));
        for (qsizetype i = 0; i < count; ++i)
            byCode[i] = d->codes.at(i).intersects(wanted);
    }

    if (d->set) {
        std::vector<int> hits;
        QList<bool> applies(count);
        for (LogExcerpt &excerpt : evidence) {
            for (qsizetype i = 0; i < count; ++i) {
                const auto &sources = d->sources.at(i);
                applies[i] = sources.isEmpty() ||
                             std::any_of(sources.begin(), sources.end(), [&](const auto &re) {
                                 return re.match(excerpt.source).hasMatch();
                             });
            }
            for (qsizetype n = 0; n < excerpt.lines.size(); ++n) {
                const QByteArray utf8 = excerpt.lines.at(n).toUtf8();
                hits.clear();
                re2::RE2::Set::ErrorInfo info{};
                if (!d->set->Match(re2::StringPiece(utf8.constData(), size_t(utf8.size())), &hits,
                                   &info)) {
                    if (info.kind != re2::RE2::Set::kNoError)
                        qCWarning(lcLogs) << "signature matching failed on a line of"
                                          << excerpt.source << "error kind" << int(info.kind);
                    continue;
                }
                for (int pattern : hits) {
                    const int owner = d->patternOwner.at(size_t(pattern));
                    if (!applies.at(owner))
                        continue;
                    excerpt.highlight(int(n));
                    if (!lines[owner].contains(excerpt.lines.at(n)))
                        lines[owner].append(excerpt.lines.at(n));
                }
            }
        }
    }

    QList<Diagnosis> diagnoses;
    for (qsizetype i = 0; i < count; ++i) {
        if (!byCode.at(i) && lines.at(i).isEmpty())
            continue;
        const Signature &s = d->signatures.at(i);
        diagnoses.append(Diagnosis{s.id, s.title, s.cause, s.fix, s.reference, lines.at(i)});
    }
    return diagnoses;
}

QList<Diagnosis> SignatureCatalogue::diagnose(LogExcerpt &excerpt, const QStringList &codes) const
{
    QList<LogExcerpt> evidence{excerpt};
    QList<Diagnosis> diagnoses = diagnose(evidence, codes);
    excerpt = evidence.first();
    return diagnoses;
}

void SignatureCatalogue::diagnose(Error &error, const QStringList &extraCodes) const
{
    QStringList codes = extraCodes;
    codes.append(error.codeName());
    if (error.libraryCode != 0)
        codes.append(QString::number(error.libraryCode));
    const QList<Diagnosis> found = diagnose(error.evidence, codes);
    for (const Diagnosis &diagnosis : found) {
        const bool known =
            std::any_of(error.diagnoses.begin(), error.diagnoses.end(),
                        [&](const Diagnosis &existing) { return existing.id == diagnosis.id; });
        if (!known)
            error.diagnoses.append(diagnosis);
    }
}

} // namespace Portier
