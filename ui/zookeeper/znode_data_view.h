// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/znode_stat.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Portier {

/// A znode's data as text (UTF-8), pretty-printed JSON, a hex dump or base64, with a notice when
/// only the first part is shown (large data) or the bytes are not what the format expects
/// (binary data, invalid JSON). Editing works in the Text, JSON and Base64 formats on data shown
/// in full; Save emits saveRequested() with the bytes and the version the data was read with.
/// When the save meets a newer version (BADVERSION), showConflict() puts the newer data beside
/// the edit so the admin can merge, save over it, or take it.
class ZnodeDataView : public QWidget
{
    Q_OBJECT
public:
    enum class Format
    {
        Text,
        Json,
        Hex,
        Base64,
    };
    Q_ENUM(Format)

    /// At most this many bytes are rendered; larger data is truncated with a notice.
    static constexpr qsizetype DisplayLimit = 256 * 1024;
    /// The hex dump is four times the data: a smaller limit keeps it quick.
    static constexpr qsizetype HexDisplayLimit = 64 * 1024;

    explicit ZnodeDataView(QWidget *parent = nullptr);

    /// Shows @p data of @p path read at @p stat.version; ends editing and hides a conflict. The
    /// format is chosen from the data (JSON, text, or hex for binary) unless the user picked one
    /// for this node.
    void setData(const QString &path, const QByteArray &data, const ZnodeStat &stat);
    /// Nothing to show: @p message says why (no node selected, not readable, ...).
    void showMessage(const QString &message);
    /// Read-only sessions never edit.
    void setReadOnly(bool readOnly);

    void setFormat(Format format);
    Format format() const;
    QString path() const { return m_path; }
    QByteArray data() const { return m_data; }
    /// The version the shown data was read with (the one a save checks).
    int version() const { return m_version; }
    bool isTruncated() const;
    bool isEditing() const { return m_editing; }
    bool canEdit() const;
    void startEditing();
    void cancelEditing();
    /// Checks the edit and emits saveRequested(); false (and a notice) when it does not parse.
    bool save();
    /// The bytes the edit stands for; std::nullopt and @p error when it does not parse.
    std::optional<QByteArray> editedData(QString *error = nullptr) const;

    /// A save met a newer version: shows @p theirs (read at @p theirStat) beside the edit.
    void showConflict(const QByteArray &theirs, const ZnodeStat &theirStat);
    bool isConflictShown() const;
    QByteArray theirData() const { return m_theirs; }
    int theirVersion() const { return m_theirVersion; }
    /// The save is on its way or done: the buttons follow.
    void setBusy(bool busy);

    QPlainTextEdit *editor() const { return m_text; }
    QString noticeText() const;

    /// Renders @p data in @p format (no limit): what the view shows for short data.
    static QString render(const QByteArray &data, Format format, QString *problem = nullptr);
    /// A hex dump like `hexdump -C`: offset, 16 bytes in hex, the printable characters.
    static QString hexDump(const QByteArray &data);

Q_SIGNALS:
    /// Save with version check: setData(path, data, version).
    void saveRequested(const QByteArray &data, int version);
    void editingChanged(bool editing);

private:
    void renderData();
    void updateState();
    void resolveConflict(bool keepMine);
    Format guessFormat(const QByteArray &data) const;

    QString m_path;
    QByteArray m_data;
    int m_version = -1;
    int m_dataLength = 0;
    bool m_readOnly = false;
    bool m_editing = false;
    bool m_busy = false;
    bool m_hasData = false;
    bool m_formatChosen = false;
    QByteArray m_theirs;
    int m_theirVersion = -1;
    ZnodeStat m_theirStat;

    QComboBox *m_format;
    QLabel *m_versionLabel;
    QPushButton *m_edit;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QLabel *m_notice;
    QPlainTextEdit *m_text;
    QFrame *m_conflict;
    QLabel *m_conflictText;
    QPlainTextEdit *m_theirText;
    QPushButton *m_saveMine;
    QPushButton *m_takeTheirs;
};

} // namespace Portier
