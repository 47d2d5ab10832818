#include "ui/verify/FieldPanel.h"

#include "core/review/FieldAttention.h"
#include "core/workflow/Workflow.h"
#include "ui/common/Labels.h"
#include "ui/verify/FieldFormat.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QStyle>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sohoa::ui {

namespace {

// "Unsure reading" is blue, apart from the red and orange that say the paper is wrong.
QColor unsureColor()
{
    return QColor(13, 71, 161);
}

QColor unsureBackground()
{
    return QColor(227, 242, 253);
}

QLabel* makeUnsureLabel(const QString& key, QWidget* parent)
{
    auto* label =
        new QLabel(FieldPanel::tr("Unsure reading: compare with the page before blaming the paper"), parent);
    label->setObjectName(QStringLiteral("unsure_") + key);
    label->setWordWrap(true);
    label->setToolTip(
        FieldPanel::tr("SoHoa could not read this value with confidence and it does not pass a check. "
                       "Most often the reading is wrong, not the book: correct the letters you see on the "
                       "page, or press Enter if they are right."));
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; padding: 1px 4px; }")
                             .arg(unsureColor().name(), unsureBackground().name()));
    label->setVisible(false);
    return label;
}

} // namespace

FieldEdit::FieldEdit(const QString& key, QWidget* parent)
    : QLineEdit(parent)
    , m_key(key)
{
    setObjectName(QStringLiteral("field_") + key);
    connect(this, &QLineEdit::textEdited, this, [this] { setUncertainCharacters({}); });
}

void FieldEdit::setUncertainCharacters(const QList<int>& positions)
{
    m_uncertain = positions;
    std::sort(m_uncertain.begin(), m_uncertain.end());
    if (m_uncertain.isEmpty())
        m_overwrite = false;
    applyMarks();
}

void FieldEdit::applyMarks()
{
    // QLineEdit has no per-character formats of its own; the input-method
    // attributes are the supported way to colour parts of its text. Their
    // starts are relative to the cursor.
    QList<QInputMethodEvent::Attribute> attributes;
    QTextCharFormat format;
    format.setBackground(QColor(255, 138, 128));
    format.setFontUnderline(true);
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(errorColor());
    for (int p : std::as_const(m_uncertain))
        attributes.append(
            QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, p - cursorPosition(), 1, format));
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
}

bool FieldEdit::moveToUncertain(int from)
{
    for (int p : std::as_const(m_uncertain)) {
        if (p < from || p >= text().size())
            continue;
        deselect();
        setCursorPosition(p);
        m_overwrite = true;
        applyMarks();
        return true;
    }
    return false;
}

void FieldEdit::keyPressEvent(QKeyEvent* event)
{
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier));
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->accept();
        Q_EMIT accepted(m_key);
        return;
    }
    if (plain && event->key() == Qt::Key_Escape) {
        event->accept();
        Q_EMIT reverted(m_key);
        return;
    }
    // On an uncertain character the program put the cursor on, the character
    // typed replaces it: one key fixes a misread letter.
    const QString typed = event->text();
    const bool printable = !typed.isEmpty() && typed.at(0).isPrint() &&
                           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (m_overwrite && printable && !hasSelectedText() && !isReadOnly()) {
        const int pos = cursorPosition();
        if (m_uncertain.contains(pos) && pos < text().size()) {
            QList<int> rest = m_uncertain;
            rest.removeAll(pos);
            const qsizetype before = text().size();
            m_overwrite = false;
            setSelection(pos, 1);
            QLineEdit::keyPressEvent(event);
            // One character replaced one: the other marks keep their places.
            setUncertainCharacters(text().size() == before ? rest : QList<int>());
            return;
        }
    }
    if (event->key() != Qt::Key_Shift && event->key() != Qt::Key_Control && event->key() != Qt::Key_Alt)
        m_overwrite = false;
    QLineEdit::keyPressEvent(event);
}

// Clerks type Vietnamese through an input method (ibus/fcitx telex, VNI): "ễ" arrives as a
// composition ("e", "ee", then "ễ" committed), not as one key. On an uncertain character the
// composition replaces it, as one typed key would.
void FieldEdit::inputMethodEvent(QInputMethodEvent* event)
{
    const bool input = !event->commitString().isEmpty() || !event->preeditString().isEmpty();
    if (input && m_overwrite && !hasSelectedText() && !isReadOnly()) {
        const int pos = cursorPosition();
        if (m_uncertain.contains(pos) && pos < text().size()) {
            m_marksAfterReplacement = m_uncertain;
            m_marksAfterReplacement.removeAll(pos);
            m_lengthBeforeReplacement = text().size();
            m_composingReplacement = true;
            m_overwrite = false;
            setSelection(pos, 1); // the line edit drops the selection as the input begins
        }
    }
    QLineEdit::inputMethodEvent(event);
    if (m_composingReplacement && event->preeditString().isEmpty()) {
        m_composingReplacement = false;
        // One letter replaced one: the other marks keep their places.
        setUncertainCharacters(text().size() == m_lengthBeforeReplacement ? m_marksAfterReplacement
                                                                          : QList<int>());
    }
}

bool FieldEdit::event(QEvent* event)
{
    // With nothing to undo in the box, Ctrl+Z goes to the page (it takes back
    // the last confirmation) instead of being swallowed here.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) && !isUndoAvailable()) {
            event->ignore();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void FieldEdit::resizeEvent(QResizeEvent* event)
{
    QLineEdit::resizeEvent(event);
    Q_EMIT widthChanged(m_key);
}

void FieldEdit::mousePressEvent(QMouseEvent* event)
{
    m_overwrite = false;
    QLineEdit::mousePressEvent(event);
}

void FieldEdit::focusInEvent(QFocusEvent* event)
{
    QLineEdit::focusInEvent(event);
    // Tab selects the whole value; with uncertain characters the selection
    // would hide their marks, so the cursor goes to the first one instead.
    if ((event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) &&
        !m_uncertain.isEmpty())
        moveToUncertain(0);
    Q_EMIT focused(m_key);
}

void FieldEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT left(m_key);
}

FieldPanel::FieldPanel(QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("fieldPanel"));
    setWidgetResizable(true);
    setFocusPolicy(Qt::NoFocus);
    // The column never scrolls sideways: labels go above the values when it is narrow.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    clear();
}

void FieldPanel::clear(const QString& message)
{
    m_rows.clear();
    m_order.clear();
    m_grids.clear();
    m_checked.clear();
    m_folded.clear();
    m_nationalToggle = nullptr;
    m_type = nullptr;
    m_record = {};
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_message = new QLabel(message.isEmpty() ? tr("No record open.") : message, m_content);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(m_message);
    m_layout->addStretch();
    m_recordIssues = nullptr;
    setWidget(m_content); // deletes the previous form
}

// The record type's groups, with a place at the end for fields whose group is not declared.
static QList<records::GroupDef> groupsWithAPlaceForEveryField(const records::RecordType& type)
{
    QList<records::GroupDef> groups = type.groups;
    // Fields whose group is not declared still get a place, at the end.
    for (const records::FieldDef& f : type.fields) {
        bool known = false;
        for (const records::GroupDef& g : groups)
            known = known || g.id == f.group;
        if (!known) {
            records::GroupDef other;
            other.id = f.group;
            other.labelVi = QStringLiteral("Khác");
            other.labelEn = QStringLiteral("Other");
            groups.append(other);
        }
    }
    return groups;
}

void FieldPanel::build(const records::RecordType& type)
{
    m_folded.clear();
    m_rows.clear();
    m_order.clear();
    m_grids.clear();
    m_type = &type;
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setSpacing(6);
    m_recordIssues = new QLabel(m_content);
    m_recordIssues->setObjectName(QStringLiteral("recordIssues"));
    m_recordIssues->setWordWrap(true);
    m_recordIssues->setVisible(false);
    m_layout->addWidget(m_recordIssues);

    const QList<records::GroupDef> groups = groupsWithAPlaceForEveryField(type);
    QWidget* previous = nullptr;
    for (const records::GroupDef& g : std::as_const(groups)) {
        auto* box = new QGroupBox(g.label(), m_content);
        box->setObjectName(QStringLiteral("group_") + g.id);
        GroupGrid group{new QGridLayout(box), {}};
        bool any = false;
        for (const records::FieldDef& f : type.fields) {
            if (f.group != g.id)
                continue;
            any = true;
            Row row = createRow(f, box);
            connectRow(f.key, row);
            if (previous)
                setTabOrder(previous, row.edit);
            previous = row.edit;
            m_rows.insert(f.key, row);
            m_order.append(f.key);
            group.keys.append(f.key);
        }
        if (any) {
            placeRows(group.grid, group.keys);
            m_grids.append(group);
            m_layout->addWidget(box);
        } else {
            delete box;
        }
    }
    createNationalToggle();
    if (previous)
        setTabOrder(previous, m_nationalToggle);
    m_layout->addStretch();
    setWidget(m_content);
    arrangeForWidth();
}

FieldPanel::Row FieldPanel::createRow(const records::FieldDef& f, QWidget* box)
{
    // One field: its value box and, under it, what the station may say about it.
    Row row;
    row.container = new QWidget(box);
    auto* v = new QVBoxLayout(row.container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    row.edit = new FieldEdit(f.key, row.container);
    row.edit->setPlaceholderText(formatHint(f));
    row.edit->setAccessibleName(f.label());
    if (const QStringList choices = choicesFor(f); !choices.isEmpty()) {
        auto* completer = new QCompleter(choices, row.edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::InlineCompletion);
        row.edit->setCompleter(completer);
    }
    row.evidence = new QLabel(row.container);
    row.evidence->setObjectName(QStringLiteral("evidence_") + f.key);
    row.evidence->setTextFormat(Qt::RichText);
    row.evidence->setWordWrap(true);
    row.evidence->setVisible(false);
    row.unsure = makeUnsureLabel(f.key, row.container);
    row.note = new QLabel(row.container);
    row.note->setObjectName(QStringLiteral("note_") + f.key);
    row.note->setWordWrap(true);
    row.note->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    row.note->setVisible(false);
    row.issues = new QWidget(row.container);
    row.issues->setObjectName(QStringLiteral("issues_") + f.key);
    auto* issuesLayout = new QVBoxLayout(row.issues);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->setSpacing(1);
    row.history = new QLabel(row.container);
    row.history->setObjectName(QStringLiteral("history_") + f.key);
    row.history->setWordWrap(true);
    row.history->setStyleSheet(QStringLiteral("color: #455a64;"));
    row.history->setVisible(false);
    row.whole = new QLabel(row.container);
    row.whole->setObjectName(QStringLiteral("whole_") + f.key);
    row.whole->setWordWrap(true);
    row.whole->setTextFormat(Qt::PlainText);
    row.whole->setStyleSheet(QStringLiteral("color: #37474f;"));
    row.whole->setVisible(false);
    row.layout = new QLabel(row.container);
    row.layout->setObjectName(QStringLiteral("layout_") + f.key);
    row.layout->setWordWrap(true);
    row.layout->setTextFormat(Qt::PlainText);
    row.layout->setStyleSheet(QStringLiteral("color: #2e7d32; font-size: small;"));
    row.layout->setVisible(false);
    v->addWidget(row.edit);
    v->addWidget(row.layout);
    v->addWidget(row.whole);
    v->addWidget(row.evidence);
    v->addWidget(row.unsure);
    v->addWidget(row.note);
    v->addWidget(row.issues);
    v->addWidget(row.history);
    QString labelText = f.label();
    if (f.required)
        labelText += QStringLiteral(" *");
    row.label = new QLabel(labelText, box);
    row.label->setBuddy(row.edit);
    row.label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return row;
}

void FieldPanel::connectRow(const QString& fieldKey, const Row& row)
{
    connect(row.edit, &FieldEdit::accepted, this, &FieldPanel::fieldAccepted);
    connect(row.edit, &FieldEdit::focused, this, [this](const QString& key) {
        if (const Row* r = &m_rows[key]; r->edit)
            ensureWidgetVisible(r->container, 20, 40);
        Q_EMIT fieldFocused(key);
    });
    connect(row.edit, &FieldEdit::left, this, &FieldPanel::fieldLeft);
    connect(row.edit, &FieldEdit::widthChanged, this, &FieldPanel::showWhole);
    connect(row.edit, &QLineEdit::textChanged, this, [this, fieldKey] { showWhole(fieldKey); });
    connect(row.edit, &FieldEdit::reverted, this, [this](const QString& key) {
        revert(key);
        Q_EMIT fieldReverted(key);
    });
}

void FieldPanel::createNationalToggle()
{
    m_nationalToggle = new QToolButton(m_content);
    m_nationalToggle->setObjectName(QStringLiteral("nationalToggle"));
    m_nationalToggle->setCheckable(true);
    m_nationalToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_nationalToggle->setAutoRaise(true);
    m_nationalToggle->setFocusPolicy(Qt::StrongFocus);
    m_nationalToggle->setToolTip(tr("Fields of the national data standard that this extract does not print "
                                    "and OCR left empty (Ctrl+Shift+N)"));
    m_nationalToggle->setVisible(false);
    connect(m_nationalToggle, &QToolButton::toggled, this, [this](bool open) {
        const bool fromKeyboard = m_nationalToggle->hasFocus();
        setNationalOpen(open);
        // Opened from the keyboard: the cursor goes on to the first field shown.
        if (open && fromKeyboard && !m_folded.isEmpty())
            focusField(m_folded.first());
    });
    m_layout->addWidget(m_nationalToggle, 0, Qt::AlignLeft);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), m_content);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_folded.isEmpty())
            return;
        setNationalOpen(!m_nationalOpen);
        if (m_nationalOpen)
            focusField(m_folded.first());
    });
}

void FieldPanel::refreshFolding(bool mayFoldMore)
{
    const QStringList before = m_folded;
    // Only on a record read by OCR: keyed records show every field, in register order.
    bool readByOcr = false;
    for (auto it = m_record.fields.cbegin(); it != m_record.fields.cend(); ++it)
        readByOcr =
            readByOcr || it->source == QLatin1String("ocr") || it->source == QLatin1String("pdf_text");
    QSet<QString> withIssues;
    for (const records::Issue& i : m_record.issues)
        withIssues.insert(i.field);
    m_folded.clear();
    if (m_type && readByOcr) {
        for (const QString& key : std::as_const(m_order)) {
            const records::FieldDef* f = m_type->field(key);
            const Row& row = m_rows[key];
            // The same record saved again: a field the clerk emptied stays where it is.
            if (f && f->nationalOnly && row.stored.isEmpty() && row.edit->text().isEmpty() &&
                !withIssues.contains(key) && (mayFoldMore || before.contains(key)))
                m_folded.append(key);
        }
    }
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const bool hide = !m_nationalOpen && m_folded.contains(it.key());
        it->label->setVisible(!hide);
        it->container->setVisible(!hide);
    }
    // A group whose every field is folded away goes too.
    for (const GroupGrid& group : std::as_const(m_grids)) {
        QWidget* box = group.grid->parentWidget();
        bool any = false;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
            any = any || (it->container->parentWidget() == box && !it->container->isHidden());
        box->setVisible(any);
    }
    if (m_nationalToggle) {
        const QSignalBlocker block(m_nationalToggle);
        m_nationalToggle->setVisible(!m_folded.isEmpty());
        m_nationalToggle->setChecked(m_nationalOpen);
        m_nationalToggle->setArrowType(m_nationalOpen ? Qt::DownArrow : Qt::RightArrow);
        m_nationalToggle->setText(tr("National standard fields (%1)").arg(m_folded.size()));
    }
}

void FieldPanel::setNationalOpen(bool open)
{
    if (open == m_nationalOpen)
        return;
    // Closing while the cursor is in one of the folded fields: it stays on the toggle.
    const bool focusInFolded = !open && m_folded.contains(focusedField());
    m_nationalOpen = open;
    refreshFolding();
    if (focusInFolded && m_nationalToggle && m_nationalToggle->isVisible())
        m_nationalToggle->setFocus(Qt::OtherFocusReason);
}

void FieldPanel::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    arrangeForWidth();
}

void FieldPanel::arrangeForWidth()
{
    // Labels beside the values while the values keep room for a long address
    // (about 40 characters); above them otherwise.
    int labelWidth = 0;
    for (const Row& r : std::as_const(m_rows))
        labelWidth = qMax(labelWidth, r.label->sizeHint().width());
    const int valueRoom = viewport()->width() - labelWidth - 60;
    const bool above = valueRoom < fontMetrics().averageCharWidth() * 40;
    if (above == m_labelsAbove)
        return;
    m_labelsAbove = above;
    for (const GroupGrid& group : std::as_const(m_grids))
        placeRows(group.grid, group.keys);
}

void FieldPanel::placeRows(QGridLayout* grid, const QStringList& keys)
{
    // Beside: label | value on one grid row. Above: the label on its own row over the value.
    for (const QString& key : keys) {
        const Row& row = m_rows[key];
        grid->removeWidget(row.label);
        grid->removeWidget(row.container);
    }
    for (int i = 0; i < keys.size(); ++i) {
        const Row& row = m_rows[keys.at(i)];
        // Beside its value box, the label stands level with the box's text.
        row.label->setMinimumHeight(m_labelsAbove ? 0 : row.edit->sizeHint().height());
        if (m_labelsAbove) {
            grid->addWidget(row.label, 2 * i, 0, Qt::AlignLeft | Qt::AlignTop);
            grid->addWidget(row.container, 2 * i + 1, 0);
        } else {
            grid->addWidget(row.label, i, 0, Qt::AlignLeft | Qt::AlignTop);
            grid->addWidget(row.container, i, 1);
        }
    }
    grid->setColumnStretch(0, m_labelsAbove ? 1 : 0);
    grid->setColumnStretch(1, m_labelsAbove ? 0 : 1);
}

void FieldPanel::setRecord(const records::Record& record, bool readOnly)
{
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(record.type);
    if (!type) {
        clear(tr("This record's type (%1) is not known to this version of SoHoa.").arg(record.type));
        return;
    }
    m_readOnly = readOnly;
    // Same type: keep the widgets (and the scroll position), refill the values.
    if (type != m_type || m_rows.isEmpty())
        build(*type);
    if (record.id != m_record.id) {
        m_checked.clear();
        m_nationalOpen = false;
    }
    m_record = record;
    for (const QString& key : std::as_const(m_order)) {
        Row& row = m_rows[key];
        row.edit->setReadOnly(readOnly);
        row.note->setVisible(false);
        row.history->setVisible(false);
        refreshRow(key, false);
    }
    refreshRecordIssues();
    refreshFolding();
}

void FieldPanel::updateRecord(const records::Record& record)
{
    if (!m_type || record.type != m_type->id) {
        setRecord(record, m_readOnly);
        return;
    }
    m_record = record;
    for (const QString& key : std::as_const(m_order))
        refreshRow(key, true);
    refreshRecordIssues();
    refreshFolding(false);
}

void FieldPanel::refreshRow(const QString& key, bool keepTyped)
{
    Row& row = m_rows[key];
    const records::FieldDef* def = m_type->field(key);
    const records::FieldValue value = m_record.fields.value(key);
    const QString oldStored = row.stored;
    row.stored = value.value;
    // Keep what the clerk is typing unless it was just saved (then the stored value is it).
    const bool typing = keepTyped && row.edit->hasFocus() && row.edit->isModified() &&
                        parseTyped(*def, row.edit->text()).value != row.stored &&
                        parseTyped(*def, row.edit->text()).value != oldStored;
    if (!typing) {
        const QString shown = displayValue(*def, row.stored);
        if (row.edit->text() != shown) {
            row.edit->setText(shown);
        }
        row.edit->setModified(false);
        row.edit->setUncertainCharacters({});
        // Per-character colours apply when the box shows exactly what OCR read.
        if (value.raw == shown && !m_readOnly)
            row.edit->setUncertainCharacters(review::uncertainCharacters(value));
    }

    refreshColours(key);
    QString tip;
    if (value.source == QLatin1String("clerk"))
        tip = tr("Typed or corrected by a clerk");
    else if (!value.value.isEmpty())
        tip = tr("Read by OCR, confidence %1%").arg(qRound(value.confidence * 100));
    row.tip = tip;
    // Which way the value was found: a form the office taught places it.
    const bool byLayout = value.source != QLatin1String("clerk") && !value.layout.isEmpty();
    row.layout->setText(byLayout ? tr("Read with the taught form: %1").arg(value.layout) : QString());
    row.layout->setToolTip(byLayout ? tr("SoHoa found this value where the form taught to it places it, "
                                         "not by its generic reading.")
                                    : QString());
    row.layout->setVisible(byLayout);
    showWhole(key);

    // What OCR read, with the uncertain characters marked.
    const QList<int> unsure = review::uncertainCharacters(value);
    // A raw text that is itself the stored form (a choice's code "female", an ISO date, as imported
    // or keyed records carry) is shown as the value is: a clerk never sees internal codes, and the
    // code is not what the paper printed.
    const bool rawIsCode = value.raw == value.value ||
                           (def->kind == records::ValueKind::Enum && def->enumValues.contains(value.raw));
    const QString raw = rawIsCode ? displayValue(*def, value.raw) : value.raw;
    // The marks index the raw text: they apply while it is shown as it is.
    const bool marksApply = raw == value.raw;
    const bool showEvidence = value.source != QLatin1String("clerk") && !raw.isEmpty() &&
                              (raw != displayValue(*def, value.value) || !unsure.isEmpty());
    if (showEvidence) {
        QString html;
        for (int i = 0; i < raw.size(); ++i) {
            const QString c = raw.mid(i, 1).toHtmlEscaped();
            html += marksApply && unsure.contains(i)
                        ? QStringLiteral("<span style=\"background:#ff8a80;\">%1</span>").arg(c)
                        : c;
        }
        row.evidence->setText(tr("Read on the page: %1").arg(html));
    }
    row.evidence->setVisible(showEvidence);

    // Issues with their fixes.
    QLayout* il = row.issues->layout();
    while (QLayoutItem* item = il->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const records::Issue& issue : review::issuesFor(m_record, key)) {
        auto* line = new QWidget(row.issues);
        auto* h = new QHBoxLayout(line);
        h->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLabel(line);
        text->setWordWrap(true);
        const bool asWritten = workflow::isAcknowledged(issue);
        text->setText(asWritten ? tr("As written in the book (%1): %2")
                                      .arg(issue.details.value(QLatin1String("acknowledged_by")).toString(),
                                           issue.message)
                                : (issue.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(issue.message));
        text->setStyleSheet(QStringLiteral("color: %1;")
                                .arg((asWritten || !issue.isError() ? warningColor() : errorColor()).name()));
        text->setObjectName(QStringLiteral("issue_") + issue.code);
        h->addWidget(text, 1);
        if (!issue.suggestion.isEmpty() && !m_readOnly) {
            // A long suggestion would widen the column: the button then names it in its tooltip.
            const QString suggestion = displayValue(*def, issue.suggestion);
            auto* fix = new QPushButton(suggestion.size() <= 24 ? tr("Use \"%1\" (F4)").arg(suggestion)
                                                                : tr("Use the suggestion (F4)"),
                                        line);
            fix->setObjectName(QStringLiteral("fix_") + key);
            fix->setFocusPolicy(Qt::NoFocus); // Tab goes through fields; F4 applies the fix
            fix->setToolTip(tr("Replace the value with \"%1\" and save it").arg(suggestion));
            connect(fix, &QPushButton::clicked, this, [this, key] { Q_EMIT fixRequested(key); });
            h->addWidget(fix);
        }
        il->addWidget(line);
    }
    row.issues->setVisible(!review::issuesFor(m_record, key).isEmpty());
}

void FieldPanel::refreshRecordIssues()
{
    if (!m_recordIssues)
        return;
    QStringList lines;
    for (const records::Issue& i : m_record.issues) {
        if (!i.field.isEmpty() && m_rows.contains(i.field))
            continue;
        lines.append(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg((i.isError() ? errorColor() : warningColor()).name(), i.message.toHtmlEscaped()));
    }
    m_recordIssues->setText(lines.join(QStringLiteral("<br>")));
    m_recordIssues->setVisible(!lines.isEmpty());
}

QStringList FieldPanel::keys() const
{
    return m_order;
}

QString FieldPanel::focusedField() const
{
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
        if (it->edit->hasFocus())
            return it.key();
    return {};
}

void FieldPanel::focusField(const QString& key)
{
    if (m_folded.contains(key) && !m_nationalOpen)
        setNationalOpen(true);
    if (FieldEdit* e = edit(key)) {
        e->setFocus(Qt::OtherFocusReason);
        // On the first uncertain character, nothing selected: the marks stay
        // visible and the next key typed replaces that character.
        if (!e->moveToUncertain(0))
            e->selectAll();
        ensureWidgetVisible(m_rows[key].container, 20, 40);
    }
}

void FieldPanel::showWhole(const QString& key)
{
    // A value longer than its box is shown whole, wrapped, under it (and in
    // the tooltip): the clerk never reads half an address.
    const auto it = m_rows.find(key);
    if (it == m_rows.end() || !it->whole)
        return;
    FieldEdit* e = it->edit;
    const QString text = e->text();
    const int room = e->width() - 2 * e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, e) - 6;
    const bool fits = text.isEmpty() || e->fontMetrics().horizontalAdvance(text) <= room;
    it->whole->setText(text);
    it->whole->setVisible(!fits);
    e->setToolTip(fits ? it->tip : (it->tip.isEmpty() ? text : text + QLatin1Char('\n') + it->tip));
}

void FieldPanel::setChecked(const QString& key, bool checked)
{
    if (!m_rows.contains(key))
        return;
    if (checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    refreshColours(key);
}

void FieldPanel::refreshColours(const QString& key)
{
    Row& row = m_rows[key];
    const records::FieldDef* def = m_type->field(key);
    // A value the clerk has checked no longer asks for attention, unless an error remains.
    review::Attention attention = review::fieldAttention(m_record, *def);
    if (m_checked.contains(key) && attention != review::Attention::Error) {
        attention = review::Attention::None;
        row.edit->setUncertainCharacters({});
    }
    const QColor bg = attentionColor(int(attention));
    // An unsure reading (validation::validateReading) is OCR's doubt, not the
    // paper's fault: a blue dashed frame and a line of its own, never the
    // error/warning colours. It goes once the clerk has checked the field.
    const bool unsure = m_record.fields.value(key).unsure && !m_checked.contains(key) && !m_readOnly;
    QString style;
    if (bg.isValid())
        style += QStringLiteral("background: %1;").arg(bg.name());
    if (unsure)
        style += QStringLiteral("border: 2px dashed %1;").arg(unsureColor().name());
    row.edit->setStyleSheet(style.isEmpty() ? QString() : QStringLiteral("QLineEdit { %1 }").arg(style));
    row.unsure->setVisible(unsure);
    row.edit->setProperty("unsureReading", unsure);
    row.edit->setProperty("attention", int(attention));
}

FieldEdit* FieldPanel::edit(const QString& key) const
{
    const auto it = m_rows.constFind(key);
    return it == m_rows.constEnd() ? nullptr : it->edit;
}

QString FieldPanel::typedValue(const QString& key, QString* problem) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd() || !m_type)
        return {};
    const ParsedValue p = parseTyped(*m_type->field(key), it->edit->text());
    if (problem)
        *problem = p.problem;
    return p.value;
}

QMap<QString, QString> FieldPanel::pendingChanges() const
{
    QMap<QString, QString> out;
    if (m_readOnly)
        return out;
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it) {
        QString problem;
        const QString v = typedValue(it.key(), &problem);
        if (v != it->stored && problem.isEmpty())
            out.insert(it.key(), v);
    }
    return out;
}

void FieldPanel::revert(const QString& key)
{
    const auto it = m_rows.find(key);
    if (it == m_rows.end())
        return;
    it->edit->setText(displayValue(*m_type->field(key), it->stored));
    it->edit->setModified(false);
    it->note->setVisible(false);
    it->edit->selectAll();
}

QString FieldPanel::suggestionFor(const QString& key) const
{
    for (const records::Issue& i : review::issuesFor(m_record, key))
        if (!i.suggestion.isEmpty())
            return i.suggestion;
    return {};
}

bool FieldPanel::applySuggestion(const QString& key)
{
    const QString s = suggestionFor(key);
    FieldEdit* e = edit(key);
    if (s.isEmpty() || !e || m_readOnly)
        return false;
    e->setText(displayValue(*m_type->field(key), s));
    e->setModified(true);
    return true;
}

void FieldPanel::setFieldNote(const QString& key, const QString& note)
{
    const auto it = m_rows.find(key);
    if (it == m_rows.end())
        return;
    it->note->setText(note);
    it->note->setVisible(!note.isEmpty());
}

void FieldPanel::setHistory(const QMap<QString, QStringList>& linesByField)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const QStringList lines = linesByField.value(it.key());
        it->history->setText(lines.join(QLatin1Char('\n')));
        it->history->setVisible(!lines.isEmpty());
    }
}

} // namespace sohoa::ui
