#include "ui/review/RecordDetail.h"

#include "core/records/RecordRepository.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/Messages.h"
#include "ui/common/PageImageLoader.h"
#include "ui/common/PageView.h"
#include "ui/common/StoreAccess.h"
#include "ui/verify/FieldFormat.h"
#include "ui/verify/FieldPanel.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace sohoa::ui {

namespace {

struct Loaded {
    records::Record record;
    QList<review::FieldEdit> history;
};

} // namespace

RecordDetail::RecordDetail(StoreAccess* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_loader(new PageImageLoader(store, this))
    , m_view(new PageView(this))
    , m_panel(new FieldPanel(this))
    , m_header(new QLabel(this))
{
    m_header->setObjectName(QStringLiteral("recordHeader"));
    m_header->setWordWrap(true);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_header);
    rl->addWidget(m_panel, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    right->setMinimumWidth(300);
    m_view->setMinimumWidth(360);
    splitter->setSizes({550, 450});
    rememberSplitter(splitter, store->actor(), QStringLiteral("review-detail"));
    rememberZoom(m_view, store->actor(), QStringLiteral("review"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_loader, &PageImageLoader::pageLoaded, this, &RecordDetail::pageLoaded);
    connect(m_loader, &PageImageLoader::pageFailed, this, [this](qint64, int, const QString& message) {
        m_view->setImage({});
        m_view->setPlaceholder(message);
    });
    connect(m_panel, &FieldPanel::fieldFocused, this, &RecordDetail::fieldFocused);
    clear();
}

void RecordDetail::clear(const QString& message)
{
    ++m_generation;
    m_record = {};
    m_history.clear();
    m_header->clear();
    m_panel->clear(message.isEmpty() ? tr("Choose a record in the list.") : message);
    m_view->setImage({});
}

void RecordDetail::showRecord(qint64 recordId)
{
    const quint64 generation = ++m_generation;
    whenDone(
        m_store->read([recordId](store::Database& db) -> Result<Loaded> {
            auto r = records::loadRecord(db, recordId);
            if (!r)
                return r.error();
            auto h = review::fieldHistory(db, recordId);
            if (!h)
                return h.error();
            return Loaded{*r, *h};
        }),
        this, [this, generation](const Result<Loaded>& loaded) {
            if (generation != m_generation)
                return;
            if (!loaded) {
                clear(clerkMessage(loaded.error()));
                return;
            }
            m_record = loaded->record;
            m_history = loaded->history;
            m_panel->setRecord(m_record, true);
            QMap<QString, QStringList> lines;
            const records::RecordType* type = m_panel->type();
            for (const review::FieldEdit& e : std::as_const(m_history)) {
                const records::FieldDef* def = type ? type->field(e.field) : nullptr;
                const QString old = def ? displayValue(*def, e.oldValue) : e.oldValue;
                lines[e.field].append(
                    tr("Corrected by %1 on %2; was: %3")
                        .arg(e.editedBy, localTime(e.editedAt), old.isEmpty() ? tr("(empty)") : old));
            }
            m_panel->setHistory(lines);
            QString header = tr("<b>%1 no. %2</b> - %3")
                                 .arg(recordTypeName(m_record.type))
                                 .arg(m_record.id)
                                 .arg(stateLabel(m_record.state));
            if (!m_record.verifiedBy.isEmpty())
                header +=
                    tr("<br>Verified by %1 on %2").arg(m_record.verifiedBy, localTime(m_record.verifiedAt));
            if (!m_record.decidedBy.isEmpty())
                header +=
                    tr("<br>Decided by %1 on %2").arg(m_record.decidedBy, localTime(m_record.decidedAt));
            if (!m_record.rejectReason.isEmpty())
                header += tr("<br>Reason: %1").arg(m_record.rejectReason.toHtmlEscaped());
            header += tr("<br>%n correction(s) by clerks", nullptr, int(m_history.size()));
            m_header->setText(header);
            m_shownPage = 0;
            if (m_record.documentId) {
                m_shownPage = m_record.pageNo;
                m_loader->request(m_record.documentId, m_record.pageNo);
            } else {
                m_view->setImage({});
                m_view->setPlaceholder(tr("This record was keyed without a scanned page."));
            }
            Q_EMIT recordLoaded(m_record);
        });
}

void RecordDetail::pageLoaded(const LoadedPage& page)
{
    if (page.documentId != m_record.documentId)
        return;
    m_shownPage = page.pageNo;
    m_view->setImage(page.image);
    QList<QRect> boxes;
    for (const records::FieldValue& f : std::as_const(m_record.fields))
        if ((f.page == page.pageNo || f.page == 0) && !f.box.isNull())
            boxes.append(f.box);
    m_view->setOtherBoxes(boxes);
}

void RecordDetail::fieldFocused(const QString& key)
{
    const records::FieldValue f = m_record.fields.value(key);
    const int page = f.page > 0 ? f.page : m_record.pageNo;
    if (m_record.documentId && page != m_shownPage) {
        m_shownPage = page;
        m_loader->request(m_record.documentId, page);
        return;
    }
    m_view->setFocusBox(f.box);
}

} // namespace sohoa::ui
