#include "ui/keying/KeyingPage.h"

#include "core/batches/BatchRepository.h"
#include "core/records/RecordType.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/Messages.h"
#include "ui/common/PageImageLoader.h"
#include "ui/common/PageView.h"
#include "ui/common/StoreAccess.h"
#include "ui/keying/ResolvePanel.h"
#include "ui/verify/FieldPanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sohoa::ui {

KeyingPage::KeyingPage(StoreAccess* store, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_loader(new PageImageLoader(store, this))
    , m_batch(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_layoutBox(new QComboBox(this))
    , m_entriesPerPage(new QSpinBox(this))
    , m_pages(new QListWidget(this))
    , m_entries(new QLabel(this))
    , m_message(new QLabel(this))
    , m_view(new PageView(this))
    , m_panel(new FieldPanel(this))
    , m_resolve(new ResolvePanel(store, this))
    , m_right(new QStackedWidget(this))
    , m_drawZones(new QPushButton(tr("&Draw zones"), this))
    , m_zoneTarget(new QComboBox(this))
{
    setUpWidgets();
    QAction* save = createActions();
    buildLayout(save);
    connectSignals(save);
    newForm();
    updateModeUi();
}

// Names, items and hints of the page's own widgets.
void KeyingPage::setUpWidgets()
{
    m_batch->setObjectName(QStringLiteral("keyingBatch"));
    m_mode->setObjectName(QStringLiteral("keyingMode"));
    m_type->setObjectName(QStringLiteral("keyingType"));
    m_pages->setObjectName(QStringLiteral("keyingPages"));
    m_message->setObjectName(QStringLiteral("keyingMessage"));
    m_message->setWordWrap(true);
    m_entries->setWordWrap(true);
    m_mode->addItem(tr("First keying"), int(Mode::First));
    m_mode->addItem(tr("Second keying (blind)"), int(Mode::Second));
    m_mode->addItem(tr("Resolve differences"), int(Mode::Resolve));
    for (const records::RecordType* t : records::RecordTypeRegistry::builtin().all())
        m_type->addItem(t->name(), t->id);
    m_entriesPerPage->setRange(1, 50);
    m_entriesPerPage->setToolTip(tr("How many entries one page of this book holds"));
    m_drawZones->setCheckable(true);
    m_drawZones->setToolTip(
        tr("Drag on the page to mark where the chosen field (or the whole entry) is written; "
           "the zones are kept for every page of this book layout (Ctrl+D)"));
    m_pages->setMinimumWidth(180);
    // Long file names wrap (anywhere when they have no spaces) instead of
    // running off the list; the tooltip has the whole line too.
    m_pages->setWordWrap(true);
    m_pages->setTextElideMode(Qt::ElideMiddle);
    m_pages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->setResizeMode(QListView::Adjust);
}

// The page's keyboard actions (shown in the main window's menu); returns "Save entry".
QAction* KeyingPage::createActions()
{
    auto action = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    keys.first().toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        return a;
    };
    QAction* save = action(tr("&Save entry"),
                           {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                           [this] { saveOrResolve(); });
    action(tr("&Next page"), {QKeySequence(Qt::Key_PageDown)}, [this] { selectPage(m_pageIndex + 1); });
    action(tr("&Previous page"), {QKeySequence(Qt::Key_PageUp)}, [this] { selectPage(m_pageIndex - 1); });
    action(tr("Dra&w zones"), {QKeySequence(Qt::CTRL | Qt::Key_D)}, [this] { m_drawZones->toggle(); });
    action(tr("Zoom &in"), {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
           [this] { m_view->zoomIn(); });
    action(tr("Zoom &out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { m_view->zoomOut(); });
    action(tr("&Whole page"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_view->fitToWindow(); });

    return save;
}

void KeyingPage::buildLayout(QAction* save)
{
    auto* top = new QHBoxLayout;
    auto addLabeled = [&](const QString& text, QWidget* w, int stretch = 0) {
        auto* l = new QLabel(text, this);
        l->setBuddy(w);
        top->addWidget(l);
        top->addWidget(w, stretch);
    };
    addLabeled(tr("&Batch:"), m_batch, 1);
    addLabeled(tr("&Mode:"), m_mode);
    addLabeled(tr("Record &type:"), m_type);

    auto* layoutBar = new QHBoxLayout;
    auto* layoutLabel = new QLabel(tr("Book &layout:"), this);
    layoutLabel->setBuddy(m_layoutBox);
    layoutBar->addWidget(layoutLabel);
    layoutBar->addWidget(m_layoutBox, 1);
    layoutBar->addWidget(new QLabel(tr("Entries per page:"), this));
    layoutBar->addWidget(m_entriesPerPage);
    layoutBar->addWidget(m_drawZones);
    layoutBar->addWidget(m_zoneTarget);
    m_saveLayoutButton = new QPushButton(tr("Save layout..."), this);
    layoutBar->addWidget(m_saveLayoutButton);

    m_saveButton = new QPushButton(tr("Save entry"), this);
    m_saveButton->setObjectName(QStringLiteral("saveEntry"));
    m_saveButton->setToolTip(save->toolTip());
    m_saveButton->setFocusPolicy(Qt::NoFocus);
    auto* formSide = new QWidget(this);
    auto* fl = new QVBoxLayout(formSide);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(m_entries);
    fl->addWidget(m_panel, 1);
    fl->addWidget(m_saveButton, 0, Qt::AlignRight);
    m_right->addWidget(formSide);
    m_right->addWidget(m_resolve);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_view);
    splitter->addWidget(m_right);
    // The handwriting gets the room: the page list stays narrow, the image
    // never shrinks below a readable width, the form keeps what it needs.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    m_right->setMinimumWidth(320);
    m_view->setMinimumWidth(420);
    splitter->setSizes({180, 700, 420});
    rememberSplitter(splitter, m_store->actor(), QStringLiteral("keying"));
    rememberZoom(m_view, m_store->actor(), QStringLiteral("keying"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(layoutBar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
}

void KeyingPage::connectSignals(QAction* save)
{
    connect(m_saveButton, &QPushButton::clicked, save, &QAction::trigger);
    connect(m_batch, &QComboBox::activated, this, [this] { openBatch(m_batch->currentData().toLongLong()); });
    connect(m_mode, &QComboBox::activated, this, [this] { setMode(Mode(m_mode->currentData().toInt())); });
    connect(m_type, &QComboBox::activated, this, [this] {
        newForm();
        loadLayouts(0);
    });
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_pageIndex)
            selectPage(row);
    });
    connect(m_loader, &PageImageLoader::pageLoaded, this, &KeyingPage::pageLoaded);
    connect(m_loader, &PageImageLoader::pageFailed, this, [this](qint64, int, const QString& text) {
        m_view->setImage({});
        m_view->setPlaceholder(text);
    });
    connect(m_panel, &FieldPanel::fieldFocused, this, &KeyingPage::fieldFocused);
    connect(m_panel, &FieldPanel::fieldAccepted, this, &KeyingPage::fieldAccepted);
    connect(m_drawZones, &QPushButton::toggled, this, &KeyingPage::drawZonesToggled);
    connect(m_view, &PageView::zoneDrawn, this, &KeyingPage::zoneDrawn);
    connect(m_layoutBox, &QComboBox::activated, this, &KeyingPage::layoutChosen);
    connect(m_entriesPerPage, &QSpinBox::valueChanged, this, [this](int n) {
        if (m_layout)
            m_layout->entriesPerPage = n;
    });
    connect(m_saveLayoutButton, &QPushButton::clicked, this, &KeyingPage::askLayoutName);
    connect(m_resolve, &ResolvePanel::resolved, this, [this] {
        showMessage(m_resolve->message(), false);
        reloadPages(m_pageIndex);
    });
    connect(m_resolve, &ResolvePanel::failed, this, [this](const QString& text) { showMessage(text, true); });
    connect(m_store, &StoreAccess::storeChanged, this, [this] {
        if (isVisible() && !m_busy)
            reloadPages(m_pageIndex);
    });
}

// Ctrl+Enter: saves the entry, or takes the first difference's choice when resolving.
void KeyingPage::saveOrResolve()
{
    if (m_mode->currentData().toInt() == int(Mode::Resolve))
        m_resolve->resolveFirst();
    else
        saveEntry();
}

// Enter moves on through the form; on the last field it saves the entry.
void KeyingPage::fieldAccepted(const QString& key)
{
    const QStringList keys = m_panel->keys();
    const int i = int(keys.indexOf(key));
    if (i >= 0 && i + 1 < keys.size())
        m_panel->focusField(keys[i + 1]);
    else
        saveEntry();
}

void KeyingPage::drawZonesToggled(bool on)
{
    m_view->setDrawingZone(on);
    showMessage(on ? tr("Drag a rectangle on the page around \"%1\" of entry %2.")
                         .arg(m_zoneTarget->currentText())
                         .arg(currentEntryNo())
                   : QString(),
                false);
}

// A saved book layout chosen: its entries per page and zones apply, and the batch remembers it.
void KeyingPage::layoutChosen()
{
    const qint64 id = m_layoutBox->currentData().toLongLong();
    m_layout.reset();
    for (const keying::BookLayout& l : std::as_const(m_layouts))
        if (l.id == id)
            m_layout = l;
    if (m_layout) {
        m_entriesPerPage->setValue(m_layout->entriesPerPage);
        if (m_batchId)
            whenDone(m_store->write([batch = m_batchId, id](accounts::Session& s) {
                return keying::useLayoutForBatch(s, batch, id);
            }),
                     this, [this](const Result<void>& r) {
                         if (!r)
                             showMessage(clerkMessage(r.error()), true);
                     });
    }
    showZone();
}

void KeyingPage::askLayoutName()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save book layout"));
    dialog->setLabelText(tr("Name of this book layout (e.g. \"Birth register 1990-2005\"):"));
    dialog->setTextValue(m_layout && !m_layout->name.isEmpty()
                             ? m_layout->name
                             : m_type->currentText() + QStringLiteral(" - ") + m_batch->currentText());
    connect(dialog, &QInputDialog::textValueSelected, this, &KeyingPage::saveLayout);
    dialog->open();
}

QString KeyingPage::title() const
{
    return tr("Key by hand");
}

QString KeyingPage::menuTitle() const
{
    return tr("&Keying");
}

QString KeyingPage::message() const
{
    return m_message->text();
}

void KeyingPage::activated()
{
    reloadBatches();
    if (m_batchId)
        reloadPages(m_pageIndex);
}

void KeyingPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b71c1c;") : QString());
}

void KeyingPage::reloadBatches()
{
    whenDone(m_store->read([](store::Database& db) { return batches::listBatches(db); }), this,
             [this](const Result<QList<batches::BatchSummary>>& list) {
                 if (!list)
                     return;
                 m_batch->clear();
                 for (const batches::BatchSummary& b : *list)
                     m_batch->addItem(b.batch.name, b.batch.id);
                 m_batch->setCurrentIndex(m_batch->findData(m_batchId));
             });
}

void KeyingPage::openBatch(qint64 batchId)
{
    m_batchId = batchId;
    m_pageIndex = -1;
    reloadBatches();
    const quint64 generation = ++m_generation;
    whenDone(
        m_store->read(
            [batchId](store::Database& db) -> Result<std::pair<bool, std::optional<keying::BookLayout>>> {
                auto dk = keying::isDoubleKeying(db, batchId);
                if (!dk)
                    return dk.error();
                auto layout = keying::batchLayout(db, batchId);
                if (!layout)
                    return layout.error();
                return std::make_pair(*dk, *layout);
            }),
        this, [this, generation](const Result<std::pair<bool, std::optional<keying::BookLayout>>>& r) {
            if (generation != m_generation)
                return;
            if (!r) {
                showMessage(clerkMessage(r.error()), true);
                return;
            }
            m_doubleKeying = r->first;
            m_layout = r->second;
            if (m_layout) {
                setRecordType(m_layout->recordType);
                m_entriesPerPage->setValue(m_layout->entriesPerPage);
            }
            if (!m_doubleKeying)
                m_mode->setCurrentIndex(0);
            updateModeUi();
            loadLayouts(m_layout ? m_layout->id : 0);
            reloadPages(0);
        });
}

void KeyingPage::loadLayouts(qint64 select)
{
    const QString type = m_type->currentData().toString();
    whenDone(m_store->read([](store::Database& db) { return keying::listLayouts(db); }), this,
             [this, select, type](const Result<QList<keying::BookLayout>>& list) {
                 if (!list)
                     return;
                 m_layouts = *list;
                 m_layoutBox->clear();
                 m_layoutBox->addItem(tr("(no layout: the whole page)"), 0);
                 for (const keying::BookLayout& l : *list)
                     if (l.recordType == type)
                         m_layoutBox->addItem(l.name, l.id);
                 m_layoutBox->setCurrentIndex(qMax(0, m_layoutBox->findData(select)));
             });
}

void KeyingPage::setMode(Mode mode)
{
    if (mode != Mode::First && !m_doubleKeying) {
        showMessage(
            tr("This batch is not keyed twice. A supervisor turns double keying on in the batch list."),
            true);
        m_mode->setCurrentIndex(0);
        mode = Mode::First;
    }
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    updateModeUi();
    newForm();
    loadEntries();
}

void KeyingPage::updateModeUi()
{
    const Mode mode = Mode(m_mode->currentData().toInt());
    m_mode->setEnabled(m_doubleKeying);
    m_right->setCurrentIndex(mode == Mode::Resolve ? 1 : 0);
}

void KeyingPage::setRecordType(const QString& type)
{
    const int i = m_type->findData(type);
    if (i >= 0 && i != m_type->currentIndex()) {
        m_type->setCurrentIndex(i);
        newForm();
    }
}

void KeyingPage::reloadPages(int keepIndex)
{
    if (!m_batchId)
        return;
    const qint64 batch = m_batchId;
    whenDone(m_store->read([batch](store::Database& db) { return keying::keyingPages(db, batch); }), this,
             [this, keepIndex, batch](const Result<QList<keying::KeyingPage>>& pages) {
                 if (batch != m_batchId)
                     return;
                 if (!pages) {
                     showMessage(clerkMessage(pages.error()), true);
                     return;
                 }
                 m_pageRefs = *pages;
                 const QSignalBlocker block(m_pages);
                 m_pages->clear();
                 for (const keying::KeyingPage& p : std::as_const(m_pageRefs)) {
                     QString text = tr("%1, page %2").arg(p.sourceName).arg(p.pageNo);
                     QStringList parts;
                     parts.append(tr("%n record(s)", nullptr, p.records));
                     if (p.documentStatus == QLatin1String("ocr_failed"))
                         parts.append(tr("OCR could not read it"));
                     if (m_doubleKeying)
                         parts.append(tr("2nd keying: %1/%2").arg(p.secondKeyed).arg(p.keyed));
                     if (p.unresolved)
                         parts.append(tr("%n to resolve", nullptr, p.unresolved));
                     auto* item = new QListWidgetItem(
                         text + QStringLiteral("\n") + parts.join(QStringLiteral(", ")), m_pages);
                     item->setToolTip(item->text());
                     if (p.records == 0)
                         item->setForeground(errorColor());
                 }
                 if (m_pageRefs.isEmpty()) {
                     m_pageIndex = -1;
                     m_view->setImage({});
                     m_view->setPlaceholder(tr("This batch has no pages yet. Import or scan them first."));
                     Q_EMIT pagesLoaded();
                     return;
                 }
                 const int index = qBound(0, keepIndex, int(m_pageRefs.size()) - 1);
                 const bool samePage = index == m_pageIndex;
                 m_pageIndex = index;
                 m_pages->setCurrentRow(index);
                 if (!samePage)
                     m_loader->request(m_pageRefs[index].documentId, m_pageRefs[index].pageNo);
                 loadEntries();
                 Q_EMIT pagesLoaded();
             });
}

void KeyingPage::selectPage(int index)
{
    if (index < 0 || index >= m_pageRefs.size())
        return;
    m_pageIndex = index;
    {
        const QSignalBlocker block(m_pages);
        m_pages->setCurrentRow(index);
    }
    m_loader->request(m_pageRefs[index].documentId, m_pageRefs[index].pageNo);
    newForm();
    loadEntries();
}

void KeyingPage::loadEntries()
{
    if (m_pageIndex < 0 || m_pageIndex >= m_pageRefs.size())
        return;
    const keying::KeyingPage ref = m_pageRefs[m_pageIndex];
    ++m_entriesLoading;
    whenDone(m_store->read(
                 [ref](store::Database& db) { return keying::pageEntries(db, ref.documentId, ref.pageNo); }),
             this, [this, ref](const Result<QList<keying::PageEntry>>& entries) {
                 --m_entriesLoading;
                 // Which entry a second pass is for depends on the entries: a save asked
                 // for before they arrived goes ahead now.
                 auto saveIfAsked = qScopeGuard([this] {
                     if (m_entriesLoading == 0 && m_saveAfterLoad) {
                         m_saveAfterLoad = false;
                         m_busy = false;
                         saveEntry();
                     }
                 });
                 if (m_pageIndex < 0 || m_pageRefs.value(m_pageIndex).documentId != ref.documentId ||
                     m_pageRefs.value(m_pageIndex).pageNo != ref.pageNo || !entries)
                     return;
                 m_pageEntries = *entries;
                 const Mode mode = Mode(m_mode->currentData().toInt());
                 int first = 0, second = 0;
                 for (const keying::PageEntry& e : std::as_const(m_pageEntries)) {
                     first += e.recordId ? 1 : 0;
                     second += e.secondPass ? 1 : 0;
                 }
                 // Blind: the second keyer sees how many entries exist, never their values.
                 QString text = tr("Entries keyed on this page: %1.").arg(first);
                 if (m_doubleKeying)
                     text += QLatin1Char(' ') + tr("Keyed a second time: %1.").arg(second);
                 text += QLatin1Char(' ') + tr("Now keying entry %1.").arg(currentEntryNo());
                 m_entries->setText(text);
                 if (mode == Mode::Resolve)
                     m_resolve->showEntries(m_pageEntries);
                 showZone();
             });
}

int KeyingPage::currentEntryNo() const
{
    const Mode mode = Mode(m_mode->currentData().toInt());
    if (mode == Mode::Second) {
        for (const keying::PageEntry& e : m_pageEntries)
            if (e.recordId && !e.secondPass)
                return e.entryNo;
        int maxNo = 0;
        for (const keying::PageEntry& e : m_pageEntries)
            maxNo = qMax(maxNo, e.entryNo);
        return maxNo + 1;
    }
    int maxNo = 0;
    for (const keying::PageEntry& e : m_pageEntries)
        if (e.recordId)
            maxNo = qMax(maxNo, e.entryNo);
    return maxNo + 1;
}

void KeyingPage::newForm()
{
    records::Record empty;
    empty.type = m_type->currentData().toString();
    m_panel->setRecord(empty, false);
    m_zoneTarget->clear();
    m_zoneTarget->addItem(tr("Whole entry"), QString());
    if (const records::RecordType* t = m_panel->type())
        for (const records::FieldDef& f : t->fields)
            m_zoneTarget->addItem(f.label(), f.key);
    const QStringList keys = m_panel->keys();
    if (!keys.isEmpty() && isVisible())
        m_panel->focusField(keys.first());
}

void KeyingPage::pageLoaded(const LoadedPage& page)
{
    if (m_pageIndex < 0 || page.documentId != m_pageRefs[m_pageIndex].documentId ||
        page.pageNo != m_pageRefs[m_pageIndex].pageNo)
        return;
    m_pageSize = page.image.size();
    m_view->setImage(page.image);
    showZone();
}

void KeyingPage::fieldFocused(const QString& key)
{
    m_focusedField = key;
    const int i = m_zoneTarget->findData(key);
    if (i >= 0 && !m_drawZones->isChecked())
        m_zoneTarget->setCurrentIndex(i);
    showZone();
}

void KeyingPage::showZone()
{
    if (!m_layout || m_pageSize.isEmpty()) {
        m_view->setFocusBox({});
        return;
    }
    const int entry = qMin(currentEntryNo(), qMax(1, m_layout->entriesPerPage));
    const QRect entryZone = keying::zoneOnPage(*m_layout, entry, QString(), m_pageSize);
    QList<QRect> others;
    if (!entryZone.isNull())
        others.append(entryZone);
    m_view->setOtherBoxes(others);
    m_view->setFocusBox(keying::zoneOnPage(*m_layout, entry, m_focusedField, m_pageSize));
}

void KeyingPage::setZone(int entry, const QString& field, const QRect& pixels)
{
    if (!m_layout) {
        keying::BookLayout l;
        l.recordType = m_type->currentData().toString();
        l.entriesPerPage = m_entriesPerPage->value();
        m_layout = l;
    }
    const QRectF fraction = keying::zoneFraction(pixels, m_pageSize);
    bool replaced = false;
    for (keying::Zone& z : m_layout->zones)
        if (z.entry == entry && z.field == field) {
            z.rect = fraction;
            replaced = true;
        }
    if (!replaced)
        m_layout->zones.append({entry, field, fraction});
    showZone();
}

void KeyingPage::zoneDrawn(const QRect& box)
{
    const QString field = m_zoneTarget->currentData().toString();
    const int entry = qMin(currentEntryNo(), qMax(1, m_entriesPerPage->value()));
    setZone(entry, field, box);
    showMessage(
        tr("Zone of \"%1\" for entry %2 drawn. Draw the others, then \"Save layout...\" to keep them for "
           "every page of this book.")
            .arg(m_zoneTarget->currentText())
            .arg(entry),
        false);
    // Next target: the following field.
    if (m_zoneTarget->currentIndex() + 1 < m_zoneTarget->count())
        m_zoneTarget->setCurrentIndex(m_zoneTarget->currentIndex() + 1);
}

void KeyingPage::saveLayout(const QString& name)
{
    keying::BookLayout l = m_layout.value_or(keying::BookLayout{});
    l.name = name;
    l.recordType = m_type->currentData().toString();
    l.entriesPerPage = m_entriesPerPage->value();
    const qint64 batch = m_batchId;
    whenDone(m_store->write([l, batch](accounts::Session& s) -> Result<keying::BookLayout> {
        auto saved = keying::saveLayout(s, l);
        if (!saved)
            return saved.error();
        if (batch)
            SOHOA_TRY(keying::useLayoutForBatch(s, batch, saved->id));
        return saved;
    }),
             this, [this](const Result<keying::BookLayout>& saved) {
                 if (!saved) {
                     showMessage(clerkMessage(saved.error()), true);
                     return;
                 }
                 m_layout = *saved;
                 m_drawZones->setChecked(false);
                 loadLayouts(saved->id);
                 showMessage(tr("Book layout \"%1\" saved; its zones are shown on every page of this batch.")
                                 .arg(saved->name),
                             false);
                 Q_EMIT layoutSaved();
             });
}

void KeyingPage::saveEntry()
{
    if (m_pageIndex < 0 || m_pageIndex >= m_pageRefs.size() || m_busy)
        return;
    QMap<QString, QString> values;
    for (const QString& key : m_panel->keys()) {
        QString problem;
        const QString v = m_panel->typedValue(key, &problem);
        if (!problem.isEmpty()) {
            m_panel->setFieldNote(key, problem);
            m_panel->focusField(key);
            return;
        }
        if (!v.isEmpty())
            values.insert(key, v);
    }
    if (values.isEmpty()) {
        showMessage(tr("Type the entry's fields first."), true);
        return;
    }
    const keying::KeyingPage ref = m_pageRefs[m_pageIndex];
    const QString type = m_type->currentData().toString();
    const Mode mode = Mode(m_mode->currentData().toInt());
    if (mode == Mode::Second && m_entriesLoading > 0) {
        m_busy = true;
        m_saveAfterLoad = true;
        return;
    }
    const int entry = currentEntryNo();
    m_busy = true;
    if (mode == Mode::Second) {
        whenDone(m_store->write([ref, type, entry, values](accounts::Session& s) {
            return keying::keySecondPass(s, ref.documentId, ref.pageNo, entry, type, values);
        }),
                 this, [this, entry](const Result<void>& r) {
                     m_busy = false;
                     if (!r) {
                         showMessage(clerkMessage(r.error()), true);
                         return;
                     }
                     showMessage(tr("Entry %1 keyed a second time.").arg(entry), false);
                     newForm();
                     reloadPages(m_pageIndex);
                     Q_EMIT secondPassSaved();
                 });
        return;
    }
    whenDone(m_store->write([ref, type, values](accounts::Session& s) {
        return keying::keyEntry(s, ref.documentId, ref.pageNo, type, values);
    }),
             this, [this](const Result<qint64>& id) {
                 m_busy = false;
                 if (!id) {
                     showMessage(clerkMessage(id.error()), true);
                     return;
                 }
                 showMessage(
                     tr("Entry saved as record %1. Key the next entry of this page, or PgDown for the next "
                        "page.")
                         .arg(*id),
                     false);
                 newForm();
                 reloadPages(m_pageIndex);
                 Q_EMIT entrySaved(*id);
             });
}

} // namespace sohoa::ui
