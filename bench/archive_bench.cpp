// What archiving page images costs ingest beyond what extract does (issue 24):
// the pages of FILE (a PDF renders at 300 DPI, as ingest reads it) are decoded
// once, then archived (imaging::archiveImage: the JPEG or PNG kept in the
// store) --rounds times, one thread. Prints CPU milliseconds a page and the
// archived size; compare builds, not runs on a loaded machine.
//
//   build/bench/archive_bench [--rounds 3] FILE...
#include "core/capture/PageSource.h"
#include "core/imaging/ArchiveImage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <ctime>

using namespace sohoa;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("rounds"), QStringLiteral("times each page is archived"), QStringLiteral("N"),
                 QStringLiteral("3")});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("scans or PDFs"));
    p.process(app);
    const int rounds = std::max(1, p.value(QStringLiteral("rounds")).toInt());
    double totalMs = 0;
    qint64 totalBytes = 0;
    int pages = 0;
    for (const QString& file : p.positionalArguments()) {
        auto source = capture::openFile(file);
        if (!source) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(source.error().message));
            return 1;
        }
        for (int i = 0; i < (*source)->pageCount(); ++i) {
            auto page = (*source)->readPage(i);
            if (!page)
                return 1;
            const QByteArray bytes = page->encodedIsOriginalFile ? page->encoded : QByteArray();
            const imaging::FileFormat format = page->encodedFormat;
            auto decoded = page->takeImage();
            if (!decoded)
                return 1;
            for (int r = 0; r < rounds; ++r) {
                const double start = cpuMs();
                auto archived = imaging::archiveImage(decoded->pix.get(), decoded->dpi, bytes, format);
                totalMs += cpuMs() - start;
                if (!archived)
                    return 1;
                totalBytes += archived->data.size();
            }
            ++pages;
        }
    }
    if (pages == 0)
        return 1;
    std::printf("%d pages x %d rounds: %.1f ms CPU a page, %.0f kB a page archived\n", pages, rounds,
                totalMs / (pages * rounds), double(totalBytes) / (pages * rounds) / 1024.0);
    return 0;
}
