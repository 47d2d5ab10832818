#include "ui/dashboard/DashboardPage.h"

#include "core/common/Clock.h"
#include "core/reporting/DashboardCsv.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent>

namespace sohoa::ui {

namespace {

QChartView* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void attachAxes(QChart* chart, QAbstractSeries* series, const QStringList& categories, int maxValue,
                bool horizontal = false)
{
    auto* cat = new QBarCategoryAxis;
    cat->append(categories);
    auto* val = new QValueAxis;
    val->setRange(0, qMax(1, maxValue));
    val->setLabelFormat(QStringLiteral("%d"));
    val->applyNiceNumbers();
    chart->addAxis(cat, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(val, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cat);
    series->attachAxis(val);
}

} // namespace

DashboardPage::DashboardPage(StoreAccess* store, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_period(new QComboBox(this))
    , m_totals(new QLabel(this))
{
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 365 days"), 365);
    m_period->setCurrentIndex(1);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);

    auto* exportAction = new QAction(tr("&Export figures as CSV..."), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Save these figures for the district (no personal data) (Ctrl+E)"));
    connect(exportAction, &QAction::triggered, this, &DashboardPage::chooseCsvFile);
    auto* refresh = new QAction(tr("Re&fresh"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QAction::triggered, this, &DashboardPage::reload);
    m_actions = {exportAction, refresh};

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    m_byState = makeView(content, QStringLiteral("chartByState"));
    m_perAccount = makeView(content, QStringLiteral("chartPerAccount"));
    m_pages = makeView(content, QStringLiteral("chartPages"));
    m_issues = makeView(content, QStringLiteral("chartIssues"));
    m_sync = makeView(content, QStringLiteral("chartSync"));
    grid->addWidget(m_byState, 0, 0);
    grid->addWidget(m_perAccount, 0, 1);
    grid->addWidget(m_pages, 1, 0);
    grid->addWidget(m_issues, 1, 1);
    grid->addWidget(m_sync, 2, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* top = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch();
    auto* exportButton = new QPushButton(tr("Export CSV"), this);
    exportButton->setToolTip(exportAction->toolTip());
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_totals);
    layout->addWidget(scroll, 1);

    connect(m_period, &QComboBox::activated, this, &DashboardPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &DashboardPage::chooseCsvFile);
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(1500);
    connect(debounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    connect(m_store, &StoreAccess::storeChanged, debounce, qOverload<>(&QTimer::start));
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QString DashboardPage::menuTitle() const
{
    return tr("&Figures");
}

void DashboardPage::activated()
{
    reload();
}

void DashboardPage::reload()
{
    const int days = m_period->currentData().toInt();
    const QDate to = todayInVietnam(); // the days counted are Viet Nam days, whatever the PC's zone
    const QDate from = to.addDays(1 - days);
    const quint64 generation = ++m_generation;
    m_totals->setText(tr("Counting..."));
    whenDone(
        m_store->read([from, to](store::Database& db) { return reporting::loadDashboard(db, from, to); }),
        this, [this, generation](const Result<reporting::DashboardData>& d) {
            if (generation != m_generation)
                return;
            if (!d) {
                m_totals->setText(clerkMessage(d.error()));
                return;
            }
            show(*d);
        });
}

void DashboardPage::show(const reporting::DashboardData& d)
{
    m_data = d;
    m_loaded = true;
    int approved = 0, toVerify = 0;
    for (const int n : d.recordsByStateAndType.value(QStringLiteral("approved")))
        approved += n;
    for (const int n : d.recordsByStateAndType.value(QStringLiteral("to_verify")))
        toVerify += n;
    m_totals->setText(tr("%1 batches, %2 documents, %3 pages, %4 records: %5 approved, %6 still to verify.")
                          .arg(d.batches)
                          .arg(d.documents)
                          .arg(d.pages)
                          .arg(d.records)
                          .arg(approved)
                          .arg(toVerify));

    // Records by state, one stacked colour per record type.
    {
        QChart* chart = newChart(tr("Records by state and type"));
        auto* series = new QStackedBarSeries;
        const QStringList states = {QStringLiteral("to_verify"), QStringLiteral("verified"),
                                    QStringLiteral("approved"), QStringLiteral("rejected")};
        QStringList types;
        for (const auto& byType : d.recordsByStateAndType)
            for (auto it = byType.constBegin(); it != byType.constEnd(); ++it)
                if (!types.contains(it.key()))
                    types.append(it.key());
        int maxValue = 0;
        QList<int> stackTotals(states.size(), 0);
        for (const QString& type : std::as_const(types)) {
            auto* set = new QBarSet(recordTypeName(type));
            for (int i = 0; i < states.size(); ++i) {
                const int n = d.recordsByStateAndType.value(states[i]).value(type);
                *set << n;
                stackTotals[i] += n;
            }
            series->append(set);
        }
        for (int n : std::as_const(stackTotals))
            maxValue = qMax(maxValue, n);
        QStringList labels;
        for (const QString& s : states)
            labels.append(stateLabel(s));
        chart->addSeries(series);
        attachAxes(chart, series, labels, maxValue);
        m_byState->setChart(chart);
    }

    // Confirmed records per account per day.
    {
        QChart* chart = newChart(tr("Records confirmed per clerk per day"));
        auto* series = new QBarSeries;
        QStringList days, accounts;
        for (const auto& a : d.perAccountDay) {
            const QString day = a.day.toString(QStringLiteral("dd/MM"));
            if (!days.contains(day))
                days.append(day);
            if (a.confirmed + a.keyed > 0 && !accounts.contains(a.account))
                accounts.append(a.account);
        }
        int maxValue = 0;
        for (const QString& account : std::as_const(accounts)) {
            auto* set = new QBarSet(account);
            for (const QString& day : std::as_const(days)) {
                int n = 0;
                for (const auto& a : d.perAccountDay)
                    if (a.account == account && a.day.toString(QStringLiteral("dd/MM")) == day)
                        n += a.confirmed;
                *set << n;
                maxValue = qMax(maxValue, n);
            }
            series->append(set);
        }
        chart->addSeries(series);
        attachAxes(chart, series, days, maxValue);
        m_perAccount->setChart(chart);
    }

    // Pages brought in per day.
    {
        QChart* chart = newChart(tr("Pages imported or scanned per day"));
        auto* series = new QBarSeries;
        auto* set = new QBarSet(tr("Pages"));
        QStringList days;
        int maxValue = 0;
        for (auto it = d.pagesPerDay.constBegin(); it != d.pagesPerDay.constEnd(); ++it) {
            days.append(it.key().toString(QStringLiteral("dd/MM")));
            *set << it.value();
            maxValue = qMax(maxValue, it.value());
        }
        series->append(set);
        chart->addSeries(series);
        attachAxes(chart, series, days, maxValue);
        chart->legend()->hide();
        m_pages->setChart(chart);
    }

    // Open issues by code.
    {
        QChart* chart = newChart(tr("Open issues by kind"));
        auto* series = new QHorizontalStackedBarSeries;
        auto* errors = new QBarSet(tr("Errors"));
        auto* warnings = new QBarSet(tr("Warnings"));
        errors->setColor(errorColor());
        warnings->setColor(QColor(255, 179, 0));
        QStringList codes;
        int maxValue = 0;
        for (auto it = d.issuesByCode.constBegin(); it != d.issuesByCode.constEnd(); ++it) {
            codes.append(issueCodeLabel(it.key()));
            *errors << it->errors;
            *warnings << it->warnings;
            maxValue = qMax(maxValue, it->errors + it->warnings);
        }
        series->append(errors);
        series->append(warnings);
        chart->addSeries(series);
        attachAxes(chart, series, codes, maxValue, true);
        m_issues->setChart(chart);
    }

    // Batches on their way to the registry.
    {
        QChart* chart = newChart(tr("Batches on their way to the registry"));
        auto* pie = new QPieSeries;
        for (auto it = d.batchesBySyncState.constBegin(); it != d.batchesBySyncState.constEnd(); ++it)
            pie->append(QStringLiteral("%1 (%2)").arg(syncStateLabel(it.key())).arg(it.value()), it.value());
        chart->addSeries(pie);
        chart->legend()->setAlignment(Qt::AlignRight);
        m_sync->setChart(chart);
    }
    Q_EMIT dataLoaded();
}

void DashboardPage::chooseCsvFile()
{
    const QString suggested =
        QDir::homePath() +
        QStringLiteral("/sohoa-figures-%1.csv").arg(todayInVietnam().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export figures"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void DashboardPage::exportCsv(const QString& path)
{
    if (!m_loaded) {
        Q_EMIT exported(false, tr("The figures are still being counted; try again in a moment."));
        return;
    }
    const QByteArray csv = reporting::dashboardCsv(m_data);
    whenDone(QtConcurrent::run([path, csv]() -> QString {
                 QSaveFile f(path);
                 if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit())
                     return f.errorString().isEmpty() ? QStringLiteral("?") : f.errorString();
                 return {};
             }),
             this, [this, path](const QString& error) {
                 if (!error.isEmpty()) {
                     const QString text = tr("The file could not be written (%1). Choose another folder, for "
                                             "example on the desktop.")
                                              .arg(error);
                     showError(this, tr("Export figures"), Error{QStringLiteral("export.write"), text});
                     Q_EMIT exported(false, text);
                     return;
                 }
                 const QString text = tr("Figures saved to %1.").arg(QDir::toNativeSeparators(path));
                 Q_EMIT statusMessage(text);
                 Q_EMIT exported(true, text);
             });
}

} // namespace sohoa::ui
