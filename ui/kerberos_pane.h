// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/kerberos/kerberos_backend.h"
#include "ui/pane.h"

#include <QFuture>
#include <QPointer>
#include <QTimer>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Portier {

class BackendContext;
class BannerWidget;
class CacheCollectionWatcher;
class CredentialCacheModel;
class CredentialCacheProxyModel;
class KerberosCommand;
class KeytabModel;
class KinitDialog;
class OperationWidget;
class ResultEvidenceView;
class TicketTimelineWidget;

/// Kerberos credential caches and keytabs: the collection as a tree with a ticket timeline, a
/// keytab table, the actions (kinit, renew, destroy, switch, test keytab) as commands with an
/// operation strip and Cancel, and the evidence of every action beside its result.
///
/// The pane refreshes by itself when a cache file changes (and polls for KEYRING/KCM caches),
/// updating the model in place. Every backend call runs on the pool; results that a newer
/// request has superseded are dropped (generation counters).
class KerberosPane : public Pane
{
    Q_OBJECT
public:
    enum class Action
    {
        Refresh,
        GetTicket,
        Renew,
        Destroy,
        MakePrimary,
        OpenKeytab,
        TestKeytab
    };
    Q_ENUM(Action)

    explicit KerberosPane(BackendContext &context, QWidget *parent = nullptr);
    ~KerberosPane() override;

    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> menuActions() const override;
    void refresh() override;
    bool openFile(const QString &path) override;

    void openKeytab(const QString &path);
    /// Opens the kinit dialog (window-modal, not blocking).
    void getTicket();
    void renewSelected();
    /// Asks for confirmation (window-modal, not blocking), then destroys the selected cache.
    void destroySelected();
    void makeSelectedPrimary();
    void testKeytab();
    void chooseKeytab();

    QAction *action(Action which) const;
    bool isBusy() const;
    QString selectedCacheName() const;
    void selectCache(const QString &cacheName);

    CredentialCacheModel *cacheModel() const { return m_cacheModel; }
    CredentialCacheProxyModel *cacheProxy() const { return m_cacheProxy; }
    QTreeView *cacheView() const { return m_cacheView; }
    KeytabModel *keytabModel() const { return m_keytabModel; }
    QTableView *keytabView() const { return m_keytabView; }
    TicketTimelineWidget *timeline() const { return m_timeline; }
    ResultEvidenceView *evidenceView() const { return m_evidence; }
    OperationWidget *operationWidget() const { return m_operation; }
    BannerWidget *banner() const { return m_banner; }
    /// The open kinit dialog, if any.
    KinitDialog *kinitDialog() const;
    CacheCollectionWatcher *collectionWatcher() const { return m_watcher; }

Q_SIGNALS:
    /// A cache listing was applied to the model (or reported as a banner).
    void collectionRefreshed(bool ok);
    void keytabLoaded(bool ok);
    /// A command delivered its result (not emitted for a cancelled command).
    void commandFinished(bool ok);
    void busyChanged(bool busy);

private:
    enum class BannerOrigin
    {
        None,
        Listing,
        CollectionWarnings,
        Keytab,
        Command
    };

    void setUpActions();
    void setUpLayout();
    void runCommand(KerberosCommand *command);
    void commandDone(KerberosCommand *command, const Result<ActionOutcome> &result);
    void cancelCommand();
    void applyCollection(quint64 generation, const Result<CacheCollection> &result);
    void applyKeytab(quint64 generation, const QString &path, const Result<KeytabListing> &result);
    void updateActions();
    void updateTimeline();
    void showEvidence();
    void showBanner(BannerOrigin origin, int kind, const QString &text,
                    const QList<QAction *> &actions = {});
    void clearBanner(BannerOrigin origin);
    const CredentialCache *selectedCache() const;
    const CredentialCache *timelineCache() const;
    void resizeCacheColumns();

    KerberosBackend m_backend;

    QAction *m_refreshAction = nullptr;
    QAction *m_getTicketAction = nullptr;
    QAction *m_renewAction = nullptr;
    QAction *m_destroyAction = nullptr;
    QAction *m_makePrimaryAction = nullptr;
    QAction *m_openKeytabAction = nullptr;
    QAction *m_testKeytabAction = nullptr;

    BannerWidget *m_banner = nullptr;
    BannerOrigin m_bannerOrigin = BannerOrigin::None;
    OperationWidget *m_operation = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showConfiguration = nullptr;
    QTreeView *m_cacheView = nullptr;
    CredentialCacheModel *m_cacheModel = nullptr;
    CredentialCacheProxyModel *m_cacheProxy = nullptr;
    TicketTimelineWidget *m_timeline = nullptr;
    QLabel *m_keytabHeader = nullptr;
    QTableView *m_keytabView = nullptr;
    KeytabModel *m_keytabModel = nullptr;
    QSortFilterProxyModel *m_keytabProxy = nullptr;
    ResultEvidenceView *m_evidence = nullptr;
    CacheCollectionWatcher *m_watcher = nullptr;
    QTimer m_minuteTimer;

    quint64 m_listGeneration = 0;
    QFuture<Result<CacheCollection>> m_listFuture;
    bool m_columnsSized = false;
    bool m_explicitRefresh = false;
    QString m_selectAfterRefresh;

    quint64 m_keytabGeneration = 0;
    QFuture<Result<KeytabListing>> m_keytabFuture;

    QPointer<KerberosCommand> m_command;
    QPointer<KinitDialog> m_kinitDialog;
};

} // namespace Portier
