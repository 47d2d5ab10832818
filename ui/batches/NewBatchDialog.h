#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sohoa::ui {

class StoreAccess;

// A new batch (usually one book: "Sổ khai sinh 2019, quyển 01"), optionally
// keyed twice by two clerks.
class NewBatchDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewBatchDialog(StoreAccess* store, QWidget* parent = nullptr);
    qint64 batchId() const { return m_batchId; }

private:
    void create();

    StoreAccess* m_store;
    QLineEdit* m_name;
    QLineEdit* m_note;
    QCheckBox* m_doubleKeying;
    QLabel* m_message;
    QPushButton* m_ok;
    qint64 m_batchId = 0;
};

} // namespace sohoa::ui
