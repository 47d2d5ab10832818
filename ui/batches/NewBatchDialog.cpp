#include "ui/batches/NewBatchDialog.h"

#include "core/batches/BatchRepository.h"
#include "core/keying/HandKeying.h"
#include "ui/common/Async.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sohoa::ui {

NewBatchDialog::NewBatchDialog(StoreAccess* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_doubleKeying(
          new QCheckBox(tr("&Double keying: a second clerk keys every hand-keyed entry again, blind"), this))
    , m_message(new QLabel(this))
    , m_ok(new QPushButton(tr("Create"), this))
{
    setObjectName(QStringLiteral("newBatchDialog"));
    setWindowTitle(tr("New batch"));
    m_name->setObjectName(QStringLiteral("batchName"));
    m_name->setPlaceholderText(tr("e.g. Birth register 2019, book 01"));
    m_note->setPlaceholderText(tr("Optional: shelf, condition of the book, ..."));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("N&ote:"), m_note);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_ok->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_doubleKeying);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    connect(m_ok, &QPushButton::clicked, this, &NewBatchDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewBatchDialog::create()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        m_message->setText(tr("Give the batch a name, for example the book's title and year."));
        return;
    }
    m_ok->setEnabled(false);
    const QString note = m_note->text().simplified();
    const bool doubleKeying = m_doubleKeying->isChecked();
    whenDone(m_store->write([name, note, doubleKeying](accounts::Session& s) -> Result<qint64> {
        auto b = batches::createBatch(s, name, note);
        if (!b)
            return b.error();
        if (doubleKeying)
            SOHOA_TRY(keying::setDoubleKeying(s, b->id, true));
        return b->id;
    }),
             this, [this](const Result<qint64>& id) {
                 m_ok->setEnabled(true);
                 if (!id) {
                     m_message->setText(clerkMessage(id.error()));
                     return;
                 }
                 m_batchId = *id;
                 accept();
             });
}

} // namespace sohoa::ui
