// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/znode_data_view.h"

#include "models/zookeeper/znode_stat_model.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace Portier {

namespace {

bool isValidUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    // Decoding is the validation; the decoded text itself is not needed.
    const QString decoded = decoder.decode(data);
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

/// Text a person would call text: valid UTF-8 without control characters other than
/// tab, newline and carriage return.
bool looksLikeText(const QByteArray &data)
{
    if (!isValidUtf8(data))
        return false;
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

QString wrapped(const QByteArray &ascii, int width)
{
    QString out;
    out.reserve(ascii.size() + ascii.size() / width + 1);
    for (qsizetype i = 0; i < ascii.size(); i += width) {
        if (i > 0)
            out += QLatin1Char('\n');
        out += QLatin1String(ascii.mid(i, width));
    }
    return out;
}

} // namespace

ZnodeDataView::ZnodeDataView(QWidget *parent)
    : QWidget(parent)
    , m_format(new QComboBox)
    , m_versionLabel(new QLabel)
    , m_edit(new QPushButton(QIcon(QStringLiteral(":/icons/zk-edit.svg")), tr("&Edit")))
    , m_save(new QPushButton(tr("&Save")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_notice(new QLabel)
    , m_text(new QPlainTextEdit)
    , m_conflict(new QFrame)
    , m_conflictText(new QLabel)
    , m_theirText(new QPlainTextEdit)
    , m_saveMine(new QPushButton(tr("Save Mine over Theirs")))
    , m_takeTheirs(new QPushButton(tr("Discard Mine, Take Theirs")))
{
    setObjectName(QStringLiteral("znodeDataView"));
    m_format->setObjectName(QStringLiteral("dataFormat"));
    m_format->addItem(tr("Text (UTF-8)"), int(Format::Text));
    m_format->addItem(tr("JSON"), int(Format::Json));
    m_format->addItem(tr("Hex"), int(Format::Hex));
    m_format->addItem(tr("Base64"), int(Format::Base64));
    connect(m_format, &QComboBox::activated, this, [this] {
        m_formatChosen = true;
        renderData();
    });
    m_edit->setObjectName(QStringLiteral("editData"));
    m_save->setObjectName(QStringLiteral("saveData"));
    m_cancel->setObjectName(QStringLiteral("cancelEdit"));
    m_versionLabel->setObjectName(QStringLiteral("dataVersion"));
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_edit, &QPushButton::clicked, this, &ZnodeDataView::startEditing);
    connect(m_save, &QPushButton::clicked, this, &ZnodeDataView::save);
    connect(m_cancel, &QPushButton::clicked, this, &ZnodeDataView::cancelEditing);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    auto *formatLabel = new QLabel(tr("&Show as:"));
    formatLabel->setBuddy(m_format);
    top->addWidget(formatLabel);
    top->addWidget(m_format);
    top->addSpacing(12);
    top->addWidget(m_versionLabel, 1);
    top->addWidget(m_edit);
    top->addWidget(m_save);
    top->addWidget(m_cancel);

    m_notice->setObjectName(QStringLiteral("dataNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setObjectName(QStringLiteral("dataText"));
    m_text->setFont(fixed);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setUndoRedoEnabled(true);

    // The conflict panel: their newer data beside the edit, and the two ways out.
    m_conflict->setObjectName(QStringLiteral("dataConflict"));
    m_conflict->setFrameShape(QFrame::StyledPanel);
    auto *conflictLayout = new QVBoxLayout(m_conflict);
    m_conflictText->setWordWrap(true);
    m_conflictText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_theirText->setObjectName(QStringLiteral("theirData"));
    m_theirText->setReadOnly(true);
    m_theirText->setFont(fixed);
    m_theirText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_saveMine->setObjectName(QStringLiteral("saveMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    connect(m_saveMine, &QPushButton::clicked, this, [this] { resolveConflict(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveConflict(false); });
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_takeTheirs);
    conflictButtons->addWidget(m_saveMine);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addWidget(m_theirText, 1);
    conflictLayout->addLayout(conflictButtons);
    m_conflict->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_conflict, 1);

    showMessage(tr("Select a znode to see its data."));
}

QString ZnodeDataView::hexDump(const QByteArray &data)
{
    QString out;
    out.reserve(data.size() * 4 + data.size() / 16 * 12);
    for (qsizetype offset = 0; offset < data.size(); offset += 16) {
        if (offset > 0)
            out += QLatin1Char('\n');
        out += QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (offset + i < data.size()) {
                const auto byte = static_cast<unsigned char>(data.at(offset + i));
                out += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += QLatin1Char(byte >= 0x20 && byte < 0x7f ? char(byte) : '.');
            } else {
                out += QLatin1String("   ");
            }
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1String(" |") + ascii + QLatin1Char('|');
    }
    return out;
}

QString ZnodeDataView::render(const QByteArray &data, Format format, QString *problem)
{
    switch (format) {
    case Format::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        if (error.error == QJsonParseError::NoError)
            return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
        if (problem)
            *problem = tr("Not valid JSON (%1 at byte %2): shown as text.")
                           .arg(error.errorString())
                           .arg(error.offset);
        return render(data, Format::Text, nullptr);
    }
    case Format::Hex:
        return hexDump(data);
    case Format::Base64:
        return wrapped(data.toBase64(), 76);
    case Format::Text:
        break;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError() && problem)
        *problem = tr("Not valid UTF-8: undecodable bytes are shown as \uFFFD. Use Hex to see "
                      "them, Base64 to edit them.");
    return text;
}

ZnodeDataView::Format ZnodeDataView::guessFormat(const QByteArray &data) const
{
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        QJsonDocument::fromJson(data, &error);
        if (error.error == QJsonParseError::NoError)
            return Format::Json;
    }
    return looksLikeText(data.left(DisplayLimit)) ? Format::Text : Format::Hex;
}

void ZnodeDataView::setData(const QString &path, const QByteArray &data, const ZnodeStat &stat)
{
    if (path != m_path)
        m_formatChosen = false;
    m_path = path;
    m_data = data;
    m_version = stat.version;
    m_dataLength = stat.dataLength;
    m_hasData = true;
    m_editing = false;
    m_theirs.clear();
    m_theirVersion = -1;
    m_conflict->hide();
    if (!m_formatChosen) {
        const Format guess = guessFormat(data);
        m_format->setCurrentIndex(m_format->findData(int(guess)));
    }
    m_versionLabel->setText(
        tr("Version %1 · %2")
            .arg(QLocale().toString(stat.version), ZnodeStatModel::sizeText(data.size())));
    renderData();
    Q_EMIT editingChanged(false);
}

void ZnodeDataView::showMessage(const QString &message)
{
    const bool wasEditing = m_editing;
    m_hasData = false;
    m_editing = false;
    m_data.clear();
    m_version = -1;
    m_conflict->hide();
    m_versionLabel->clear();
    m_text->setReadOnly(true);
    m_text->setPlainText(QString());
    m_text->setPlaceholderText(message);
    m_notice->hide();
    updateState();
    if (wasEditing)
        Q_EMIT editingChanged(false);
}

void ZnodeDataView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly && m_editing)
        cancelEditing();
    updateState();
}

void ZnodeDataView::setFormat(Format format)
{
    m_formatChosen = true;
    m_format->setCurrentIndex(m_format->findData(int(format)));
    renderData();
}

ZnodeDataView::Format ZnodeDataView::format() const
{
    return Format(m_format->currentData().toInt());
}

bool ZnodeDataView::isTruncated() const
{
    const qsizetype limit = format() == Format::Hex ? HexDisplayLimit : DisplayLimit;
    return m_data.size() > limit;
}

void ZnodeDataView::renderData()
{
    if (!m_hasData || m_editing)
        return;
    const Format shown = format();
    const qsizetype limit = shown == Format::Hex ? HexDisplayLimit : DisplayLimit;
    QString problem;
    QStringList notices;
    if (m_data.size() > limit) {
        m_text->setPlainText(render(m_data.left(limit), shown, nullptr));
        const QLocale locale;
        notices.append(
            tr("Large data: showing the first %1 of %2. Editing is off for data that "
               "is not shown in full; use Base64 or Text for a longer view.")
                .arg(locale.formattedDataSize(limit), locale.formattedDataSize(m_data.size())));
    } else {
        m_text->setPlainText(render(m_data, shown, &problem));
        if (!problem.isEmpty())
            notices.append(problem);
    }
    if (m_data.isEmpty())
        m_text->setPlaceholderText(tr("(no data)"));
    if (!notices.isEmpty()) {
        m_notice->setText(notices.join(QLatin1Char('\n')));
        m_notice->show();
    } else {
        m_notice->hide();
    }
    m_text->setReadOnly(true);
    updateState();
}

QString ZnodeDataView::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

bool ZnodeDataView::canEdit() const
{
    if (m_readOnly || !m_hasData || isTruncated())
        return false;
    switch (format()) {
    case Format::Hex:
        return false;
    case Format::Base64:
        return true;
    case Format::Text:
    case Format::Json:
        return isValidUtf8(m_data);
    }
    return false;
}

void ZnodeDataView::startEditing()
{
    if (m_editing || !canEdit())
        return;
    m_editing = true;
    m_text->setReadOnly(false);
    m_text->setFocus();
    if (format() == Format::Json) {
        m_notice->setText(tr("The JSON is saved as shown here (indented)."));
        m_notice->show();
    }
    updateState();
    Q_EMIT editingChanged(true);
}

void ZnodeDataView::cancelEditing()
{
    if (!m_editing)
        return;
    m_editing = false;
    m_conflict->hide();
    renderData();
    Q_EMIT editingChanged(false);
}

std::optional<QByteArray> ZnodeDataView::editedData(QString *error) const
{
    const QString text = m_text->toPlainText();
    switch (format()) {
    case Format::Text:
        return text.toUtf8();
    case Format::Json: {
        const QByteArray bytes = text.toUtf8();
        QJsonParseError parseError;
        QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            if (error)
                *error = tr("Not saved: the text is not valid JSON (%1 at character %2). Fix "
                            "it, or switch to Text to save it as it is.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
            return std::nullopt;
        }
        return bytes;
    }
    case Format::Base64: {
        QByteArray ascii = text.toLatin1();
        ascii.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
        ascii.replace('\t', QByteArray());
        const auto decoded =
            QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            if (error)
                *error = tr("Not saved: the text is not valid base64.");
            return std::nullopt;
        }
        return *decoded;
    }
    case Format::Hex:
        break;
    }
    if (error)
        *error = tr("Hex is for viewing: switch to Text or Base64 to edit.");
    return std::nullopt;
}

bool ZnodeDataView::save()
{
    if (!m_editing || m_busy)
        return false;
    QString error;
    const std::optional<QByteArray> bytes = editedData(&error);
    if (!bytes) {
        m_notice->setText(error);
        m_notice->show();
        return false;
    }
    Q_EMIT saveRequested(*bytes, m_version);
    return true;
}

void ZnodeDataView::showConflict(const QByteArray &theirs, const ZnodeStat &theirStat)
{
    m_theirs = theirs;
    m_theirVersion = theirStat.version;
    m_theirStat = theirStat;
    m_conflictText->setText(
        tr("Not saved: someone changed %1 after you read it. Your edit is based on version %2; "
           "the server now has version %3, shown below. Merge by hand in the editor and save "
           "over theirs, or take theirs and drop your edit.")
            .arg(m_path)
            .arg(m_version)
            .arg(theirStat.version));
    m_theirText->setPlainText(render(theirs, format() == Format::Hex ? Format::Text : format()));
    m_conflict->show();
    updateState();
}

bool ZnodeDataView::isConflictShown() const
{
    return !m_conflict->isHidden();
}

void ZnodeDataView::resolveConflict(bool keepMine)
{
    if (!isConflictShown() || m_busy)
        return;
    if (!keepMine) {
        setData(m_path, m_theirs, m_theirStat);
        return;
    }
    QString error;
    const std::optional<QByteArray> bytes = editedData(&error);
    if (!bytes) {
        m_notice->setText(error);
        m_notice->show();
        return;
    }
    // Still with a version check: against the version the admin has now seen.
    Q_EMIT saveRequested(*bytes, m_theirVersion);
}

void ZnodeDataView::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void ZnodeDataView::updateState()
{
    const bool editable = canEdit();
    m_edit->setVisible(!m_readOnly && !m_editing);
    m_edit->setEnabled(editable && !m_busy);
    if (!m_hasData)
        m_edit->setToolTip(QString());
    else if (isTruncated())
        m_edit->setToolTip(tr("The data is not shown in full and cannot be edited here."));
    else if (format() == Format::Hex)
        m_edit->setToolTip(tr("Hex is for viewing: switch to Text or Base64 to edit."));
    else if (!editable)
        m_edit->setToolTip(tr("The data is not valid UTF-8: switch to Base64 to edit it."));
    else
        m_edit->setToolTip(tr("Edit the data; Save checks that nobody changed it meanwhile."));
    m_save->setVisible(m_editing);
    m_cancel->setVisible(m_editing);
    m_save->setEnabled(m_editing && !m_busy && !isConflictShown());
    m_cancel->setEnabled(!m_busy);
    m_format->setEnabled(m_hasData && !m_editing);
    m_saveMine->setEnabled(!m_busy);
    m_takeTheirs->setEnabled(!m_busy);
}

} // namespace Portier
