#include "ui/verify/RememberForm.h"

#include "core/layouts/LayoutStore.h"
#include "core/records/RecordRepository.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sohoa::ui {

RememberFormDialog::RememberFormDialog(qint64 recordId, const QString& suggestedName, QWidget* parent)
    : QDialog(parent)
    , m_recordId(recordId)
    , m_name(new QLineEdit(suggestedName, this))
{
    setObjectName(QStringLiteral("rememberFormDialog"));
    setWindowTitle(tr("Remember this form?"));
    auto* text = new QLabel(tr("You typed most values of this record yourself: SoHoa did not know its form. "
                               "Give the form a name and SoHoa reads the next documents printed on it by "
                               "itself. Only where the values are printed is kept, never the values."),
                            this);
    text->setWordWrap(true);
    auto* label = new QLabel(tr("Form &name:"), this);
    label->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("formName"));
    m_name->selectAll();
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* remember = buttons->addButton(tr("&Remember the form"), QDialogButtonBox::AcceptRole);
    remember->setObjectName(QStringLiteral("rememberForm"));
    buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!name().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, remember,
            [this, remember] { remember->setEnabled(!name().isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString RememberFormDialog::name() const
{
    return m_name->text().simplified();
}

void RememberFormDialog::setName(const QString& name)
{
    m_name->setText(name);
}

RememberFormOffer::RememberFormOffer(StoreAccess* store, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
}

void RememberFormOffer::recordConfirmed(qint64 recordId)
{
    if (!m_store->can(accounts::Permission::Verify) || m_dialog)
        return;
    whenDone(m_store->read([recordId](store::Database& db) { return records::loadRecord(db, recordId); }),
             this, [this, recordId](const Result<records::Record>& record) {
                 if (!record || record->documentId <= 0 || !layouts::mostlyTyped(*record) || m_dialog)
                     return;
                 const QString suggested =
                     tr("%1 form, taught %2")
                         .arg(recordTypeName(record->type),
                              QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
                 m_dialog = new RememberFormDialog(recordId, suggested, m_window);
                 m_dialog->setAttribute(Qt::WA_DeleteOnClose);
                 connect(m_dialog, &QDialog::accepted, this,
                         [this, d = m_dialog.data()] { remember(d->recordId(), d->name()); });
                 m_dialog->open(); // not modal for the application: the next record is already there
                 Q_EMIT offered(recordId);
             });
}

void RememberFormOffer::remember(qint64 recordId, const QString& name)
{
    whenDone(m_store->write([recordId, name](accounts::Session& s) {
        return layouts::learnFromRecord(s, recordId, name);
    }),
             this, [this, name](const Result<qint64>& id) {
                 Q_EMIT finished(id ? *id : 0, id ? tr("The form \"%1\" is remembered.").arg(name)
                                                  : clerkMessage(id.error()));
             });
}

} // namespace sohoa::ui
