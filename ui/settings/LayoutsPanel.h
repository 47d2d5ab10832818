#pragma once

#include "core/layouts/LayoutStore.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sohoa::ui {

class StoreAccess;

// Settings > Taught forms: the layouts this office taught from verified
// records (or imported from layout files), by name; removing one is audited.
// Clerks who verify and administrators may remove; others only see the list.
class LayoutsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit LayoutsPanel(StoreAccess* store, QWidget* parent = nullptr);

    void reload();
    // Removes the selected layout (after asking when ask is true).
    void removeSelected(bool ask = true);
    int rowCount() const;
    QString message() const;

private:
    void showLayouts(const QList<layouts::StoredLayout>& list);
    void setMessage(const QString& text, bool error);

    StoreAccess* m_store;
    QTableWidget* m_table;
    QPushButton* m_remove = nullptr;
    QLabel* m_message;
    QList<qint64> m_ids;
    QString m_notice; // shown with the next list
};

} // namespace sohoa::ui
