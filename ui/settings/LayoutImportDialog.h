#pragma once

#include "core/layouts/LayoutStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sohoa::ui {

// What the check of each layout file of a folder found, before anything is
// stored: who signed it, or why it is refused. Files nobody in this office
// vouches for (unsigned, or signed with a key the office does not know) are
// left out unless an administrator ticks them and confirms; a file changed
// after signing can never be ticked.
class LayoutImportDialog : public QDialog {
    Q_OBJECT
public:
    LayoutImportDialog(const QList<layouts::LayoutFileCheck>& checks, bool administrator,
                       QWidget* parent = nullptr);

    int rowCount() const;
    // The check's sentence of a row (what the user reads).
    QString verdict(int row) const;
    bool canTick(int row) const;
    void setTicked(int row, bool ticked);
    // Imports the ticked files; when some need an administrator's acceptance,
    // asks first (ask = false: tests, the confirmation given).
    void confirm(bool ask = true);
    // The files to store and the trust each is stored with.
    QList<std::pair<layouts::LayoutFile, layouts::ImportTrust>> selected() const;

private:
    void updateButton();

    QList<layouts::LayoutFileCheck> m_checks;
    bool m_administrator;
    QTableWidget* m_table;
    QPushButton* m_import;
    QLabel* m_summary;
};

} // namespace sohoa::ui
