#include "ui/settings/LayoutsPanel.h"

#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/settings/LayoutImportDialog.h"

#include <QDir>
#include <QFileDialog>
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
    , m_table(new QTableWidget(0, 5, this))
    , m_signers(new QTableWidget(0, 4, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("layoutsPanel"));
    auto* note = new QLabel(tr("Forms SoHoa learned from a verified record: documents printed on the same "
                               "form are read with them first. They hold where values are printed, never "
                               "the values."),
                            this);
    note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("layoutsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Form name"), tr("Record type"), tr("Fields"), tr("Taught"), tr("Records read with it")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    m_message->setObjectName(QStringLiteral("layoutsMessage"));
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 3);
    const bool admin = m_store->can(accounts::Permission::ManageSettings);
    if (m_store->can(accounts::Permission::Verify) || admin) {
        m_remove = new QPushButton(tr("Re&move form"), this);
        m_remove->setObjectName(QStringLiteral("removeLayout"));
        m_remove->setEnabled(false);
        connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(true); });
        connect(m_table, &QTableWidget::itemSelectionChanged, this,
                [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
        auto* import = new QPushButton(tr("&Import from a folder..."), this);
        import->setObjectName(QStringLiteral("importLayoutFolder"));
        connect(import, &QPushButton::clicked, this, [this] { chooseFolder(true); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_remove);
        buttons->addStretch();
        buttons->addWidget(import);
        if (admin) {
            auto* exportButton = new QPushButton(tr("&Export to a folder..."), this);
            exportButton->setObjectName(QStringLiteral("exportLayoutFolder"));
            exportButton->setToolTip(tr("Writes every form into a folder, signed with your key, for other "
                                        "offices of the province."));
            connect(exportButton, &QPushButton::clicked, this, [this] { chooseFolder(false); });
            buttons->addWidget(exportButton);
        }
        layout->addLayout(buttons);
    }
    // The keys of other offices whose forms an administrator accepted.
    auto* signersNote = new QLabel(tr("Keys of other offices accepted for their forms: their next files are "
                                      "imported without asking again."),
                                   this);
    signersNote->setWordWrap(true);
    m_signers->setObjectName(QStringLiteral("layoutSignersTable"));
    m_signers->setHorizontalHeaderLabels(
        {tr("Office"), tr("Signed by"), tr("Key fingerprint"), tr("Accepted on")});
    m_signers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_signers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_signers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_signers->verticalHeader()->hide();
    m_signers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_signers->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_signers->setMinimumHeight(80);
    layout->addWidget(signersNote);
    layout->addWidget(m_signers, 1);
    if (admin) {
        m_removeSigner = new QPushButton(tr("Stop &accepting this key"), this);
        m_removeSigner->setObjectName(QStringLiteral("removeLayoutSigner"));
        m_removeSigner->setEnabled(false);
        connect(m_removeSigner, &QPushButton::clicked, this, [this] { removeSelectedSigner(true); });
        connect(m_signers, &QTableWidget::itemSelectionChanged, this,
                [this] { m_removeSigner->setEnabled(!m_signers->selectedItems().isEmpty()); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_removeSigner);
        buttons->addStretch();
        layout->addLayout(buttons);
    }
    layout->addWidget(m_message);
}

void LayoutsPanel::reload()
{
    struct Listed {
        QList<layouts::StoredLayout> layouts;
        QHash<QString, int> uses;
    };
    whenDone(m_store->read([](store::Database& db) -> Result<Listed> {
        SOHOA_TRY_ASSIGN(auto list, layouts::listLayouts(db));
        SOHOA_TRY_ASSIGN(auto uses, layouts::layoutUseCounts(db));
        return Listed{std::move(list), std::move(uses)};
    }),
             this, [this](const Result<Listed>& listed) {
                 if (!listed) {
                     setMessage(clerkMessage(listed.error()), true);
                     return;
                 }
                 m_uses = listed->uses;
                 showLayouts(listed->layouts);
             });
    whenDone(m_store->read([](store::Database& db) { return layouts::listAcceptedSigners(db); }), this,
             [this](const Result<QList<layouts::AcceptedSigner>>& list) {
                 if (!list) {
                     setMessage(clerkMessage(list.error()), true);
                     return;
                 }
                 showSigners(*list);
             });
}

void LayoutsPanel::showSigners(const QList<layouts::AcceptedSigner>& list)
{
    m_fingerprints.clear();
    m_signers->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const layouts::AcceptedSigner& s = list[row];
        m_fingerprints.append(s.fingerprint);
        m_signers->setItem(row, 0, new QTableWidgetItem(s.office));
        m_signers->setItem(row, 1, new QTableWidgetItem(s.account));
        m_signers->setItem(row, 2, new QTableWidgetItem(s.fingerprint));
        m_signers->setItem(row, 3,
                           new QTableWidgetItem(tr("%1 by %2").arg(localTime(s.acceptedAt), s.acceptedBy)));
    }
}

void LayoutsPanel::chooseFolder(bool forImport)
{
    auto* dialog = new QFileDialog(
        this, forImport ? tr("Folder of form files to import") : tr("Folder to export the forms into"),
        QDir::homePath());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, forImport](const QString& dir) {
        if (forImport)
            importFrom(dir);
        else
            exportTo(dir);
    });
    dialog->open();
}

void LayoutsPanel::importFrom(const QString& dir)
{
    setMessage(tr("Checking the form files of %1...").arg(QDir::toNativeSeparators(dir)), false);
    whenDone(m_store->write([dir](accounts::Session& s) { return layouts::checkLayoutFolder(s, dir); }), this,
             [this](const Result<QList<layouts::LayoutFileCheck>>& checks) {
                 if (!checks) {
                     setMessage(clerkMessage(checks.error()), true);
                     return;
                 }
                 showChecks(*checks);
             });
}

void LayoutsPanel::showChecks(const QList<layouts::LayoutFileCheck>& checks)
{
    setMessage(QString(), false);
    delete m_importDialog;
    m_importDialog = new LayoutImportDialog(checks, m_store->can(accounts::Permission::ManageSettings), this);
    connect(m_importDialog, &QDialog::accepted, this, [this] {
        const auto chosen = m_importDialog->selected();
        whenDone(m_store->write([chosen](accounts::Session& s) -> Result<int> {
            int stored = 0;
            for (const auto& [file, trust] : chosen) {
                SOHOA_TRY(layouts::importLayoutFile(s, file, trust));
                ++stored;
            }
            return stored;
        }),
                 this, [this](const Result<int>& stored) {
                     if (!stored) {
                         setMessage(clerkMessage(stored.error()), true);
                         reload();
                         return;
                     }
                     m_notice = tr("%n form(s) imported.", nullptr, *stored);
                     reload();
                 });
    });
    m_importDialog->open();
}

void LayoutsPanel::exportTo(const QString& dir)
{
    setMessage(tr("Writing the forms into %1...").arg(QDir::toNativeSeparators(dir)), false);
    whenDone(m_store->write([dir](accounts::Session& s) { return layouts::exportLayouts(s, dir); }), this,
             [this, dir](const Result<QStringList>& written) {
                 if (!written) {
                     setMessage(clerkMessage(written.error()), true);
                     return;
                 }
                 setMessage(tr("%n form(s) written into %1, signed with your key. The receiving office "
                               "checks the signature when it imports them.",
                               nullptr, int(written->size()))
                                .arg(QDir::toNativeSeparators(dir)),
                            false);
             });
}

void LayoutsPanel::removeSelectedSigner(bool ask)
{
    const int row = m_signers->currentRow();
    if (row < 0 || row >= m_fingerprints.size())
        return;
    const QString fingerprint = m_fingerprints[row];
    const QString office = m_signers->item(row, 0)->text();
    if (ask && QMessageBox::question(this, tr("Stop accepting a key"),
                                     tr("Stop accepting the key %1 of the office %2? Its next form files "
                                        "will be refused until an administrator accepts it again; forms "
                                        "already imported stay.")
                                         .arg(fingerprint, office),
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    whenDone(m_store->write([fingerprint](accounts::Session& s) {
        return layouts::removeAcceptedSigner(s, fingerprint);
    }),
             this, [this, office](const Result<void>& r) {
                 if (!r) {
                     setMessage(clerkMessage(r.error()), true);
                     return;
                 }
                 m_notice = tr("The key of the office %1 is no longer accepted.").arg(office);
                 reload();
             });
}

int LayoutsPanel::signerCount() const
{
    return m_signers->rowCount();
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
        m_table->setItem(row, 4, new QTableWidgetItem(QString::number(m_uses.value(s.layout.name))));
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
