#include "ui/settings/LayoutImportDialog.h"

#include "core/audit/Roster.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sohoa::ui {

namespace {

enum Column { Tick, File, Form, Type, Check };

} // namespace

LayoutImportDialog::LayoutImportDialog(const QList<layouts::LayoutFileCheck>& checks, bool administrator,
                                       QWidget* parent)
    : QDialog(parent)
    , m_checks(checks)
    , m_administrator(administrator)
    , m_table(new QTableWidget(int(checks.size()), 5, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("layoutImportDialog"));
    setWindowTitle(tr("Import taught forms"));
    auto* intro =
        new QLabel(tr("What the check of each file found. Nothing is stored until you press Import."), this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("layoutImportTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Import"), tr("File"), tr("Form name"), tr("Record type"), tr("Check")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Check, QHeaderView::Stretch);
    for (int c : {Tick, File, Form, Type})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    bool anyAcceptable = false;
    for (int row = 0; row < checks.size(); ++row) {
        const layouts::LayoutFileCheck& c = checks[row];
        auto* tick = new QTableWidgetItem;
        Qt::ItemFlags flags = Qt::ItemIsEnabled;
        if (c.file && !c.alreadyStored && (!c.refusal || (c.administratorMayAccept && administrator)))
            flags |= Qt::ItemIsUserCheckable;
        tick->setFlags(flags);
        if (flags & Qt::ItemIsUserCheckable)
            tick->setCheckState(c.refusal ? Qt::Unchecked : Qt::Checked); // trusted files go in by default
        m_table->setItem(row, Tick, tick);
        m_table->setItem(row, File, new QTableWidgetItem(c.fileName));
        m_table->setItem(row, Form, new QTableWidgetItem(c.file ? c.file->layout.name : QString()));
        m_table->setItem(row, Type,
                         new QTableWidgetItem(c.file ? recordTypeName(c.file->layout.type) : QString()));
        QString text;
        if (c.refusal) {
            text = clerkMessage(*c.refusal);
            anyAcceptable |= c.administratorMayAccept;
        } else if (c.trust.value(QLatin1String("signature")).toString() == QLatin1String("office_roster")) {
            text = tr("Signed by %1, an administrator of this office.")
                       .arg(c.trust.value(QLatin1String("signer")).toString());
        } else {
            text = tr("Signed by %1 of the office %2 with the key %3, which this office accepted earlier.")
                       .arg(c.trust.value(QLatin1String("signer")).toString(),
                            c.trust.value(QLatin1String("signer_office")).toString(),
                            c.trust.value(QLatin1String("signer_key")).toString());
        }
        if (c.alreadyStored)
            text = tr("Already in this store.") + QLatin1Char(' ') + text;
        auto* verdictItem = new QTableWidgetItem(text);
        verdictItem->setToolTip(text);
        if (c.refusal)
            verdictItem->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(row, Check, verdictItem);
    }
    // Rows as tall as their verdict at the width it gets.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("layoutImportSummary"));
    m_summary->setWordWrap(true);
    if (anyAcceptable)
        m_summary->setText(
            administrator
                ? tr("Files nobody in this office vouches for are not ticked. Tick one only after you have "
                     "checked its key's fingerprint with the sending office (for instance by telephone): the "
                     "key is then remembered for that office's next files.")
                : tr("Some files are signed by nobody this office knows: only an administrator can accept "
                     "them."));
    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importLayouts"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] { confirm(true); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { updateButton(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateButton();
    resize(900, 520);
}

int LayoutImportDialog::rowCount() const
{
    return m_table->rowCount();
}

QString LayoutImportDialog::verdict(int row) const
{
    return m_table->item(row, Check)->text();
}

bool LayoutImportDialog::canTick(int row) const
{
    return m_table->item(row, Tick)->flags() & Qt::ItemIsUserCheckable;
}

void LayoutImportDialog::setTicked(int row, bool ticked)
{
    if (canTick(row))
        m_table->item(row, Tick)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

QList<std::pair<layouts::LayoutFile, layouts::ImportTrust>> LayoutImportDialog::selected() const
{
    QList<std::pair<layouts::LayoutFile, layouts::ImportTrust>> out;
    for (int row = 0; row < m_checks.size(); ++row) {
        if (!canTick(row) || m_table->item(row, Tick)->checkState() != Qt::Checked)
            continue;
        const layouts::LayoutFileCheck& c = m_checks[row];
        out.append({*c.file, c.refusal ? layouts::acceptanceFor(*c.file) : layouts::ImportTrust{}});
    }
    return out;
}

void LayoutImportDialog::confirm(bool ask)
{
    QStringList accepted;
    for (int row = 0; row < m_checks.size(); ++row)
        if (m_checks[row].refusal && canTick(row) && m_table->item(row, Tick)->checkState() == Qt::Checked) {
            const layouts::LayoutFileCheck& c = m_checks[row];
            accepted << (c.file->signature ? tr("\"%1\", signed by %2 of the office %3 (key %4)")
                                                 .arg(c.file->layout.name, c.file->signature->account,
                                                      c.file->signature->office,
                                                      audit::keyFingerprint(c.file->signature->publicKey))
                                           : tr("\"%1\", not signed").arg(c.file->layout.name));
        }
    if (ask && !accepted.isEmpty() &&
        QMessageBox::question(this, tr("Accept forms nobody here vouches for"),
                              tr("You accept these forms although no administrator of this office signed "
                                 "them:\n%1\n\nDo this only after checking the key's fingerprint with the "
                                 "sending office. The acceptance is recorded in the audit trail, and an "
                                 "accepted key is remembered for that office's next files.")
                                  .arg(accepted.join(QLatin1Char('\n'))),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    accept();
}

void LayoutImportDialog::updateButton()
{
    m_import->setEnabled(!selected().isEmpty());
}

} // namespace sohoa::ui
