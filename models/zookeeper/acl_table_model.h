// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/acl_entry.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Portier {

/// A znode's ACL as an editable table: scheme, id, one checkbox per permission (c d r w a) and
/// the same permissions in zkCli's `cdrwa` notation. Each row is validated as the server would
/// (AclSyntax::validateEntry); the message is shown in the row's note column, in its tooltip and
/// by ErrorRole. `auth` rows explain that they expand to the session's identities.
///
/// setAcl() is a full reload (reset); edits change rows in place and emit aclChanged().
class AclTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SchemeColumn,
        IdColumn,
        CreateColumn,
        DeleteColumn,
        ReadColumn,
        WriteColumn,
        AdminColumn,
        PermsColumn, ///< "cdrwa" text, editable
        NoteColumn,  ///< validation message, or what the entry means
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        EntryRole = Qt::UserRole + 1, ///< AclEntry (QVariant::fromValue)
        ErrorRole,                    ///< QString: why the row is invalid; empty when valid
        SortRole,                     ///< raw value: QString, bool (perm columns), int (perms)
        SchemesRole,                  ///< QStringList: the schemes a row may use (SchemeColumn)
    };
    Q_ENUM(Roles)

    explicit AclTableModel(QObject *parent = nullptr);

    /// The schemes offered for new rows: world, auth, digest, ip, sasl, x509.
    static QStringList schemes();
    /// The ZkPerm bit a permission column stands for; 0 for other columns.
    static int permForColumn(int column);
    /// The id a new row of @p scheme starts with: "anyone" for world, "" otherwise.
    static QString defaultId(const QString &scheme);

    /// True when one of @p identities (the session's, from ZkSession::identities()) would hold
    /// ADMIN on a node with @p acl: world:anyone with a, an auth entry with a (it expands to the
    /// session's digest and sasl identities, when it has any), a digest/sasl/x509 entry with a
    /// naming one of the identities, or an ip entry with a whose subnet holds the session's
    /// address (AclSyntax::appliesTo). A super: identity (the superDigest user) always holds
    /// ADMIN.
    static bool grantsAdmin(const Acl &acl, const Acl &identities);

    void setAcl(const Acl &acl);
    Acl acl() const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// The session's identities, for the explanation of `auth` rows.
    void setIdentities(const Acl &identities);
    const Acl &identities() const { return m_identities; }

    /// Read-only: nothing is editable (a read-only session views ACLs only).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// For "remove entry" changes only scheme:id matters: permission cells are disabled and a
    /// row without permissions is valid.
    void setPermissionsIgnored(bool ignored);
    bool permissionsIgnored() const { return m_permissionsIgnored; }

    /// Appends @p entry; returns its row.
    int addEntry(const AclEntry &entry);
    void setEntry(int row, const AclEntry &entry);
    AclEntry entry(int row) const { return m_entries.value(row); }

    /// Why row @p row is invalid; empty when it is valid.
    QString rowError(int row) const;
    /// Every row valid and at least one row.
    bool isValid() const;
    /// The first problem in words ("Row 2 (digest): ..."), or why an empty ACL is refused;
    /// empty when isValid().
    QString validationMessage() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// Any row changed, was added or removed, or the ACL was replaced.
    void aclChanged();

private:
    QString note(int row) const;
    /// The identities an auth entry expands to: the digest and sasl ones.
    Acl authIdentities() const;
    QString identitiesText() const;
    void rowChanged(int row);

    QList<AclEntry> m_entries;
    Acl m_identities;
    bool m_readOnly = false;
    bool m_permissionsIgnored = false;
};

} // namespace Portier
