#include "ui/search/SearchPage.h"

#include "ui/common/Async.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/review/RecordDetail.h"
#include "ui/search/SearchResultModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sohoa::ui {

namespace {
constexpr int kMaxResults = 200;
}

SearchPage::SearchPage(StoreAccess* store, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_box(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_model(new SearchResultModel(this))
    , m_view(new QTableView(this))
    , m_detail(new RecordDetail(store, this))
    , m_debounce(new QTimer(this))
{
    m_box->setObjectName(QStringLiteral("searchBox"));
    m_box->setPlaceholderText(
        tr("Name, place, number or date - accents not needed (e.g. nguyen van an 2019)"));
    m_box->setClearButtonEnabled(true);
    m_info->setObjectName(QStringLiteral("searchInfo"));
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SearchResultModel::Title, QHeaderView::Stretch);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_box);
    layout->addWidget(m_info);
    layout->addWidget(splitter, 1);

    connect(m_box, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchPage::runSearch);
    connect(m_box, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            runSearch();
        }
        if (m_model->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, SearchResultModel::Title));
            openCurrent();
        }
    });
    connect(m_view, &QTableView::activated, this, &SearchPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const search::SearchHit* h = m_model->hitAt(m_view->currentIndex().row()))
            m_detail->showRecord(h->recordId);
    });
    // Down arrow from the box goes into the results.
    m_box->installEventFilter(this);
    m_detail->clear(tr("Type in the box above; results appear as you type."));
}

QString SearchPage::title() const
{
    return tr("Search");
}

void SearchPage::activated()
{
    m_box->setFocus();
    m_box->selectAll();
}

void SearchPage::setQuery(const QString& text)
{
    m_box->setText(text);
    m_debounce->stop();
    runSearch();
}

void SearchPage::runSearch()
{
    const QString text = m_box->text();
    const quint64 generation = ++m_generation;
    if (text.trimmed().isEmpty()) {
        m_model->setHits({});
        m_info->clear();
        return;
    }
    m_searching = true;
    whenDone(
        m_store->read([text](store::Database& db) { return search::searchRecords(db, text, kMaxResults); }),
        this, [this, generation](const Result<QList<search::SearchHit>>& hits) {
            if (generation != m_generation)
                return;
            m_searching = false;
            if (!hits) {
                m_info->setText(clerkMessage(hits.error()));
                return;
            }
            m_model->setHits(*hits);
            if (!hits->isEmpty())
                m_view->setCurrentIndex(m_model->index(0, SearchResultModel::Title));
            else
                m_detail->clear(tr("Nothing found."));
            if (hits->isEmpty())
                m_info->setText(tr("Nothing found. Check the spelling, or type fewer words."));
            else if (hits->size() >= kMaxResults)
                m_info->setText(
                    tr("The first %1 results; type more words to narrow the search.").arg(kMaxResults));
            else
                m_info->setText(
                    tr("%n record(s) found. Enter opens the selected one.", nullptr, int(hits->size())));
            Q_EMIT resultsShown(int(hits->size()));
        });
}

bool SearchPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_box && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, SearchResultModel::Title));
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void SearchPage::openCurrent()
{
    if (const search::SearchHit* h = m_model->hitAt(m_view->currentIndex().row()))
        Q_EMIT openRecordRequested(h->recordId);
}

void SearchPage::showRecord(qint64 recordId)
{
    m_detail->showRecord(recordId);
}

} // namespace sohoa::ui
