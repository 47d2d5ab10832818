// Writes one image-only PDF of N pages from scans (cycled), with Qt's PDF
// writer: the stack a feeder scanner makes, for bench/ocr_bench.py's memory
// measure where ocrmypdf is not installed. Each page is the scan at its own
// resolution (its DPI, else 300), without any text layer.
//   image_stack_pdf --pages N --out STACK.pdf IMAGE...
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QImageReader>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <cstdio>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("pages"), QStringLiteral("pages to write"), QStringLiteral("N")});
    p.addOption({QStringLiteral("out"), QStringLiteral("the PDF to write"), QStringLiteral("FILE")});
    p.addPositionalArgument(QStringLiteral("images"), QStringLiteral("scans, used in turn"));
    p.process(app);
    const QStringList images = p.positionalArguments();
    const int pages = p.value(QStringLiteral("pages")).toInt();
    if (images.isEmpty() || pages <= 0 || p.value(QStringLiteral("out")).isEmpty()) {
        std::fprintf(stderr, "usage: image_stack_pdf --pages N --out STACK.pdf IMAGE...\n");
        return 2;
    }
    QPdfWriter writer(p.value(QStringLiteral("out")));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("SoHoa bench (image_stack_pdf)"));
    QPainter painter;
    for (int i = 0; i < pages; ++i) {
        QImageReader reader(images[i % images.size()]);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull()) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(images[i % images.size()]),
                         qPrintable(reader.errorString()));
            return 1;
        }
        // The scan's DPI from its file (devset scans are A4: 8.27 in wide).
        int dpi = image.dotsPerMeterX() > 0 ? qRound(image.dotsPerMeterX() * 0.0254) : 0;
        if (dpi < 72 || dpi > 1200)
            dpi = std::max(72, qRound(image.width() / 8.27));
        writer.setPageSize(QPageSize(QSizeF(image.width() * 25.4 / dpi, image.height() * 25.4 / dpi),
                                     QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (i == 0) {
            if (!painter.begin(&writer)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(p.value(QStringLiteral("out"))));
                return 1;
            }
        } else if (!writer.newPage()) {
            return 1;
        }
        // The whole page (the image keeps its own pixels in the file).
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()), image);
    }
    painter.end();
    return 0;
}
