#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/imaging/Pix.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <memory>

namespace sohoa::capture {

// The scanner layer: a backend lists and opens devices, a device scans with
// settings and hands pages over one by one. SANE fills it on Linux; a WIA
// (or TWAIN) implementation of the same two classes is what Windows needs.

struct ScannerInfo {
    QString id; // backend device name, e.g. "test:0", "airscan:e0:Canon MF640"
    QString vendor;
    QString model;
    QString type; // "flatbed scanner", "sheetfed scanner", ...
    QString label() const;
};

enum class ColourMode { Colour, Grey, BlackWhite };
QString colourModeName(ColourMode mode); // "colour" | "grey" | "bw"
bool colourModeFromName(const QString& name, ColourMode& out);

struct ScanSource {
    QString id;    // the device's own value, e.g. "Flatbed", "ADF Duplex"
    QString label; // for the UI
    bool feeder = false;
    bool duplex = false;
};

struct ScannerCapabilities {
    QList<ScanSource> sources; // empty: the device has a single source
    QList<int> resolutions;    // DPI values offered (ranges sampled at usual values)
    QList<ColourMode> modes;
    QMap<int, QString> modeValues; // ColourMode -> the device's own value
    bool duplexOption = false;     // duplex is a separate switch rather than a source
};

struct ScanSettings {
    QString source; // a ScanSource::id; empty: the device's current one
    int dpi = 300;
    ColourMode mode = ColourMode::Grey;
    bool duplex = false;                  // for devices with a separate duplex switch
    QMap<QString, QString> deviceOptions; // advanced: backend options by name (e.g. SANE's)
};

struct ScannedPage {
    imaging::PixPtr image;
    int dpi = 0;
    int sheet = 0;       // 1-based within the run
    bool duplex = false; // scanned with both sides of each sheet
    bool back = false;   // the back side of a duplex sheet
    QString source;      // ScanSource::id in effect
    QDateTime at;        // UTC
};

enum class ScanEnd {
    FeederEmpty, // the feeder ran out after at least one page
    SinglePage,  // a flatbed page
    Stopped,     // the page sink asked to stop (pause)
    Cancelled,
};

struct ScanRun {
    int pages = 0;
    ScanEnd end = ScanEnd::SinglePage;
};

// Receives each page as soon as it is complete; return false to stop after it.
using PageSink = std::function<bool(ScannedPage&& page)>;

class ScannerDevice {
public:
    virtual ~ScannerDevice() = default;
    virtual ScannerInfo info() const = 0;
    virtual Result<ScannerCapabilities> capabilities() = 0;
    // Applies the settings, then scans one flatbed page or sheets until the
    // feeder is empty. A paper jam, open cover, empty feeder or I/O error ends
    // the run with an error ("scanner.jammed", "scanner.cover_open",
    // "scanner.no_documents", "scanner.io_error", ...); pages handed to the
    // sink before it stay with the caller, and scan() may be called again
    // once the paper is fixed.
    virtual Result<ScanRun> scan(const ScanSettings& settings, const PageSink& sink,
                                 const CancelToken& cancel = {}) = 0;
};

class ScannerBackend {
public:
    virtual ~ScannerBackend() = default;
    virtual QString name() const = 0; // "SANE", "WIA", ...
    // Can take seconds (network scanners): never call it on the UI thread.
    virtual Result<QList<ScannerInfo>> listDevices() = 0;
    virtual Result<std::unique_ptr<ScannerDevice>> open(const QString& deviceId) = 0;
};

// SANE on Linux. Other platforms get a backend whose calls fail with
// "scanner.unavailable" until a WIA/TWAIN implementation is added.
std::unique_ptr<ScannerBackend> createScannerBackend();

// Lists devices on a worker thread; the UI waits on the future (QFutureWatcher).
QFuture<Result<QList<ScannerInfo>>> listScannersAsync();

} // namespace sohoa::capture
