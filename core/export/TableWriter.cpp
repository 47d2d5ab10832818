#include "core/export/TableWriter.h"

#include "core/export/Errors.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <xlsxwriter.h>

namespace sohoa::exporting {

namespace {

Error writeError(const QString& file, const QString& why)
{
    return makeError(errors::kWriteFailed, Tr::tr("Could not write %1: %2").arg(file, why));
}

class XlsxWriter final : public TableWriter {
public:
    ~XlsxWriter() override
    {
        if (m_book) // never finished (an error or a cancelled export): close it, the caller removes the file
            workbook_close(m_book);
    }

    Result<void> open(const QString& file, const ExportTable& table, const QString& scratchDir)
    {
        m_file = file;
        m_path = QFile::encodeName(QDir::toNativeSeparators(file));
        m_tmpdir = QFile::encodeName(scratchDir.isEmpty() ? QFileInfo(file).absolutePath() : scratchDir);
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows go to a scratch file in the output folder as they come
        options.tmpdir = m_tmpdir.data();
        m_book = workbook_new_opt(m_path.constData(), &options);
        if (!m_book)
            return writeError(file, Tr::tr("the workbook could not be created"));
        m_sheet = workbook_add_worksheet(m_book, table.sheet.toUtf8().constData());
        if (!m_sheet)
            return writeError(file, Tr::tr("the sheet could not be created"));
        m_notesSheetName = table.notesSheet.toUtf8();
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_textFormat = workbook_add_format(m_book);
        format_set_num_format(m_textFormat, "@"); // dd/mm/yyyy stays text when the office edits a cell
        lxw_col_t col = 0;
        for (const ExportColumn& c : table.columns)
            SOHOA_TRY(check(worksheet_write_string(m_sheet, 0, col++, c.name.toUtf8().constData(), m_bold)));
        m_row = 1;
        return {};
    }

    Result<void> writeRow(const QList<ExportCell>& cells) override
    {
        lxw_col_t col = 0;
        for (const ExportCell& c : cells) {
            if (c.kind == ExportCell::Kind::Text)
                SOHOA_TRY(check(
                    worksheet_write_string(m_sheet, m_row, col, c.text.toUtf8().constData(), m_textFormat)));
            else if (c.kind == ExportCell::Kind::Number)
                SOHOA_TRY(check(worksheet_write_number(m_sheet, m_row, col, c.number, nullptr)));
            ++col;
        }
        ++m_row;
        return {};
    }

    Result<void> finish(const QList<CodeList>& codeLists) override
    {
        if (!m_notesSheetName.isEmpty() && !codeLists.isEmpty()) {
            lxw_worksheet* notes = workbook_add_worksheet(m_book, m_notesSheetName.constData());
            if (!notes)
                return writeError(m_file, Tr::tr("the sheet could not be created"));
            // As the Ministry's workbook lays them out: a title, then code and name in two columns, lists
            // side by side. Row by row: in constant-memory mode a sheet is written strictly in row order.
            qsizetype rows = 0;
            for (const CodeList& list : codeLists)
                rows = std::max(rows, list.entries.size());
            for (int i = 0; i < codeLists.size(); ++i)
                SOHOA_TRY(check(worksheet_write_string(notes, 0, lxw_col_t(1 + 3 * i),
                                                       codeLists[i].title.toUtf8().constData(), m_bold)));
            for (qsizetype r = 0; r < rows; ++r) {
                for (int i = 0; i < codeLists.size(); ++i) {
                    if (r >= codeLists[i].entries.size())
                        continue;
                    const auto& [code, name] = codeLists[i].entries[r];
                    const lxw_row_t row = lxw_row_t(r + 1);
                    const lxw_col_t col = lxw_col_t(1 + 3 * i);
                    bool ok = false;
                    const int n = code.toInt(&ok);
                    if (ok)
                        SOHOA_TRY(check(worksheet_write_number(notes, row, col, n, nullptr)));
                    else
                        SOHOA_TRY(check(
                            worksheet_write_string(notes, row, col, code.toUtf8().constData(), nullptr)));
                    SOHOA_TRY(check(
                        worksheet_write_string(notes, row, col + 1, name.toUtf8().constData(), nullptr)));
                }
            }
        }
        lxw_workbook* book = m_book;
        m_book = nullptr;
        const lxw_error e = workbook_close(book);
        if (e != LXW_NO_ERROR)
            return writeError(m_file, QString::fromUtf8(lxw_strerror(e)));
        return {};
    }

private:
    Result<void> check(lxw_error e) const
    {
        if (e == LXW_NO_ERROR)
            return {};
        return writeError(m_file, QString::fromUtf8(lxw_strerror(e)));
    }

    QString m_file;
    QByteArray m_path, m_tmpdir, m_notesSheetName;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_textFormat = nullptr;
    lxw_row_t m_row = 0;
};

class CsvWriter final : public TableWriter {
public:
    Result<void> open(const QString& file, const ExportTable& table)
    {
        m_out.setFileName(file);
        // An anonymous memory file (the encrypted export) has no folder for a temporary copy.
        m_out.setDirectWriteFallback(file.startsWith(QLatin1String("/proc/self/fd/")));
        if (!m_out.open(QIODevice::WriteOnly))
            return writeError(file, m_out.errorString());
        m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
        QList<ExportCell> header;
        for (const ExportColumn& c : table.columns)
            header.append({ExportCell::Kind::Text, c.name, 0});
        return writeRow(header);
    }

    Result<void> writeRow(const QList<ExportCell>& cells) override
    {
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                m_buffer += ',';
            const QByteArray v = cells[i].text.toUtf8();
            if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r')) {
                QByteArray q = v;
                q.replace('"', "\"\"");
                m_buffer += '"' + q + '"';
            } else {
                m_buffer += v;
            }
        }
        m_buffer += "\r\n";
        if (m_buffer.size() > (1 << 16))
            return flush();
        return {};
    }

    Result<void> finish(const QList<CodeList>&) override
    {
        SOHOA_TRY(flush());
        if (!m_out.commit())
            return writeError(m_out.fileName(), m_out.errorString());
        return {};
    }

private:
    Result<void> flush()
    {
        if (m_out.write(m_buffer) != m_buffer.size())
            return writeError(m_out.fileName(), m_out.errorString());
        m_buffer.clear();
        return {};
    }

    QSaveFile m_out;
    QByteArray m_buffer;
};

} // namespace

Result<std::unique_ptr<TableWriter>> openXlsx(const QString& file, const ExportTable& table,
                                              const QString& scratchDir)
{
    auto w = std::make_unique<XlsxWriter>();
    SOHOA_TRY(w->open(file, table, scratchDir));
    return std::unique_ptr<TableWriter>(std::move(w));
}

Result<std::unique_ptr<TableWriter>> openCsv(const QString& file, const ExportTable& table)
{
    auto w = std::make_unique<CsvWriter>();
    SOHOA_TRY(w->open(file, table));
    return std::unique_ptr<TableWriter>(std::move(w));
}

} // namespace sohoa::exporting
