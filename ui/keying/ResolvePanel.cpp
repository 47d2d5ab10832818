#include "ui/keying/ResolvePanel.h"

#include "core/records/RecordType.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/verify/FieldFormat.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sohoa::ui {

ResolvePanel::ResolvePanel(StoreAccess* store, QWidget* parent)
    : QScrollArea(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("resolvePanel"));
    setWidgetResizable(true);
    rebuild();
}

void ResolvePanel::showEntries(const QList<keying::PageEntry>& entries)
{
    m_entries = entries;
    const quint64 generation = ++m_generation;
    QList<qint64> ids;
    for (const keying::PageEntry& e : entries)
        if (e.recordId && e.secondPass)
            ids.append(e.recordId);
    whenDone(m_store->read([ids](store::Database& db) -> Result<QList<Item>> {
        QList<Item> items;
        for (qint64 id : ids) {
            auto s = keying::doubleKeyingState(db, id);
            if (!s)
                return s.error();
            Item item;
            item.recordId = id;
            item.state = *s;
            items.append(item);
        }
        return items;
    }),
             this, [this, generation](const Result<QList<Item>>& items) {
                 if (generation != m_generation)
                     return;
                 if (!items) {
                     Q_EMIT failed(clerkMessage(items.error()));
                     return;
                 }
                 m_items = *items;
                 for (Item& i : m_items)
                     for (const keying::PageEntry& e : std::as_const(m_entries))
                         if (e.recordId == i.recordId)
                             i.type = e.recordType;
                 rebuild();
             });
}

int ResolvePanel::unresolvedCount() const
{
    int n = 0;
    for (const Item& i : m_items)
        if (!i.state.resolved)
            ++n;
    return n;
}

QComboBox* ResolvePanel::choice(qint64 recordId, const QString& field) const
{
    for (const Item& i : m_items)
        if (i.recordId == recordId)
            return i.choices.value(field);
    return nullptr;
}

void ResolvePanel::rebuild()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    bool any = false;
    QWidget* firstFocus = nullptr;
    for (Item& item : m_items) {
        item.choices.clear();
        const records::RecordType* type = records::RecordTypeRegistry::builtin().find(item.type);
        auto* box =
            new QGroupBox(tr("Entry %1 (record no. %2)").arg(item.state.entryNo).arg(item.recordId), content);
        auto* form = new QFormLayout(box);
        if (item.state.resolved) {
            form->addRow(new QLabel(tr("Resolved."), box));
        } else if (item.state.differences.isEmpty()) {
            form->addRow(new QLabel(tr("Both keyings agree. Confirm to close it."), box));
        }
        if (!item.state.resolved) {
            for (const keying::Difference& d : std::as_const(item.state.differences)) {
                const records::FieldDef* def = type ? type->field(d.field) : nullptr;
                auto* combo = new QComboBox(box);
                combo->setObjectName(QStringLiteral("choice_%1_%2").arg(item.recordId).arg(d.field));
                combo->setEditable(true);
                combo->setInsertPolicy(QComboBox::NoInsert);
                const QString first = def ? displayValue(*def, d.first) : d.first;
                const QString second = def ? displayValue(*def, d.second) : d.second;
                combo->addItem(first, d.first);
                combo->addItem(second, d.second);
                combo->setToolTip(tr("1st keying: %1\n2nd keying (%2): %3")
                                      .arg(first.isEmpty() ? tr("(empty)") : first, item.state.secondKeyedBy,
                                           second.isEmpty() ? tr("(empty)") : second));
                const qint64 id = item.recordId;
                const QString field = d.field;
                connect(combo->lineEdit(), &QLineEdit::selectionChanged, this,
                        [this, id, field] { Q_EMIT focusedField(id, field); });
                form->addRow(def ? def->label() : d.field, combo);
                form->addRow(QString(), new QLabel(tr("1st: %1   |   2nd: %2")
                                                       .arg(first.isEmpty() ? tr("(empty)") : first,
                                                            second.isEmpty() ? tr("(empty)") : second),
                                                   box));
                item.choices.insert(d.field, combo);
                if (!firstFocus)
                    firstFocus = combo;
            }
            auto* take = new QPushButton(tr("Take these values"), box);
            take->setObjectName(QStringLiteral("resolve_%1").arg(item.recordId));
            const qint64 id = item.recordId;
            connect(take, &QPushButton::clicked, this, [this, id] { resolve(id); });
            form->addRow(QString(), take);
            any = true;
        }
        layout->addWidget(box);
    }
    for (const keying::PageEntry& e : std::as_const(m_entries))
        if (!e.recordId && e.secondPass)
            layout->addWidget(
                new QLabel(tr("Entry %1 was keyed only the second time. Key it in \"First keying\" "
                              "too, or check the page.")
                               .arg(e.entryNo),
                           content));
    if (m_items.isEmpty())
        layout->addWidget(new QLabel(tr("No entry of this page has been keyed twice yet."), content));
    else if (!any)
        layout->addWidget(new QLabel(tr("Every difference on this page is resolved."), content));
    layout->addStretch();
    setWidget(content);
    if (firstFocus && isVisible())
        firstFocus->setFocus();
}

void ResolvePanel::resolveFirst()
{
    for (const Item& i : std::as_const(m_items))
        if (!i.state.resolved) {
            resolve(i.recordId);
            return;
        }
}

void ResolvePanel::resolve(qint64 recordId)
{
    QMap<QString, QString> chosen;
    QString type;
    for (const Item& i : std::as_const(m_items)) {
        if (i.recordId != recordId)
            continue;
        type = i.type;
        const records::RecordType* def = records::RecordTypeRegistry::builtin().find(i.type);
        for (auto it = i.choices.constBegin(); it != i.choices.constEnd(); ++it) {
            QComboBox* c = it.value();
            // A listed value keeps its canonical form; anything typed is read like a field.
            const int index = c->findText(c->currentText());
            QString value = index >= 0 ? c->itemData(index).toString() : c->currentText();
            if (index < 0 && def && def->field(it.key()))
                value = parseTyped(*def->field(it.key()), c->currentText()).value;
            chosen.insert(it.key(), value);
        }
    }
    whenDone(m_store->write([recordId, chosen](accounts::Session& s) {
        return keying::resolveDifferences(s, recordId, chosen);
    }),
             this, [this, recordId](const Result<void>& r) {
                 if (!r) {
                     m_messageText = clerkMessage(r.error());
                     Q_EMIT failed(m_messageText);
                     return;
                 }
                 m_messageText = tr("Record %1: differences resolved.").arg(recordId);
                 for (Item& i : m_items)
                     if (i.recordId == recordId)
                         i.state.resolved = true;
                 rebuild();
                 Q_EMIT resolved(recordId);
             });
}

} // namespace sohoa::ui
