#include "ui/settings/RegistryPanel.h"

#include "core/sync/Enrolment.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/common/Tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QSysInfo>
#include <QVBoxLayout>

namespace sohoa::ui {

namespace {

// "AB:CD:EF:01:23:45:67:89 ..." in groups of eight bytes, so that it wraps.
QString fingerprint(const QByteArray& digest)
{
    QStringList groups;
    for (qsizetype i = 0; i < digest.size(); i += 8)
        groups.append(QString::fromLatin1(digest.mid(i, 8).toHex(':').toUpper()));
    return groups.join(QLatin1Char(' '));
}

// "CN=Registry CA, SHA-256 AB:CD:..." so that a supervisor can compare it with
// what the registry's administrator reads out on the phone.
QString pinDescription(const QString& pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    QStringList parts;
    for (const QSslCertificate& c : certs)
        parts.append(QStringLiteral("%1 (SHA-256 %2)")
                         .arg(c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                              fingerprint(c.digest(QCryptographicHash::Sha256))));
    return parts.join(QStringLiteral("; "));
}

} // namespace

RegistryPanel::RegistryPanel(StoreAccess* store, QWidget* parent)
    : QGroupBox(tr("National registry"), parent)
    , m_store(store)
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("registryPanel"));
    m_status->setObjectName(QStringLiteral("registryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("registryMessage"));
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);

    if (!m_store->can(accounts::Permission::ManageSettings)) {
        auto* note = new QLabel(
            tr("Only an administrator can enrol this computer with a registry or change it."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addWidget(m_message);
        reload();
        return;
    }
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("registryUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://registry.example.gov.vn:8443"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("registryCaFile"));
    m_caFile->setPlaceholderText(tr("PEM file of the registry's certificate or CA"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("enrolmentCode"));
    m_code->setPlaceholderText(tr("one-time code from the registry's administrator"));
    m_deviceName = new QLineEdit(QSysInfo::machineHostName(), this);
    m_deviceName->setObjectName(QStringLiteral("deviceName"));
    m_enrol = new QPushButton(tr("&Enrol this computer"), this);
    m_enrol->setObjectName(QStringLiteral("enrolDevice"));

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Registry &address:"), m_url);
    auto* caLabel = new QLabel(tr("Registry &certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Enrolment co&de:"), m_code);
    form->addRow(tr("&Name of this computer:"), m_deviceName);
    layout->addLayout(form);
    layout->addWidget(m_enrol, 0, Qt::AlignLeft);
    layout->addWidget(m_message);

    connect(browse, &QPushButton::clicked, this, &RegistryPanel::chooseCaFile);
    connect(m_enrol, &QPushButton::clicked, this, &RegistryPanel::enrol);
    connect(m_code, &QLineEdit::returnPressed, this, &RegistryPanel::enrol);
    reload();
}

QString RegistryPanel::message() const
{
    return m_message->text();
}

void RegistryPanel::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b71c1c;") : QString());
}

void RegistryPanel::reload()
{
    whenDone(m_store->read([](store::Database& db) { return sync::loadRegistrySettings(db); }), this,
             [this](const Result<sync::RegistrySettings>& settings) {
                 if (!settings) {
                     m_status->setText(clerkMessage(settings.error()));
                     return;
                 }
                 showSettings(*settings);
             });
}

void RegistryPanel::showSettings(const sync::RegistrySettings& settings)
{
    m_settings = settings;
    if (!settings.isEnrolled()) {
        m_status->setText(
            tr("This computer is not enrolled with a registry: approved records can only leave on "
               "packages once it is."));
    } else {
        m_status->setText(tr("Enrolled with %1 at %2 as device %3 (since %4, by %5).\nPinned certificate: %6")
                              .arg(settings.registryName, settings.url, settings.deviceId,
                                   localTime(settings.enrolledAt), settings.enrolledBy,
                                   pinDescription(settings.caPem)));
    }
    if (m_url && m_url->text().isEmpty())
        m_url->setText(settings.url);
    if (m_enrol)
        m_enrol->setText(settings.isEnrolled() ? tr("&Enrol again") : tr("&Enrol this computer"));
}

void RegistryPanel::chooseCaFile()
{
    auto* dialog = new QFileDialog(this, tr("The registry's certificate"), QDir::homePath(),
                                   tr("Certificates (*.pem *.crt);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    dialog->open();
}

void RegistryPanel::enrol()
{
    if (m_busy || !m_enrol)
        return;
    sync::EnrolmentRequest request;
    request.serverUrl = m_url->text().trimmed();
    request.code = m_code->text().trimmed();
    request.deviceName = m_deviceName->text().simplified();
    const QString caFile = m_caFile->text().trimmed();
    if (request.serverUrl.isEmpty() || request.code.isEmpty() || caFile.isEmpty()) {
        setMessage(tr("Give the registry's address, its certificate file and the one-time enrolment code."),
                   true);
        return;
    }
    m_busy = true;
    m_enrol->setEnabled(false);
    setMessage(tr("Enrolling with the registry..."), false);
    // The certificate file may sit on a slow stick and enrolment waits for the
    // registry: both happen on the writer thread, which owns the session.
    whenDone(
        m_store->write([request, caFile](accounts::Session& s) mutable -> Result<sync::RegistrySettings> {
            QFile ca(caFile);
            if (!ca.open(QIODevice::ReadOnly))
                return makeError(QStringLiteral("usage.bad_ca"),
                                 Tr::tr("Cannot read %1: %2").arg(caFile, ca.errorString()));
            request.caPem = ca.read(1 << 20);
            return sync::enrolDevice(s, request);
        }),
        this, [this](const Result<sync::RegistrySettings>& settings) {
            m_busy = false;
            m_enrol->setEnabled(true);
            if (!settings) {
                setMessage(clerkMessage(settings.error()), true);
                return;
            }
            m_code->clear(); // used up
            showSettings(*settings);
            setMessage(tr("This computer is enrolled with %1 as device %2.")
                           .arg(settings->registryName, settings->deviceId),
                       false);
            Q_EMIT enrolled();
        });
}

} // namespace sohoa::ui
