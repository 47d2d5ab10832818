#include "core/capture/Scanner.h"

#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace sohoa::capture {

#ifdef SOHOA_HAVE_SANE
std::unique_ptr<ScannerBackend> createSaneBackend(); // SaneScanner.cpp
#endif

namespace {

#ifndef SOHOA_HAVE_SANE
// Stands in where no scanner backend is built (Windows until WIA is written).
class UnavailableBackend : public ScannerBackend {
public:
    QString name() const override { return QStringLiteral("none"); }
    Result<QList<ScannerInfo>> listDevices() override { return unavailable(); }
    Result<std::unique_ptr<ScannerDevice>> open(const QString&) override { return unavailable(); }

private:
    static Error unavailable()
    {
        return makeError(
            QStringLiteral("scanner.unavailable"),
            Tr::tr("This build of SoHoa cannot drive scanners. Scan to PDF or image files with the "
                   "scanner's own software and import them."));
    }
};
#endif

} // namespace

QString ScannerInfo::label() const
{
    const QString text = QStringList{vendor, model}.join(QLatin1Char(' ')).simplified();
    return text.isEmpty() ? id : text;
}

QString colourModeName(ColourMode mode)
{
    switch (mode) {
    case ColourMode::Colour:
        return QStringLiteral("colour");
    case ColourMode::Grey:
        return QStringLiteral("grey");
    case ColourMode::BlackWhite:
        return QStringLiteral("bw");
    }
    return {};
}

bool colourModeFromName(const QString& name, ColourMode& out)
{
    const QString n = name.toLower();
    if (n == QLatin1String("colour") || n == QLatin1String("color")) {
        out = ColourMode::Colour;
        return true;
    }
    if (n == QLatin1String("grey") || n == QLatin1String("gray")) {
        out = ColourMode::Grey;
        return true;
    }
    if (n == QLatin1String("bw") || n == QLatin1String("lineart")) {
        out = ColourMode::BlackWhite;
        return true;
    }
    return false;
}

std::unique_ptr<ScannerBackend> createScannerBackend()
{
#ifdef SOHOA_HAVE_SANE
    return createSaneBackend();
#else
    return std::make_unique<UnavailableBackend>();
#endif
}

QFuture<Result<QList<ScannerInfo>>> listScannersAsync()
{
    return QtConcurrent::run(
        []() -> Result<QList<ScannerInfo>> { return createScannerBackend()->listDevices(); });
}

} // namespace sohoa::capture
