// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/diagnosis.h"
#include "backends/core/error.h"
#include "backends/core/log_excerpt.h"
#include "backends/core/result.h"
#include "backends/logs/signature.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Portier {

/// The diagnostic signature engine: known failure signatures loaded from JSON catalogues
/// (resources/diagnostics/*.json, compiled in under :/diagnostics/), matched against evidence
/// in one pass per line with an RE2::Set (DESIGN.md, Decision 4) and against library error codes.
///
/// A catalogue is immutable once loaded and cheap to copy (shared data), so one instance can be
/// handed to every worker thread; matching is thread-safe.
///
/// Catalogue format:
/// @code
/// {"signatures": [{"id": "krb5.clock-skew", "title": "...", "cause": "...", "fix": "...",
///                  "reference": "https://...", "codes": ["KRB5KRB_AP_ERR_SKEW", -1765328347],
///                  "patterns": ["Clock skew too great"], "sources": ["krb5 trace",
///                  "/var/log/*"]}]}
/// @endcode
class SignatureCatalogue
{
public:
    /// An empty catalogue: matches nothing.
    SignatureCatalogue();
    ~SignatureCatalogue();
    SignatureCatalogue(const SignatureCatalogue &);
    SignatureCatalogue &operator=(const SignatureCatalogue &);
    SignatureCatalogue(SignatureCatalogue &&) noexcept;
    SignatureCatalogue &operator=(SignatureCatalogue &&) noexcept;

    /// Parses one catalogue document. @p origin names it in error messages (a path).
    /// Malformed JSON, a missing field, a duplicate id or a regular expression RE2 rejects give
    /// a CoreError::InvalidInput error that names the catalogue and the signature.
    static Result<SignatureCatalogue> fromJson(const QByteArray &json, const QString &origin = {});
    /// Loads and merges several catalogue files (paths or ":/..." resources); ids must be unique
    /// across all of them.
    static Result<SignatureCatalogue> fromFiles(const QStringList &paths);
    /// Every catalogue compiled into the application (:/diagnostics/*.json).
    static Result<SignatureCatalogue> loadBuiltin();
    /// The built-in catalogues, loaded once on first use and never modified (thread-safe).
    /// If they fail to load, which a unit test rules out, this is empty and the failure is
    /// logged as critical.
    static const SignatureCatalogue &builtin();

    bool isEmpty() const;
    qsizetype size() const;
    QList<Signature> signatures() const;
    std::optional<Signature> find(const QString &id) const;

    /// The signatures that match @p evidence (per line, respecting each signature's sources) or
    /// one of @p codes, in catalogue order. Lines that matched any signature are highlighted in
    /// @p evidence; each Diagnosis lists its matched lines verbatim.
    QList<Diagnosis> diagnose(QList<LogExcerpt> &evidence, const QStringList &codes = {}) const;
    QList<Diagnosis> diagnose(LogExcerpt &excerpt, const QStringList &codes = {}) const;

    /// Fills error.diagnoses (keeping those already there, without duplicates) from the error's
    /// evidence, its codeName(), its libraryCode and @p extraCodes, and highlights the evidence.
    void diagnose(Error &error, const QStringList &extraCodes = {}) const;

private:
    struct Data;
    explicit SignatureCatalogue(std::shared_ptr<const Data> data);
    static Result<SignatureCatalogue> build(QList<Signature> signatures, const QString &origin);

    std::shared_ptr<const Data> d;
};

} // namespace Portier
