#include "ui/settings/LayoutsPanel.h"

#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sohoa::ui {

LayoutsPanel::LayoutsPanel(StoreAccess* store, QWidget* parent)
    : QGroupBox(tr("Taught forms"), parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 4, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("layoutsPanel"));
    auto* note = new QLabel(tr("Forms SoHoa learned from a verified record: documents printed on the same "
                               "form are read with them first. They hold where values are printed, never "
                               "the values."),
                            this);
    note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("layoutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Form name"), tr("Record type"), tr("Fields"), tr("Taught")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMinimumHeight(120);
    m_message->setObjectName(QStringLiteral("layoutsMessage"));
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    if (m_store->can(accounts::Permission::Verify) || m_store->can(accounts::Permission::ManageSettings)) {
        m_remove = new QPushButton(tr("Re&move form"), this);
        m_remove->setObjectName(QStringLiteral("removeLayout"));
        m_remove->setEnabled(false);
        connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(true); });
        connect(m_table, &QTableWidget::itemSelectionChanged, this,
                [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_remove);
        buttons->addStretch();
        layout->addLayout(buttons);
    }
    layout->addWidget(m_message);
}

void LayoutsPanel::reload()
{
    whenDone(m_store->read([](store::Database& db) { return layouts::listLayouts(db); }), this,
             [this](const Result<QList<layouts::StoredLayout>>& list) {
                 if (!list) {
                     setMessage(clerkMessage(list.error()), true);
                     return;
                 }
                 showLayouts(*list);
             });
}

void LayoutsPanel::showLayouts(const QList<layouts::StoredLayout>& list)
{
    m_ids.clear();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const layouts::StoredLayout& s = list[row];
        m_ids.append(s.id);
        m_table->setItem(row, 0, new QTableWidgetItem(s.layout.name));
        m_table->setItem(row, 1, new QTableWidgetItem(recordTypeName(s.layout.type)));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(s.layout.fields.size())));
        m_table->setItem(row, 3,
                         new QTableWidgetItem(tr("%1 by %2").arg(localTime(s.createdAt), s.createdBy)));
    }
    // What was just done, else what the list means when it is empty.
    if (!m_notice.isEmpty())
        setMessage(m_notice, false);
    else if (list.isEmpty())
        setMessage(tr("No form has been taught yet. When you confirm a record whose values you mostly typed, "
                      "SoHoa offers to remember its form."),
                   false);
    else
        setMessage(QString(), false);
    m_notice.clear();
}

void LayoutsPanel::removeSelected(bool ask)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size())
        return;
    const qint64 id = m_ids[row];
    const QString name = m_table->item(row, 0)->text();
    if (ask && QMessageBox::question(this, tr("Remove form"),
                                     tr("Remove the form \"%1\"? Documents printed on it will be read "
                                        "without it.")
                                         .arg(name),
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    whenDone(m_store->write([id](accounts::Session& s) { return layouts::removeLayout(s, id); }), this,
             [this, name](const Result<void>& r) {
                 if (!r) {
                     setMessage(clerkMessage(r.error()), true);
                     return;
                 }
                 m_notice = tr("The form \"%1\" was removed.").arg(name);
                 reload();
             });
}

int LayoutsPanel::rowCount() const
{
    return m_table->rowCount();
}

QString LayoutsPanel::message() const
{
    return m_message->text();
}

void LayoutsPanel::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace sohoa::ui
