#pragma once

#include "core/records/Record.h"
#include "core/records/RecordType.h"

#include <QLineEdit>
#include <QMap>
#include <QScrollArea>
#include <QSet>

class QGridLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace sohoa::ui {

// A field's text box: Enter accepts the field, Esc puts back the stored value,
// characters OCR was unsure of are coloured until the clerk edits them.
class FieldEdit : public QLineEdit {
    Q_OBJECT
public:
    FieldEdit(const QString& key, QWidget* parent);
    QString key() const { return m_key; }
    // Marks characters OCR was unsure of (indexes into the text shown).
    void setUncertainCharacters(const QList<int>& positions);
    QList<int> uncertainCharacters() const { return m_uncertain; }
    // Puts the cursor before the uncertain character at or after `from`
    // without selecting anything (the marks stay visible); the next character
    // typed replaces it. False when there is none.
    bool moveToUncertain(int from);

    // True while the cursor sits on an uncertain character the program put it on.
    bool isOverwriting() const { return m_overwrite; }

Q_SIGNALS:
    void accepted(const QString& key);
    void reverted(const QString& key);
    void focused(const QString& key);
    void left(const QString& key);
    void widthChanged(const QString& key);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    bool event(QEvent* event) override;

private:
    void applyMarks();

    QString m_key;
    QList<int> m_uncertain;
    bool m_overwrite = false;
    // A Vietnamese input method (telex, VNI) composing the letter that replaces an uncertain
    // one: the other marks and the length before, restored when the letter is committed.
    bool m_composingReplacement = false;
    QList<int> m_marksAfterReplacement;
    qsizetype m_lengthBeforeReplacement = 0;
};

// The fields of one record, grouped and ordered as on the paper form (from
// the record type's data), each with its confidence colour, what OCR read,
// and its validation issues with a one-click fix where there is one.
class FieldPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit FieldPanel(QWidget* parent = nullptr);

    // Builds the form for `type` and fills it from `record`.
    void setRecord(const records::Record& record, bool readOnly);
    // A record saved meanwhile: new stored values and issues; what the clerk
    // is typing in the focused field is kept.
    void updateRecord(const records::Record& record);
    void clear(const QString& message = {});

    const records::RecordType* type() const { return m_type; }
    const records::Record& record() const { return m_record; }
    bool isReadOnly() const { return m_readOnly; }

    QStringList keys() const;
    QString focusedField() const;
    // Focuses `key` with the cursor on its first uncertain character (or at
    // the end); nothing is selected so the marks stay visible.
    void focusField(const QString& key);
    FieldEdit* edit(const QString& key) const;

    // A field the clerk has looked at and accepted: its warning colours go.
    void setChecked(const QString& key, bool checked = true);
    bool isChecked(const QString& key) const { return m_checked.contains(key); }
    QStringList checkedFields() const { return QStringList(m_checked.cbegin(), m_checked.cend()); }

    // Canonical value of what is typed in `key`, and why it is not acceptable.
    QString typedValue(const QString& key, QString* problem = nullptr) const;
    // Fields whose typed value differs from the stored one.
    QMap<QString, QString> pendingChanges() const;
    void revert(const QString& key);
    // Puts the validator's suggestion in the field (the caller saves it).
    bool applySuggestion(const QString& key);
    QString suggestionFor(const QString& key) const;

    // Shown under a field: a problem with what was typed (not yet saved).
    void setFieldNote(const QString& key, const QString& note);
    // Marks other fields' past edits (review shows "was: ..." under each field).
    void setHistory(const QMap<QString, QStringList>& linesByField);

    // National-standard fields left empty by OCR fold away behind one toggle
    // ("Trường chuẩn quốc gia (N)", collapsed for each new record; Space on
    // the toggle or Ctrl+Shift+N opens it, focusField opens it too).
    QStringList foldedFields() const { return m_folded; }
    bool isNationalOpen() const { return m_nationalOpen; }
    void setNationalOpen(bool open);
    QToolButton* nationalToggle() const { return m_nationalToggle; }

Q_SIGNALS:
    void fieldFocused(const QString& key);
    void fieldAccepted(const QString& key);
    void fieldLeft(const QString& key);
    void fieldReverted(const QString& key);
    void fixRequested(const QString& key);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Row {
        QWidget* container = nullptr;
        QLabel* label = nullptr;
        FieldEdit* edit = nullptr;
        QLabel* evidence = nullptr;
        QLabel* unsure = nullptr; // "unsure reading": check the page, the paper is not blamed
        QLabel* note = nullptr;
        QWidget* issues = nullptr;
        QLabel* history = nullptr;
        QLabel* whole = nullptr;  // the whole value, wrapped, when it is longer than its box
        QLabel* layout = nullptr; // "read with the taught form <name>" (core/layouts)
        QString tip;
        QString stored; // canonical stored value
    };
    void build(const records::RecordType& type);
    Row createRow(const records::FieldDef& f, QWidget* box);
    void connectRow(const QString& fieldKey, const Row& row);
    void createNationalToggle();
    void refreshRow(const QString& key, bool keepTyped);
    void refreshRecordIssues();
    void refreshColours(const QString& key);
    void showWhole(const QString& key);
    void arrangeForWidth();
    void placeRows(QGridLayout* grid, const QStringList& keys);
    void refreshFolding(bool mayFoldMore = true);

    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_recordIssues = nullptr;
    QLabel* m_message = nullptr;
    const records::RecordType* m_type = nullptr;
    records::Record m_record;
    bool m_readOnly = false;
    QMap<QString, Row> m_rows;
    QStringList m_order;
    // One grid per group box, with the keys of its rows in order. A QGridLayout, not a
    // QFormLayout: Qt 6.4's QFormLayout writes past its row array when rows holding
    // height-for-width labels are hidden and shown while it lays out (valgrind: invalid writes
    // in QFormLayout::setGeometry under FieldPanel::showWhole; a crash under load).
    struct GroupGrid {
        QGridLayout* grid = nullptr;
        QStringList keys;
    };
    QList<GroupGrid> m_grids;
    QSet<QString> m_checked;
    bool m_labelsAbove = false;
    QToolButton* m_nationalToggle = nullptr;
    QStringList m_folded;
    bool m_nationalOpen = false;
};

} // namespace sohoa::ui
