#pragma once

#include "core/layouts/LayoutStore.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sohoa::ui {

class LayoutImportDialog;
class StoreAccess;

// Settings > Taught forms: the layouts this office taught from verified
// records (or imported from layout files), by name; removing one is audited.
// Clerks who verify and administrators may remove and import; administrators
// export (signed with their key), accept files nobody here vouches for, and
// remove the remembered keys of other offices. The store work runs on the
// store's writer thread, never on the UI thread.
class LayoutsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit LayoutsPanel(StoreAccess* store, QWidget* parent = nullptr);

    void reload();
    // Removes the selected layout (after asking when ask is true).
    void removeSelected(bool ask = true);
    // Checks the layout files of dir and shows what the check found
    // (importDialog()); the files ticked there are stored when it is accepted.
    void importFrom(const QString& dir);
    LayoutImportDialog* importDialog() const { return m_importDialog; }
    // Writes every layout into dir, signed with the administrator's key.
    void exportTo(const QString& dir);
    // Forgets the selected accepted key of another office (after asking when ask is true).
    void removeSelectedSigner(bool ask = true);
    int rowCount() const;
    int signerCount() const;
    QString message() const;

private:
    void showLayouts(const QList<layouts::StoredLayout>& list);
    void showSigners(const QList<layouts::AcceptedSigner>& list);
    void showChecks(const QList<layouts::LayoutFileCheck>& checks);
    void chooseFolder(bool forImport);
    void setMessage(const QString& text, bool error);

    StoreAccess* m_store;
    QTableWidget* m_table;
    QTableWidget* m_signers;
    QPushButton* m_remove = nullptr;
    QPushButton* m_removeSigner = nullptr;
    QLabel* m_message;
    LayoutImportDialog* m_importDialog = nullptr;
    QList<qint64> m_ids;
    QStringList m_fingerprints;
    QHash<QString, int> m_uses; // records read with each layout, by name
    QString m_notice;           // shown with the next list
};

} // namespace sohoa::ui
