#include "ui/audit/AuditPage.h"

#include "ui/audit/AuditModel.h"
#include "ui/common/Async.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sohoa::ui {

namespace {

QString utcStart(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::systemTimeZone()).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditPage::AuditPage(StoreAccess* store, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_model(new AuditModel(this))
    , m_view(new QTableView(this))
    , m_account(new QLineEdit(this))
    , m_record(new QLineEdit(this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_chain(new QLabel(this))
    , m_info(new QLabel(this))
    , m_more(new QPushButton(tr("Show more"), this))
{
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_account->setObjectName(QStringLiteral("auditAccount"));
    m_account->setPlaceholderText(tr("any account"));
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_record->setPlaceholderText(tr("any record"));
    m_record->setValidator(new QIntValidator(1, 2000000000, m_record));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_chain->setObjectName(QStringLiteral("chainStatus"));
    m_chain->setWordWrap(true);
    m_more->setVisible(false);

    auto* filters = new QHBoxLayout;
    auto add = [&](const QString& label, QWidget* w) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    add(tr("A&ccount:"), m_account);
    add(tr("Record &no.:"), m_record);
    add(tr("&From:"), m_from);
    add(tr("&To:"), m_to);
    auto* apply = new QPushButton(tr("&Show"), this);
    apply->setDefault(true);
    filters->addWidget(apply);
    auto* verify = new QPushButton(tr("&Check the chain"), this);
    verify->setToolTip(tr("Recompute every entry's hash to prove nothing was changed or removed"));
    filters->addWidget(verify);
    filters->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chain);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_info, 1);
    bottom->addWidget(m_more);
    layout->addLayout(bottom);

    connect(apply, &QPushButton::clicked, this, &AuditPage::runQuery);
    connect(m_account, &QLineEdit::returnPressed, this, &AuditPage::runQuery);
    connect(m_record, &QLineEdit::returnPressed, this, &AuditPage::runQuery);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_more, &QPushButton::clicked, this, &AuditPage::loadMore);
}

QString AuditPage::title() const
{
    return tr("Audit trail");
}

QString AuditPage::chainStatus() const
{
    return m_chain->text();
}

void AuditPage::activated()
{
    runQuery();
    verifyChain();
}

void AuditPage::setFilter(const QString& account, qint64 recordId)
{
    m_account->setText(account);
    m_record->setText(recordId ? QString::number(recordId) : QString());
}

void AuditPage::verifyChain()
{
    m_chain->setText(tr("Checking the audit trail..."));
    m_chain->setStyleSheet({});
    whenDone(m_store->read([](store::Database& db) { return audit::verifyAuditChain(db); }), this,
             [this](const Result<audit::ChainReport>& r) {
                 if (!r) {
                     m_chain->setText(clerkMessage(r.error()));
                     return;
                 }
                 if (r->intact) {
                     m_chain->setText(tr("The audit trail is intact: %n entries, none changed or removed.",
                                         nullptr, int(r->entries)));
                     m_chain->setStyleSheet(QStringLiteral("color:#1b5e20; font-weight:bold;"));
                 } else {
                     m_chain->setText(
                         tr("The audit trail has been tampered with: entry %1 (%2). Keep this computer "
                            "as it is and tell the commune's leadership and the district IT support.")
                             .arg(r->firstBadSeq)
                             .arg(r->problem));
                     m_chain->setStyleSheet(QStringLiteral("color:#b71c1c; font-weight:bold;"));
                 }
                 Q_EMIT chainVerified(r->intact);
             });
}

void AuditPage::runQuery()
{
    audit::AuditFilter f;
    f.actor = m_account->text().trimmed();
    if (!m_record->text().isEmpty())
        f.entity = QStringLiteral("record:") + m_record->text();
    f.from = utcStart(m_from->date());
    f.to = utcStart(m_to->date().addDays(1));
    f.limit = kPage;
    const quint64 generation = ++m_generation;
    whenDone(m_store->read([f](store::Database& db) { return audit::queryAudit(db, f); }), this,
             [this, generation](const Result<QList<audit::AuditEntry>>& entries) {
                 if (generation != m_generation)
                     return;
                 if (!entries) {
                     m_info->setText(clerkMessage(entries.error()));
                     return;
                 }
                 m_model->setEntries(*entries);
                 m_more->setVisible(entries->size() >= kPage);
                 m_info->setText(tr("%n entries shown.", nullptr, int(m_model->rowCount())));
                 Q_EMIT entriesLoaded(int(entries->size()));
             });
}

void AuditPage::loadMore()
{
    audit::AuditFilter f;
    f.actor = m_account->text().trimmed();
    if (!m_record->text().isEmpty())
        f.entity = QStringLiteral("record:") + m_record->text();
    f.from = utcStart(m_from->date());
    f.to = utcStart(m_to->date().addDays(1));
    f.afterSeq = m_model->lastSeq();
    f.limit = kPage;
    const quint64 generation = m_generation;
    whenDone(m_store->read([f](store::Database& db) { return audit::queryAudit(db, f); }), this,
             [this, generation](const Result<QList<audit::AuditEntry>>& entries) {
                 if (generation != m_generation || !entries)
                     return;
                 m_model->appendEntries(*entries);
                 m_more->setVisible(entries->size() >= kPage);
                 m_info->setText(tr("%n entries shown.", nullptr, int(m_model->rowCount())));
             });
}

} // namespace sohoa::ui
