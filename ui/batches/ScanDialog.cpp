#include "ui/batches/ScanDialog.h"

#include "core/ingest/ScanJob.h"
#include "ui/batches/ScanPageStrip.h"
#include "ui/common/Async.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/common/UiSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sohoa::ui {

ScanDialog::ScanDialog(StoreAccess* store, qint64 batchId, const QString& batchName,
                       std::shared_ptr<ocr::OcrWorkerPool> pool, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_batchId(batchId)
    , m_batchName(batchName)
    , m_pool(std::move(pool))
    , m_device(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_dpi(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_sheets(new QSpinBox(this))
    , m_counter(new QLabel(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(tr("&Scan"), this))
    , m_pause(new QPushButton(tr("&Pause after this page"), this))
    , m_continue(new QPushButton(tr("C&ontinue"), this))
    , m_finish(new QPushButton(tr("&Finish"), this))
    , m_send(new QPushButton(tr("Send to readin&g"), this))
    , m_strip(new ScanPageStrip(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("scanDialog"));
    setWindowTitle(tr("Scan into \"%1\"").arg(batchName));
    m_device->setObjectName(QStringLiteral("scanner"));
    m_source->setObjectName(QStringLiteral("paperSource"));
    m_dpi->setObjectName(QStringLiteral("resolution"));
    m_mode->setObjectName(QStringLiteral("colourMode"));
    m_sheets->setObjectName(QStringLiteral("sheetsPerDocument"));
    m_continue->setObjectName(QStringLiteral("continueScan"));
    m_device->setMinimumContentsLength(30);
    m_mode->addItem(tr("Grey"), int(capture::ColourMode::Grey));
    m_mode->addItem(tr("Colour"), int(capture::ColourMode::Colour));
    m_mode->addItem(tr("Black and white"), int(capture::ColourMode::BlackWhite));
    m_sheets->setRange(0, 20);
    m_sheets->setValue(1);
    m_sheets->setSpecialValueText(tr("everything scanned is one document"));
    m_sheets->setToolTip(
        tr("Sheets that make one document: 1 for one registration per sheet, 2 for a two-sheet "
           "certificate"));
    QFont big = m_counter->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_counter->setFont(big);
    m_counter->setObjectName(QStringLiteral("pageCounter"));
    m_counter->setAlignment(Qt::AlignCenter);
    m_counter->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    auto* refresh = new QPushButton(tr("Look again"), this);
    layOut(refresh);
    m_send->setObjectName(QStringLiteral("sendToReading"));
    m_send->setToolTip(tr("Read the pages shown and store them in the batch (Ctrl+Enter)"));
    auto* send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, &ScanDialog::sendToReading);
    connect(m_send, &QPushButton::clicked, this, &ScanDialog::sendToReading);
    connectPageStrip();

    connect(refresh, &QPushButton::clicked, this, &ScanDialog::listDevices);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ScanDialog::loadCapabilities);
    connect(m_start, &QPushButton::clicked, this, &ScanDialog::startScan);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->pauseAfterPage();
    });
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (!m_job)
            return;
        m_job->setSettings(settings());
        m_job->resume();
        setRunning(true, false);
        m_status->setText(tr("Scanning..."));
    });
    connect(m_finish, &QPushButton::clicked, this, &ScanDialog::finishScan);
    connect(m_close, &QPushButton::clicked, this, &ScanDialog::reject);
    listDevices();
}

// The settings form beside its "Look again" button, the counter, the page strip and the buttons,
// at a first size that fits the screen.
void ScanDialog::layOut(QPushButton* lookAgain)
{
    auto* deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(lookAgain);
    auto* form = new QFormLayout;
    // A row of a layout gets no buddy from QFormLayout: without one the
    // label would show its "&" instead of underlining the letter.
    auto* deviceLabel = new QLabel(tr("Scanne&r:"), this);
    deviceLabel->setBuddy(m_device);
    form->addRow(deviceLabel, deviceRow);
    form->addRow(tr("Paper s&ource:"), m_source);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("Co&lour:"), m_mode);
    form->addRow(tr("Sheets per &document:"), m_sheets);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_start, m_pause, m_continue, m_send, m_finish})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_counter);
    layout->addWidget(m_status);
    layout->addWidget(m_strip);
    layout->addStretch(1); // spare height below the strip, not between its parts
    layout->addLayout(buttons);
    m_start->setDefault(true);
    m_counter->setText(tr("Pages scanned: %1").arg(0));
    setRunning(false, false);
    // Room for the page strip's thumbnails; never less than the layout needs
    // (an explicit minimum would let the buttons be squeezed and cut), never
    // more than the screen.
    QSize start = QSize(900, 620).expandedTo(minimumSizeHint());
    if (const QScreen* screen = this->screen())
        start = start.boundedTo(screen->availableSize()).expandedTo(minimumSizeHint());
    resize(start);
}

// What the clerk does to the pages in the strip goes to the running scan job.
void ScanDialog::connectPageStrip()
{
    m_strip->setEditable(false);
    connect(m_strip, &ScanPageStrip::rotateRequested, this, [this](quint64 id, int turns) {
        if (m_job)
            m_job->rotatePage(id, turns);
    });
    connect(m_strip, &ScanPageStrip::removeRequested, this, [this](quint64 id) {
        if (m_job)
            m_job->removePage(id);
    });
    connect(m_strip, &ScanPageStrip::moveRequested, this, [this](quint64 id, int to) {
        if (!m_job)
            return;
        m_job->movePage(id, to);
        m_strip->setCurrentId(id);
    });
    connect(m_strip, &ScanPageStrip::reorderRequested, this, [this](const QList<quint64>& ids) {
        if (m_job)
            m_job->reorderPages(ids);
    });
    connect(m_strip, &ScanPageStrip::rescanRequested, this, [this](quint64 id) {
        if (!m_job || m_running)
            return;
        m_job->setSettings(settings());
        m_job->rescanPage(id);
        setRunning(true, false);
        m_status->setText(tr("Scanning the page again..."));
    });
}

ScanDialog::~ScanDialog()
{
    delete m_job; // cancels and waits; pages already stored stay
}

QString ScanDialog::statusText() const
{
    return m_status->text();
}

void ScanDialog::listDevices()
{
    m_device->clear();
    m_device->setEnabled(false);
    m_status->setText(tr("Looking for scanners (network scanners can take a few seconds)..."));
    whenDone(capture::listScannersAsync(), this, [this](const Result<QList<capture::ScannerInfo>>& devices) {
        m_device->setEnabled(true);
        if (!devices) {
            m_status->setText(clerkMessage(devices.error()));
            Q_EMIT devicesListed(0);
            return;
        }
        const QString preferred = UiSettings::load().scannerDevice;
        const QSignalBlocker block(m_device);
        for (const capture::ScannerInfo& d : *devices)
            m_device->addItem(d.label(), d.id);
        if (devices->isEmpty()) {
            m_status->setText(
                tr("No scanner found. Check that it is switched on and connected, then press \"Look "
                   "again\"."));
        } else {
            m_status->setText(tr("Put the pages in the scanner and press Scan."));
            m_device->setCurrentIndex(qMax(0, m_device->findData(preferred)));
        }
        Q_EMIT devicesListed(int(devices->size()));
        loadCapabilities();
    });
}

void ScanDialog::selectDevice(const QString& id)
{
    const int i = m_device->findData(id);
    if (i >= 0)
        m_device->setCurrentIndex(i);
}

void ScanDialog::loadCapabilities()
{
    const QString id = m_device->currentData().toString();
    if (id.isEmpty())
        return;
    // Opening a device talks to it: on a worker thread, and closed again before scanning.
    whenDone(QtConcurrent::run([id]() -> Result<capture::ScannerCapabilities> {
                 auto backend = capture::createScannerBackend();
                 auto device = backend->open(id);
                 if (!device)
                     return device.error();
                 return (*device)->capabilities();
             }),
             this, [this, id](const Result<capture::ScannerCapabilities>& caps) {
                 if (m_device->currentData().toString() != id)
                     return;
                 const UiSettings saved = UiSettings::load();
                 m_source->clear();
                 m_dpi->clear();
                 if (!caps) {
                     m_status->setText(clerkMessage(caps.error()));
                     return;
                 }
                 for (const capture::ScanSource& s : caps->sources)
                     m_source->addItem(s.label.isEmpty() ? s.id : s.label, s.id);
                 m_source->setEnabled(!caps->sources.isEmpty());
                 m_source->setCurrentIndex(qMax(0, m_source->findData(saved.scannerSource)));
                 QList<int> dpis =
                     caps->resolutions.isEmpty() ? QList<int>{150, 200, 300, 400, 600} : caps->resolutions;
                 for (int dpi : std::as_const(dpis))
                     m_dpi->addItem(tr("%1 dpi").arg(dpi), dpi);
                 int wanted = m_dpi->findData(saved.scannerDpi);
                 if (wanted < 0)
                     wanted = m_dpi->findData(300);
                 m_dpi->setCurrentIndex(qMax(0, wanted));
                 if (saved.scannerColor)
                     m_mode->setCurrentIndex(m_mode->findData(int(capture::ColourMode::Colour)));
             });
}

capture::ScanSettings ScanDialog::settings() const
{
    capture::ScanSettings s;
    s.source = m_source->currentData().toString();
    s.dpi = m_dpi->currentData().toInt() > 0 ? m_dpi->currentData().toInt() : 300;
    s.mode = capture::ColourMode(m_mode->currentData().toInt());
    return s;
}

void ScanDialog::setRunning(bool running, bool waiting)
{
    m_running = running;
    m_send->setEnabled(m_job && !m_finished && m_waiting > 0);
    m_strip->setEditable(m_job && !m_finished);
    m_start->setEnabled(!running && !waiting && !m_job);
    m_pause->setEnabled(running);
    m_continue->setEnabled(waiting);
    m_finish->setEnabled(waiting);
    for (QWidget* w : {static_cast<QWidget*>(m_device), static_cast<QWidget*>(m_sheets)})
        w->setEnabled(!m_job);
}

void ScanDialog::startScan()
{
    const QString device = m_device->currentData().toString();
    if (device.isEmpty()) {
        m_status->setText(tr("Choose a scanner first."));
        return;
    }
    UiSettings saved = UiSettings::load();
    saved.scannerDevice = device;
    saved.scannerSource = m_source->currentData().toString();
    saved.scannerDpi = settings().dpi;
    saved.save();
    ingest::ScanOptions options;
    options.sheetsPerDocument = m_sheets->value();
    options.reviewBeforeReading = true;
    m_job =
        new ingest::ScanJob(m_store->sessionForJobs(), m_batchId, device, settings(), options, m_pool, this);
    connect(m_job, &ingest::ScanJob::pageScanned, this, [this](int pages, int, bool) {
        m_pages = pages;
        showCounter();
    });
    connect(m_job, &ingest::ScanJob::reviewChanged, this, [this] {
        if (!m_job)
            return;
        const std::vector<ingest::ReviewPage> pages = m_job->reviewPages();
        m_waiting = int(pages.size());
        m_strip->setPages(pages);
        m_send->setEnabled(!m_finished && m_waiting > 0);
        showCounter();
        Q_EMIT pagesChanged(m_waiting);
    });
    connect(m_job, &ingest::ScanJob::pagesSent, this, [this](int pages, int documents) {
        m_sent += pages;
        m_status->setText(tr("%n page(s) sent to reading", nullptr, pages) + QStringLiteral(" (") +
                          tr("%n document(s)", nullptr, documents) + QStringLiteral("). ") +
                          tr("Scan more with Continue, or Finish."));
    });
    connect(m_job, &ingest::ScanJob::sendFailed, this,
            [this](const QString& message) { m_status->setText(message); });
    connect(m_job, &ingest::ScanJob::passEnded, this, [this](int pages, bool feederEmpty, bool paused) {
        m_pages = pages;
        setRunning(false, true);
        m_status->setText(
            paused ? tr("Paused. Check the pages, then Continue to scan the rest, or Send to reading.")
            : feederEmpty
                ? tr("The feeder is empty. Check the pages, load more and Continue, or Send to reading.")
                : tr("Page scanned. Check it, put the next one and Continue, or Send to reading."));
        Q_EMIT passFinished();
    });
    connect(m_job, &ingest::ScanJob::scannerError, this,
            [this](const QString&, const QString& message, int kept) {
                setRunning(false, true);
                m_status->setText(
                    tr("%1\nThe %n page(s) scanned before are kept. Fix the paper, then Continue, or Finish.",
                       nullptr, kept)
                        .arg(message));
            });
    connect(m_job, &ingest::ScanJob::documentFinished, this, [this] { Q_EMIT m_store->storeChanged(); });
    connect(m_job, &ingest::ScanJob::progress, this, [this](int done, int total, double perMinute) {
        m_readingText = tr("read: %1 of %2 (%3 pages/min)").arg(done).arg(total).arg(perMinute, 0, 'f', 1);
        showCounter();
    });
    connect(m_job, &ingest::ScanJob::finished, this, [this](int stored, int failed, bool cancelled) {
        m_finished = true;
        m_stored = stored;
        setRunning(false, false);
        m_finish->setEnabled(false);
        m_status->setText(
            cancelled ? tr("Scanning cancelled; %n document(s) stored before are kept.", nullptr, stored)
                      : tr("Done: %n document(s) stored in the batch.", nullptr, stored) +
                            (failed ? QLatin1Char(' ') + tr("%n could not be stored.", nullptr, failed)
                                    : QString()));
        Q_EMIT m_store->storeChanged();
        Q_EMIT scanFinished(stored, failed, cancelled);
    });
    if (auto ok = m_job->start(); !ok) {
        m_status->setText(clerkMessage(ok.error()));
        delete m_job;
        m_job = nullptr;
        setRunning(false, false);
        return;
    }
    setRunning(true, false);
    m_status->setText(tr("Scanning..."));
}

void ScanDialog::showCounter()
{
    QString text = tr("Pages scanned: %1").arg(m_pages);
    if (m_waiting > 0)
        text += QStringLiteral(" - ") + tr("to check: %1").arg(m_waiting);
    if (!m_readingText.isEmpty())
        text += QStringLiteral(" - ") + m_readingText;
    m_counter->setText(text);
}

void ScanDialog::sendToReading()
{
    if (!m_job || m_finished || m_waiting == 0)
        return;
    m_job->sendToReading();
    m_send->setEnabled(false);
}

void ScanDialog::finishScan()
{
    if (!m_job)
        return;
    m_job->finish();
    m_pause->setEnabled(false);
    m_continue->setEnabled(false);
    m_finish->setEnabled(false);
    m_strip->setEditable(false);
    m_send->setEnabled(false);
    m_status->setText(tr("Reading the last pages and storing them..."));
}

void ScanDialog::reject()
{
    // Leaving with pages held: store them rather than drop them silently.
    if (m_job && !m_finished) {
        finishScan();
        connect(this, &ScanDialog::scanFinished, this, [this] { QDialog::reject(); });
        return;
    }
    QDialog::reject();
}

} // namespace sohoa::ui
