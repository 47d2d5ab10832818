#pragma once

#include "ui/mainwindow/Page.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sohoa::ui {

class AuditModel;
class StoreAccess;

// The audit trail for supervisors and administrators: filter by account,
// record and dates; says whether the hash chain verifies (a broken chain
// names the first entry that was changed or removed).
class AuditPage : public Page {
    Q_OBJECT
public:
    explicit AuditPage(StoreAccess* store, QWidget* parent = nullptr);

    QString title() const override;
    void activated() override;

    AuditModel* model() const { return m_model; }
    QString chainStatus() const;
    void setFilter(const QString& account, qint64 recordId);
    void runQuery();
    void verifyChain();

Q_SIGNALS:
    void chainVerified(bool intact);
    void entriesLoaded(int count);

private:
    void loadMore();

    StoreAccess* m_store;
    AuditModel* m_model;
    QTableView* m_view;
    QLineEdit* m_account;
    QLineEdit* m_record;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_chain;
    QLabel* m_info;
    QPushButton* m_more;
    quint64 m_generation = 0;
    static constexpr int kPage = 500;
};

} // namespace sohoa::ui
