// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/create_node_dialog.h"

#include "backends/zookeeper/acl_syntax.h"
#include "models/zookeeper/znode_tree_model.h"
#include "ui/gui_continuation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portier {

namespace {

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool isSequential(ZkSession::CreateMode mode)
{
    return mode == ZkSession::CreateMode::PersistentSequential ||
           mode == ZkSession::CreateMode::EphemeralSequential;
}

} // namespace

CreateNodeDialog::CreateNodeDialog(std::shared_ptr<ZkSession> session, const QString &parentPath,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_parentPath(parentPath)
    , m_name(new QLineEdit)
    , m_mode(new QComboBox)
    , m_data(new QPlainTextEdit)
    , m_preset(new QComboBox)
    , m_aclText(new QLineEdit)
    , m_command(new QLineEdit)
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("createNodeDialog"));
    setWindowTitle(tr("New Znode"));
    setWindowModality(Qt::WindowModal);

    m_name->setObjectName(QStringLiteral("nodeName"));
    m_mode->setObjectName(QStringLiteral("createMode"));
    m_data->setObjectName(QStringLiteral("nodeData"));
    m_preset->setObjectName(QStringLiteral("aclPreset"));
    m_aclText->setObjectName(QStringLiteral("aclText"));
    m_command->setObjectName(QStringLiteral("createCommand"));
    m_message->setObjectName(QStringLiteral("createMessage"));

    m_name->setPlaceholderText(tr("name (no '/')"));
    m_mode->addItem(tr("Persistent"), int(ZkSession::CreateMode::Persistent));
    m_mode->addItem(tr("Ephemeral (deleted when this session ends)"),
                    int(ZkSession::CreateMode::Ephemeral));
    m_mode->addItem(tr("Persistent sequential (name gets a counter suffix)"),
                    int(ZkSession::CreateMode::PersistentSequential));
    m_mode->addItem(tr("Ephemeral sequential"), int(ZkSession::CreateMode::EphemeralSequential));
    m_mode->addItem(tr("Container (deleted by the server once its last child is gone)"),
                    int(ZkSession::CreateMode::Container));
    m_data->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_data->setPlaceholderText(tr("data as UTF-8 text (may be empty)"));
    m_data->setTabChangesFocus(true);

    m_preset->addItem(tr("Same as the parent"), int(AclPreset::Parent));
    m_preset->addItem(tr("Open to everybody (world:anyone:cdrwa)"), int(AclPreset::Open));
    m_preset->addItem(tr("World-readable, this session's identities may change it"),
                      int(AclPreset::WorldReadable));
    m_preset->addItem(tr("This session's identities only (auth::cdrwa)"),
                      int(AclPreset::CreatorOnly));
    m_preset->addItem(tr("Custom"), int(AclPreset::Custom));
    m_aclText->setPlaceholderText(tr("zkCli syntax, e.g. sasl:kafka:cdrwa,world:anyone:r"));
    m_aclText->setToolTip(tr("scheme:id:permissions entries separated by commas. auth:: stands "
                             "for every identity this session authenticated with."));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *parentLabel = new QLabel(parentPath);
    parentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Parent:"), parentLabel);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Data:"), m_data);
    form->addRow(tr("&ACL:"), m_preset);
    form->addRow(QString(), m_aclText);
    form->addRow(tr("zkCli:"), m_command);

    m_create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &CreateNodeDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateNodeDialog::updateState);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CreateNodeDialog::updateState);
    connect(m_data, &QPlainTextEdit::textChanged, this, &CreateNodeDialog::updateState);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &CreateNodeDialog::applyPreset);
    connect(m_aclText, &QLineEdit::textEdited, this, [this] {
        // Typing makes it custom.
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(AclPreset::Custom)));
        updateState();
    });

    m_aclText->setText(tr("(reading the parent's ACL…)"));
    m_aclText->setEnabled(false);
    continueOnGui(m_session->getAcl(parentPath), this, [this](const Result<ZnodeAcl> &result) {
        if (result) {
            m_parentAcl = result->acl;
        } else {
            m_message->setText(tr("The ACL of %1 could not be read (%2): choose a preset or type "
                                  "an ACL.")
                                   .arg(m_parentPath, result.error().message));
        }
        m_aclText->setEnabled(true);
        m_parentAclAnswered = true;
        if (AclPreset(m_preset->currentData().toInt()) == AclPreset::Parent) {
            if (m_parentAcl)
                applyPreset();
            else
                setAclPreset(AclPreset::Open);
        }
        Q_EMIT parentAclLoaded(result.ok());
    });
    updateState();
    resize(620, 420);
}

CreateNodeDialog::~CreateNodeDialog() = default;

void CreateNodeDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void CreateNodeDialog::setMode(ZkSession::CreateMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void CreateNodeDialog::setData(const QString &text)
{
    m_data->setPlainText(text);
}

void CreateNodeDialog::setAclPreset(AclPreset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    applyPreset();
}

void CreateNodeDialog::setAclText(const QString &text)
{
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(AclPreset::Custom)));
    }
    m_aclText->setEnabled(true);
    m_aclText->setText(text);
    updateState();
}

void CreateNodeDialog::applyPreset()
{
    const auto preset = AclPreset(m_preset->currentData().toInt());
    QString text;
    switch (preset) {
    case AclPreset::Parent:
        if (!m_parentAcl)
            return; // filled in when the parent's ACL arrives
        text = AclSyntax::formatAcl(*m_parentAcl);
        break;
    case AclPreset::Open:
        text = QStringLiteral("world:anyone:cdrwa");
        break;
    case AclPreset::WorldReadable:
        text = QStringLiteral("world:anyone:r,auth::cdrwa");
        break;
    case AclPreset::CreatorOnly:
        text = QStringLiteral("auth::cdrwa");
        break;
    case AclPreset::Custom:
        updateState();
        return;
    }
    m_aclText->setEnabled(true);
    m_aclText->setText(text);
    updateState();
}

QString CreateNodeDialog::path() const
{
    return ZnodeTreeModel::childPath(m_parentPath, m_name->text().trimmed());
}

ZkSession::CreateMode CreateNodeDialog::mode() const
{
    return ZkSession::CreateMode(m_mode->currentData().toInt());
}

std::optional<Acl> CreateNodeDialog::acl(QString *error) const
{
    if (!m_aclText->isEnabled()) {
        if (error)
            *error = tr("Waiting for the parent's ACL.");
        return std::nullopt;
    }
    const Result<Acl> parsed = AclSyntax::parseAcl(m_aclText->text());
    if (!parsed) {
        if (error)
            *error = parsed.error().toDisplayString();
        return std::nullopt;
    }
    return parsed.value();
}

QString CreateNodeDialog::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() && !isSequential(mode()))
        return tr("Type a name for the new znode.");
    if (name.contains(QLatin1Char('/')))
        return tr("A znode name cannot contain '/': create the parents one by one.");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return tr("\".\" and \"..\" are not allowed as znode names.");
    return {};
}

QString CreateNodeDialog::zkCliCommand(const QString &path, const QString &data, const Acl &acl,
                                       ZkSession::CreateMode mode)
{
    QStringList parts{QStringLiteral("create")};
    switch (mode) {
    case ZkSession::CreateMode::Persistent:
        break;
    case ZkSession::CreateMode::Ephemeral:
        parts.append(QStringLiteral("-e"));
        break;
    case ZkSession::CreateMode::PersistentSequential:
        parts.append(QStringLiteral("-s"));
        break;
    case ZkSession::CreateMode::EphemeralSequential:
        parts.append(QStringLiteral("-s"));
        parts.append(QStringLiteral("-e"));
        break;
    case ZkSession::CreateMode::Container:
        parts.append(QStringLiteral("-c"));
        break;
    }
    parts.append(path);
    parts.append(shellQuoted(data));
    if (!acl.isEmpty())
        parts.append(AclSyntax::formatAcl(acl));
    return parts.join(QLatin1Char(' '));
}

QString CreateNodeDialog::command() const
{
    const std::optional<Acl> parsed = acl();
    return zkCliCommand(path(), m_data->toPlainText(), parsed.value_or(Acl()), mode());
}

QString CreateNodeDialog::messageText() const
{
    return m_message->text();
}

void CreateNodeDialog::updateState()
{
    QString aclError;
    const std::optional<Acl> parsed = acl(&aclError);
    const QString problem = nameProblem();
    m_command->setText(command());
    if (!m_busy) {
        if (!problem.isEmpty() && !m_name->text().isEmpty())
            m_message->setText(problem);
        else if (!parsed && m_aclText->isEnabled())
            m_message->setText(aclError);
        else if (parsed && parsed->isEmpty())
            m_message->setText(tr("An empty ACL is refused by ZooKeeper."));
        else if (problem.isEmpty())
            m_message->clear();
    }
    m_create->setEnabled(!m_busy && problem.isEmpty() && parsed.has_value());
}

void CreateNodeDialog::create()
{
    QString error;
    const std::optional<Acl> parsed = acl(&error);
    const QString problem = nameProblem();
    if (!problem.isEmpty() || !parsed) {
        m_message->setText(problem.isEmpty() ? error : problem);
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    m_message->setText(tr("Creating %1…").arg(path()));
    updateState();
    const QString path = this->path();
    continueOnGui(
        m_session->create(path, m_data->toPlainText().toUtf8(), *parsed, mode()), this,
        [this, path](const Result<QString> &result) {
            m_busy = false;
            if (!result) {
                m_message->setText(
                    tr("Could not create %1: %2").arg(path, result.error().toDisplayString()));
                updateState();
                return;
            }
            m_createdPath = result.value();
            Q_EMIT created(m_createdPath);
            accept();
        });
}

} // namespace Portier
