#pragma once

#include "core/keying/HandKeying.h"

#include <QScrollArea>

class QComboBox;
class QVBoxLayout;

namespace sohoa::ui {

class StoreAccess;

// Only the differences between the two keyings of a page's entries: for each
// differing field both values, the clerk picks or types the right one, and
// the record is corrected through the workflow (who/when/old/new kept).
class ResolvePanel : public QScrollArea {
    Q_OBJECT
public:
    explicit ResolvePanel(StoreAccess* store, QWidget* parent = nullptr);

    // Shows the differences of these entries (records keyed twice).
    void showEntries(const QList<keying::PageEntry>& entries);
    void resolveFirst();
    int unresolvedCount() const;
    // For tests: the editable choice for a field of a record.
    QComboBox* choice(qint64 recordId, const QString& field) const;
    QString message() const { return m_messageText; }

Q_SIGNALS:
    void resolved(qint64 recordId);
    void focusedField(qint64 recordId, const QString& field);
    void failed(const QString& message);

private:
    struct Item {
        qint64 recordId = 0;
        QString type;
        keying::DoubleKeyingState state;
        QMap<QString, QComboBox*> choices;
    };
    void rebuild();
    void resolve(qint64 recordId);

    StoreAccess* m_store;
    QList<Item> m_items;
    QList<keying::PageEntry> m_entries;
    QString m_messageText;
    quint64 m_generation = 0;
};

} // namespace sohoa::ui
