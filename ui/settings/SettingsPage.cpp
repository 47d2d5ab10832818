#include "ui/settings/SettingsPage.h"

#include "core/i18n/Language.h"
#include "ui/common/StoreAccess.h"
#include "ui/common/UiSettings.h"
#include "ui/settings/LayoutsPanel.h"
#include "ui/settings/RegistryPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace sohoa::ui {

SettingsPage::SettingsPage(StoreAccess* store, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_language(new QComboBox(this))
    , m_idle(new QSpinBox(this))
    , m_workers(new QSpinBox(this))
    , m_scanner(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_dpi(new QComboBox(this))
    , m_color(new QCheckBox(tr("Scan in colour (grey is smaller and reads as well)"), this))
    , m_message(new QLabel(this))
    , m_registry(new RegistryPanel(store, this))
{
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never (not advised)"));
    m_workers->setObjectName(QStringLiteral("ocrWorkers"));
    m_workers->setRange(0, qMax(1, QThread::idealThreadCount()) * 2);
    m_workers->setSpecialValueText(tr("one per processor core (%1)").arg(QThread::idealThreadCount()));
    m_scanner->setPlaceholderText(tr("first scanner found"));
    m_source->setEditable(true);
    // Shown in words; stored as the name SANE scanners give the source.
    m_source->addItem(tr("Flatbed glass"), QStringLiteral("Flatbed"));
    m_source->addItem(tr("Document feeder"), QStringLiteral("ADF"));
    m_source->addItem(tr("Document feeder, both sides"), QStringLiteral("ADF Duplex"));
    for (int dpi : {150, 200, 300, 400, 600})
        m_dpi->addItem(tr("%1 dpi").arg(dpi), dpi);
    m_message->setWordWrap(true);

    auto* general = new QGroupBox(tr("This computer"), this);
    auto* gf = new QFormLayout(general);
    gf->addRow(tr("&Language:"), m_language);
    gf->addRow(tr("&Lock after no use for:"), m_idle);
    gf->addRow(tr("&OCR workers:"), m_workers);
    auto* scan = new QGroupBox(tr("Scanner defaults"), this);
    auto* sf = new QFormLayout(scan);
    sf->addRow(tr("&Scanner:"), m_scanner);
    sf->addRow(tr("Paper s&ource:"), m_source);
    sf->addRow(tr("&Resolution:"), m_dpi);
    sf->addRow(QString(), m_color);
    auto* apply = new QPushButton(tr("&Save settings"), this);
    apply->setObjectName(QStringLiteral("saveSettings"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(scan);
    // The forms taught from verified records (core/layouts), in a window of their own.
    auto* forms = new QPushButton(tr("Taught &forms..."), this);
    forms->setObjectName(QStringLiteral("taughtForms"));
    connect(forms, &QPushButton::clicked, this, [this] { showLayouts(); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(apply);
    buttons->addWidget(forms);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_registry);
    layout->addStretch();
    connect(apply, &QPushButton::clicked, this, &SettingsPage::save);
    load();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::activated()
{
    load();
    m_registry->reload();
}

LayoutsPanel* SettingsPage::showLayouts()
{
    if (!m_layoutsDialog) {
        m_layoutsDialog = new QDialog(this);
        m_layoutsDialog->setObjectName(QStringLiteral("layoutsDialog"));
        m_layoutsDialog->setWindowTitle(tr("Taught forms"));
        auto* panel = new LayoutsPanel(m_store, m_layoutsDialog);
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close, m_layoutsDialog);
        connect(close, &QDialogButtonBox::rejected, m_layoutsDialog, &QDialog::reject);
        auto* l = new QVBoxLayout(m_layoutsDialog);
        l->addWidget(panel);
        l->addWidget(close);
        m_layoutsDialog->resize(900, 560);
    }
    auto* panel = m_layoutsDialog->findChild<LayoutsPanel*>();
    panel->reload();
    m_layoutsDialog->open();
    return panel;
}

void SettingsPage::load()
{
    const UiSettings s = UiSettings::load();
    m_language->setCurrentIndex(qMax(0, m_language->findData(i18n::resolveLanguage(s.language))));
    m_idle->setValue(s.idleLockMinutes);
    m_workers->setValue(s.ocrWorkers);
    m_scanner->setText(s.scannerDevice);
    if (const int i = m_source->findData(s.scannerSource); i >= 0)
        m_source->setCurrentIndex(i);
    else if (!s.scannerSource.isEmpty())
        m_source->setCurrentText(s.scannerSource);
    m_dpi->setCurrentIndex(qMax(0, m_dpi->findData(s.scannerDpi)));
    m_color->setChecked(s.scannerColor);
}

void SettingsPage::save()
{
    UiSettings s = UiSettings::load();
    const QString oldLanguage = i18n::resolveLanguage(s.language);
    const int oldIdle = s.idleLockMinutes;
    s.language = m_language->currentData().toString();
    s.idleLockMinutes = m_idle->value();
    s.ocrWorkers = m_workers->value();
    s.scannerDevice = m_scanner->text().trimmed();
    // A source typed by hand (another scanner's name for it) is kept as typed.
    const int source = m_source->findText(m_source->currentText());
    s.scannerSource = source >= 0 ? m_source->itemData(source).toString() : m_source->currentText().trimmed();
    s.scannerDpi = m_dpi->currentData().toInt();
    s.scannerColor = m_color->isChecked();
    s.save();
    m_message->setText(tr("Settings saved."));
    Q_EMIT statusMessage(tr("Settings saved."));
    if (s.idleLockMinutes != oldIdle)
        Q_EMIT idleLockChanged(s.idleLockMinutes);
    if (s.language != oldLanguage)
        Q_EMIT languageChanged(s.language);
}

} // namespace sohoa::ui
