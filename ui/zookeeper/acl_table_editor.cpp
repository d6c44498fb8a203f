// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/acl_table_editor.h"

#include "backends/zookeeper/acl_syntax.h"
#include "models/status_palette.h"
#include "models/zookeeper/acl_table_model.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>
#include <set>

namespace Portier {

namespace {

/// A combo box of the known schemes for the scheme column (editable: "super" and other
/// provider schemes can be typed).
class SchemeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("schemeEditor"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(index.data(AclTableModel::SchemesRole).toStringList());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString scheme = index.data(Qt::EditRole).toString();
        const int found = combo->findText(scheme);
        if (found >= 0)
            combo->setCurrentIndex(found);
        else
            combo->setEditText(scheme);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
    }
};

/// True when @p rulePath ("/brokers" or "/brokers/**") covers @p node.
bool ruleCovers(const QString &rulePath, const QString &node)
{
    if (node.isEmpty())
        return false;
    if (rulePath.endsWith(QLatin1String("/**"))) {
        const QString base = rulePath.chopped(3);
        return node == base || node.startsWith(base + QLatin1Char('/')) ||
               (base.isEmpty() && node.startsWith(QLatin1Char('/')));
    }
    return rulePath == node;
}

} // namespace

AclTableEditor::AclTableEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new AclTableModel(this))
    , m_view(new QTableView)
    , m_add(new QToolButton)
    , m_remove(new QToolButton)
    , m_presets(new QToolButton)
    , m_presetMenu(new QMenu(this))
    , m_profileMenu(nullptr)
    , m_validation(new QLabel)
    , m_text(new QLineEdit)
    , m_useText(new QToolButton)
    , m_textError(new QLabel)
    , m_digestUser(new QLineEdit)
    , m_digestPassword(new QLineEdit)
    , m_digestGenerate(new QToolButton)
    , m_digestResult(new QLineEdit)
    , m_digestRow(new QWidget)
{
    setObjectName(QStringLiteral("aclTableEditor"));

    m_view->setObjectName(QStringLiteral("aclView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AclTableModel::SchemeColumn, new SchemeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(AclTableModel::SchemeColumn, QHeaderView::ResizeToContents);
    for (int column = AclTableModel::CreateColumn; column <= AclTableModel::AdminColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(AclTableModel::IdColumn, 260);
    header->setSectionResizeMode(AclTableModel::PermsColumn, QHeaderView::ResizeToContents);

    m_add->setObjectName(QStringLiteral("aclAddEntry"));
    m_add->setText(tr("&Add Entry"));
    m_add->setToolTip(tr("Add an ACL entry"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_remove->setObjectName(QStringLiteral("aclRemoveEntry"));
    m_remove->setText(tr("Re&move Entry"));
    m_remove->setToolTip(tr("Remove the selected ACL entries"));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/action-destroy.svg")));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_presets->setObjectName(QStringLiteral("aclPresets"));
    m_presets->setText(tr("&Presets"));
    m_presets->setToolTip(tr("Fill the table with a common ACL or a component's recommended ACL"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    m_presets->setMenu(m_presetMenu);

    QAction *worldReadable = m_presetMenu->addAction(tr("World-readable, service-writable…"));
    worldReadable->setObjectName(QStringLiteral("presetWorldReadable"));
    worldReadable->setToolTip(tr("world:anyone:r plus full rights for one service principal"));
    connect(worldReadable, &QAction::triggered, this,
            [this] { askServiceForPreset(Preset::WorldReadableServiceWritable); });
    QAction *serviceOnly = m_presetMenu->addAction(tr("Service only…"));
    serviceOnly->setObjectName(QStringLiteral("presetServiceOnly"));
    serviceOnly->setToolTip(tr("Full rights for one service principal, nothing for anyone else"));
    connect(serviceOnly, &QAction::triggered, this,
            [this] { askServiceForPreset(Preset::ServiceOnly); });
    m_presetMenu->addSeparator();
    m_profileMenu = m_presetMenu->addMenu(tr("Component Profiles"));
    m_profileMenu->setObjectName(QStringLiteral("presetProfiles"));
    connect(m_presetMenu, &QMenu::aboutToShow, this, &AclTableEditor::fillProfileMenu);

    m_validation->setObjectName(QStringLiteral("aclValidation"));
    m_validation->setWordWrap(true);
    QPalette errorPalette = m_validation->palette();
    errorPalette.setColor(QPalette::WindowText,
                          StatusPalette::foreground(StatusPalette::Level::Critical));
    m_validation->setPalette(errorPalette);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setObjectName(QStringLiteral("aclText"));
    m_text->setFont(fixed);
    m_text->setPlaceholderText(tr("e.g. sasl:kafka:cdrwa,world:anyone:r"));
    m_text->setToolTip(tr("The whole ACL in zkCli syntax: scheme:id:perms entries separated by "
                          "commas. Edit or paste, then press Enter."));
    m_useText->setObjectName(QStringLiteral("aclTextApply"));
    m_useText->setText(tr("Use Text"));
    m_useText->setToolTip(tr("Replace the table with the ACL typed as text"));
    m_textError->setObjectName(QStringLiteral("aclTextError"));
    m_textError->setWordWrap(true);
    m_textError->setPalette(errorPalette);
    m_textError->hide();

    m_digestUser->setObjectName(QStringLiteral("digestUser"));
    m_digestUser->setPlaceholderText(tr("user"));
    m_digestPassword->setObjectName(QStringLiteral("digestPassword"));
    m_digestPassword->setEchoMode(QLineEdit::Password);
    m_digestPassword->setPlaceholderText(tr("password"));
    m_digestPassword->setToolTip(tr("Used once to compute the digest id; never stored"));
    m_digestGenerate->setObjectName(QStringLiteral("digestGenerate"));
    m_digestGenerate->setText(tr("&Generate Digest Id"));
    m_digestGenerate->setToolTip(
        tr("Compute user:base64(sha1(user:password)) as ZooKeeper's digest provider stores it, "
           "and put it in the selected digest entry or a new one"));
    m_digestResult->setObjectName(QStringLiteral("digestResult"));
    m_digestResult->setReadOnly(true);
    m_digestResult->setFont(fixed);
    m_digestResult->setPlaceholderText(tr("digest id"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_presets);
    buttons->addStretch();

    auto *textRow = new QHBoxLayout;
    auto *textLabel = new QLabel(tr("As &text:"));
    textLabel->setBuddy(m_text);
    textRow->addWidget(textLabel);
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_useText);

    auto *digestLayout = new QHBoxLayout(m_digestRow);
    digestLayout->setContentsMargins(0, 0, 0, 0);
    auto *digestLabel = new QLabel(tr("&Digest:"));
    digestLabel->setBuddy(m_digestUser);
    digestLayout->addWidget(digestLabel);
    digestLayout->addWidget(m_digestUser, 1);
    digestLayout->addWidget(m_digestPassword, 1);
    digestLayout->addWidget(m_digestGenerate);
    digestLayout->addWidget(m_digestResult, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_validation);
    layout->addLayout(textRow);
    layout->addWidget(m_textError);
    layout->addWidget(m_digestRow);

    connect(m_add, &QToolButton::clicked, this, &AclTableEditor::addEntry);
    connect(m_remove, &QToolButton::clicked, this, &AclTableEditor::removeSelected);
    connect(m_useText, &QToolButton::clicked, this, [this] { setAclText(m_text->text()); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] { setAclText(m_text->text()); });
    connect(m_digestGenerate, &QToolButton::clicked, this, &AclTableEditor::generateDigest);
    connect(m_digestPassword, &QLineEdit::returnPressed, this, &AclTableEditor::generateDigest);
    connect(m_digestUser, &QLineEdit::textChanged, this, &AclTableEditor::updateState);
    connect(m_digestPassword, &QLineEdit::textChanged, this, &AclTableEditor::updateState);
    connect(m_model, &AclTableModel::aclChanged, this, [this] {
        syncText();
        updateState();
        Q_EMIT aclChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AclTableEditor::updateState);

    syncText();
    updateState();
}

void AclTableEditor::setAcl(const Acl &acl)
{
    m_model->setAcl(acl);
}

Acl AclTableEditor::acl() const
{
    return m_model->acl();
}

bool AclTableEditor::isValid() const
{
    return m_model->isValid();
}

QString AclTableEditor::validationMessage() const
{
    return m_model->validationMessage();
}

void AclTableEditor::setIdentities(const Acl &identities)
{
    m_model->setIdentities(identities);
}

void AclTableEditor::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    updateState();
}

bool AclTableEditor::isReadOnly() const
{
    return m_model->isReadOnly();
}

void AclTableEditor::setPermissionsIgnored(bool ignored)
{
    m_model->setPermissionsIgnored(ignored);
    updateState();
}

void AclTableEditor::setNodePath(const QString &path)
{
    m_nodePath = path;
}

bool AclTableEditor::setAclText(const QString &text)
{
    if (isReadOnly())
        return false;
    const Result<Acl> parsed = AclSyntax::parseAcl(text);
    if (!parsed) {
        QString message = parsed.error().message;
        if (!parsed.error().hint.isEmpty())
            message += QLatin1Char(' ') + parsed.error().hint;
        m_textError->setText(message);
        m_textError->show();
        return false;
    }
    m_textError->clear();
    m_textError->hide();
    m_model->setAcl(parsed.value());
    m_text->setModified(false);
    syncText();
    return true;
}

QString AclTableEditor::aclText() const
{
    return AclSyntax::formatAcl(m_model->acl());
}

QString AclTableEditor::textError() const
{
    return m_textError->text();
}

void AclTableEditor::syncText()
{
    // Typed text that has not been used yet is not overwritten by table edits.
    if (m_text->isModified() && m_text->hasFocus())
        return;
    m_text->setText(aclText());
    m_text->setModified(false);
    m_text->setCursorPosition(0);
}

QString AclTableEditor::generateDigest()
{
    const QString user = m_digestUser->text().trimmed();
    const QString password = m_digestPassword->text();
    // The password field is emptied whatever happens: it must not linger in the widget.
    m_digestPassword->clear();
    if (user.isEmpty() || password.isEmpty() || isReadOnly())
        return {};
    const QString id = AclSyntax::digestId(user, password);
    m_digestResult->setText(id);
    m_digestResult->setCursorPosition(0);

    const QModelIndex current = m_view->currentIndex();
    AclEntry entry;
    if (current.isValid() && m_model->entry(current.row()).scheme == QLatin1String("digest")) {
        entry = m_model->entry(current.row());
        entry.id = id;
        m_model->setEntry(current.row(), entry);
    } else {
        entry.scheme = QStringLiteral("digest");
        entry.id = id;
        entry.perms = ZkPerm::All;
        const int row = m_model->addEntry(entry);
        m_view->setCurrentIndex(m_model->index(row, AclTableModel::IdColumn));
    }
    return id;
}

QString AclTableEditor::generatedDigest() const
{
    return m_digestResult->text();
}

AclEntry AclTableEditor::serviceEntry(const QString &service, int perms)
{
    AclEntry entry;
    const QString trimmed = service.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? trimmed.left(colon).toLower() : QString();
    if (colon > 0 && AclTableModel::schemes().contains(scheme)) {
        entry.scheme = scheme;
        entry.id = trimmed.mid(colon + 1);
    } else {
        entry.scheme = QStringLiteral("sasl");
        entry.id = trimmed;
    }
    entry.perms = perms;
    return entry;
}

void AclTableEditor::applyPreset(Preset preset, const QString &service)
{
    if (isReadOnly() || service.trimmed().isEmpty())
        return;
    m_lastService = service.trimmed();
    Acl acl;
    if (preset == Preset::WorldReadableServiceWritable) {
        AclEntry world;
        world.scheme = QStringLiteral("world");
        world.id = QStringLiteral("anyone");
        world.perms = ZkPerm::Read;
        acl.append(world);
    }
    acl.append(serviceEntry(service, ZkPerm::All));
    m_model->setAcl(acl);
}

void AclTableEditor::applyProfileRule(const AuditComponentProfile::Rule &rule, bool secure)
{
    if (isReadOnly())
        return;
    const Acl &acl = secure ? rule.secure : rule.unsecure;
    if (!acl.isEmpty())
        m_model->setAcl(acl);
}

void AclTableEditor::askServiceForPreset(Preset preset)
{
    if (isReadOnly())
        return;
    QString suggestion = m_lastService;
    if (suggestion.isEmpty()) {
        for (const AclEntry &identity : m_model->identities()) {
            if (identity.scheme == QLatin1String("sasl")) {
                suggestion = identity.id;
                break;
            }
        }
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("servicePrincipalDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(preset == Preset::ServiceOnly ? tr("Service Only")
                                                         : tr("World-Readable, Service-Writable"));
    dialog->setLabelText(tr("Service principal that gets full rights (e.g. kafka, or "
                            "sasl:kafka/broker1.example.com@EXAMPLE.COM, or digest:user:hash):"));
    dialog->setTextValue(suggestion);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, preset](const QString &service) { applyPreset(preset, service); });
    dialog->open();
}

void AclTableEditor::fillProfileMenu()
{
    m_profileMenu->clear();
    const QList<AuditComponentProfile> &components = AuditProfiles::builtIn().components();
    if (components.isEmpty()) {
        QAction *none = m_profileMenu->addAction(tr("No component profiles are available"));
        none->setEnabled(false);
        return;
    }
    for (const AuditComponentProfile &component : components) {
        QMenu *menu = m_profileMenu->addMenu(
            component.displayName.isEmpty() ? component.name : component.displayName);
        menu->setObjectName(QStringLiteral("profile-") + component.name);
        // The rules that cover this node come first, and in bold.
        QList<const AuditComponentProfile::Rule *> covering;
        QList<const AuditComponentProfile::Rule *> others;
        for (const AuditComponentProfile::Rule &rule : component.rules)
            (ruleCovers(rule.path, m_nodePath) ? covering : others).append(&rule);
        auto addRule = [this, menu](const AuditComponentProfile::Rule *rule, bool bold) {
            const AuditComponentProfile::Rule copy = *rule;
            for (const bool secure : {true, false}) {
                const Acl &acl = secure ? rule->secure : rule->unsecure;
                if (acl.isEmpty())
                    continue;
                const QString text = (secure ? tr("%1 (secured): %2") : tr("%1 (unsecured): %2"))
                                         .arg(rule->path, AclSyntax::formatAcl(acl));
                QAction *action = menu->addAction(text);
                if (!rule->note.isEmpty())
                    action->setToolTip(rule->note);
                if (bold) {
                    QFont font = action->font();
                    font.setBold(true);
                    action->setFont(font);
                }
                connect(action, &QAction::triggered, this,
                        [this, copy, secure] { applyProfileRule(copy, secure); });
            }
        };
        for (const AuditComponentProfile::Rule *rule : std::as_const(covering))
            addRule(rule, true);
        if (!covering.isEmpty() && !others.isEmpty())
            menu->addSeparator();
        for (const AuditComponentProfile::Rule *rule : std::as_const(others))
            addRule(rule, false);
    }
}

void AclTableEditor::addEntry()
{
    if (isReadOnly())
        return;
    AclEntry entry;
    entry.scheme = QStringLiteral("sasl");
    entry.perms = ZkPerm::Read;
    const int row = m_model->addEntry(entry);
    const QModelIndex id = m_model->index(row, AclTableModel::IdColumn);
    m_view->setCurrentIndex(id);
    m_view->edit(id);
}

void AclTableEditor::removeSelected()
{
    if (isReadOnly())
        return;
    // Highest row first, so that the rows still to remove keep their numbers.
    std::set<int, std::greater<int>> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.insert(index.row());
    if (rows.empty() && m_view->currentIndex().isValid())
        rows.insert(m_view->currentIndex().row());
    for (const int row : rows)
        m_model->removeRows(row, 1);
}

void AclTableEditor::updateState()
{
    const bool readOnly = isReadOnly();
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && m_view->selectionModel()->hasSelection());
    m_presets->setEnabled(!readOnly);
    m_text->setReadOnly(readOnly);
    m_useText->setEnabled(!readOnly);
    m_digestRow->setVisible(!readOnly);
    m_digestGenerate->setEnabled(!readOnly && !m_digestUser->text().trimmed().isEmpty() &&
                                 !m_digestPassword->text().isEmpty());
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    const QString message = m_model->validationMessage();
    m_validation->setText(message);
    m_validation->setVisible(!message.isEmpty() && !readOnly);
}

} // namespace Portier
