// The SANE implementation of the scanner layer (Linux). Compiled only when
// SANE is found (SOHOA_HAVE_SANE).
#ifdef SOHOA_HAVE_SANE

#include "core/capture/Scanner.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <leptonica/allheaders.h>
#include <mutex>
#include <sane/sane.h>
#include <sane/saneopts.h>
#include <thread>
#include <vector>

namespace sohoa::capture {

Q_LOGGING_CATEGORY(lcSane, "sohoa.scanner.sane")

namespace {

QString fromSane(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// SANE is not thread-safe for its global calls; devices are driven by one thread each.
// sane_exit() is never called: at process exit the backends' own static objects
// are already destroyed (genesys then freed its sensor tables a second time and
// crashed the exit), and every device is closed before then; the OS releases
// the rest.
struct SaneRuntime {
    std::mutex mutex;
    bool initialised = false;
    SANE_Status initStatus = SANE_STATUS_GOOD;

    SANE_Status ensure()
    {
        if (!initialised) {
            SANE_Int version = 0;
            initStatus = sane_init(&version, nullptr);
            initialised = initStatus == SANE_STATUS_GOOD;
        }
        return initialised ? SANE_STATUS_GOOD : initStatus;
    }
};

SaneRuntime& runtime()
{
    static SaneRuntime* r = new SaneRuntime; // never destroyed, see above
    return *r;
}

Error saneError(SANE_Status status)
{
    switch (status) {
    case SANE_STATUS_JAMMED:
        return makeError(
            QStringLiteral("scanner.jammed"),
            Tr::tr("The paper is jammed in the document feeder. Clear the jam, put the sheets that were "
                   "not scanned back into the feeder and continue."));
    case SANE_STATUS_COVER_OPEN:
        return makeError(QStringLiteral("scanner.cover_open"),
                         Tr::tr("The scanner's cover is open. Close it and continue."));
    case SANE_STATUS_NO_DOCS:
        return makeError(QStringLiteral("scanner.no_documents"),
                         Tr::tr("There is no paper in the document feeder. Load the sheets and continue."));
    case SANE_STATUS_IO_ERROR:
        return makeError(
            QStringLiteral("scanner.io_error"),
            Tr::tr("The scanner stopped answering (input/output error). Check its cable or network "
                   "connection and that it is switched on, then continue."));
    case SANE_STATUS_DEVICE_BUSY:
        return makeError(
            QStringLiteral("scanner.busy"),
            Tr::tr("The scanner is busy; another program may be using it. Try again in a moment."));
    case SANE_STATUS_ACCESS_DENIED:
        return makeError(
            QStringLiteral("scanner.access_denied"),
            Tr::tr("Access to the scanner was refused. Ask the administrator to allow this account to "
                   "use scanners."));
    case SANE_STATUS_NO_MEM:
        return makeError(
            QStringLiteral("scanner.no_memory"),
            Tr::tr("The scanner driver ran out of memory. Lower the resolution or close other programs."));
    case SANE_STATUS_CANCELLED:
        return makeError(QStringLiteral("scanner.cancelled"),
                         Tr::tr("Scanning was cancelled at the scanner."));
    default:
        return makeError(QStringLiteral("scanner.failed"),
                         Tr::tr("The scanner reported an error: %1.").arg(fromSane(sane_strstatus(status))));
    }
}

bool isFeederValue(const QString& v)
{
    const QString s = v.toLower();
    return s.contains(QLatin1String("adf")) || s.contains(QLatin1String("feeder")) ||
           s.contains(QLatin1String("duplex")) || s.contains(QLatin1String("sheet"));
}

bool isDuplexValue(const QString& v)
{
    return v.toLower().contains(QLatin1String("duplex"));
}

class SaneDevice : public ScannerDevice {
public:
    SaneDevice(SANE_Handle handle, ScannerInfo info)
        : m_handle(handle)
        , m_info(std::move(info))
    {
    }
    ~SaneDevice() override
    {
        sane_cancel(m_handle);
        std::lock_guard lock(runtime().mutex);
        sane_close(m_handle);
    }

    ScannerInfo info() const override { return m_info; }

    Result<ScannerCapabilities> capabilities() override
    {
        ScannerCapabilities caps;
        if (const auto* d = descriptor(SANE_NAME_SCAN_SOURCE);
            d && d->type == SANE_TYPE_STRING && d->constraint_type == SANE_CONSTRAINT_STRING_LIST) {
            for (const SANE_String_Const* s = d->constraint.string_list; *s; ++s) {
                ScanSource src;
                src.id = fromSane(*s);
                src.feeder = isFeederValue(src.id);
                src.duplex = isDuplexValue(src.id);
                src.label = sourceLabel(src);
                caps.sources.append(src);
            }
        }
        if (const auto* d = descriptor(SANE_NAME_SCAN_MODE);
            d && d->constraint_type == SANE_CONSTRAINT_STRING_LIST) {
            for (const SANE_String_Const* s = d->constraint.string_list; *s; ++s) {
                const QString v = fromSane(*s);
                const QString l = v.toLower();
                ColourMode m;
                if (l.contains(QLatin1String("color")) || l.contains(QLatin1String("colour")))
                    m = ColourMode::Colour;
                else if (l.contains(QLatin1String("gray")) || l.contains(QLatin1String("grey")))
                    m = ColourMode::Grey;
                else if (l.contains(QLatin1String("lineart")) || l.contains(QLatin1String("binary")) ||
                         l.contains(QLatin1String("black")))
                    m = ColourMode::BlackWhite;
                else
                    continue;
                if (!caps.modeValues.contains(int(m))) {
                    caps.modes.append(m);
                    caps.modeValues.insert(int(m), v);
                }
            }
        }
        if (const auto* d = descriptor(SANE_NAME_SCAN_RESOLUTION)) {
            auto value = [&](SANE_Word w) {
                return d->type == SANE_TYPE_FIXED ? int(SANE_UNFIX(w)) : int(w);
            };
            if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
                const SANE_Word* list = d->constraint.word_list;
                for (int i = 1; i <= list[0]; ++i)
                    caps.resolutions.append(value(list[i]));
            } else if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
                const int lo = value(d->constraint.range->min);
                const int hi = value(d->constraint.range->max);
                for (int r : {75, 100, 150, 200, 240, 300, 400, 600})
                    if (r >= lo && r <= hi)
                        caps.resolutions.append(r);
            }
        }
        if (const auto* d = descriptor("duplex");
            d && d->type == SANE_TYPE_BOOL && SANE_OPTION_IS_ACTIVE(d->cap))
            caps.duplexOption = true;
        return caps;
    }

    Result<ScanRun> scan(const ScanSettings& settings, const PageSink& sink,
                         const CancelToken& cancel) override
    {
        SOHOA_TRY(apply(settings));
        const QString source = currentString(SANE_NAME_SCAN_SOURCE);
        const bool feeder = isFeederValue(source);
        const bool duplex = isDuplexValue(source) || (settings.duplex && currentBool("duplex"));
        const int dpi = currentResolution(settings.dpi);
        ScanRun run;
        for (;;) {
            if (cancel.isCancelled()) {
                sane_cancel(m_handle);
                run.end = ScanEnd::Cancelled;
                return run;
            }
            const SANE_Status started = sane_start(m_handle);
            if (started == SANE_STATUS_NO_DOCS && feeder && run.pages > 0) {
                sane_cancel(m_handle);
                run.end = ScanEnd::FeederEmpty;
                return run;
            }
            if (started != SANE_STATUS_GOOD) {
                sane_cancel(m_handle);
                return saneError(started);
            }
            auto image = readImage(cancel);
            if (!image) {
                // A device error (jam, open cover) comes back while the backend's
                // reader thread may still be producing the page. Backends built
                // on sanei_thread cancel that thread asynchronously; caught
                // inside malloc it leaves a heap lock held and the next scan's
                // thread hangs on it (seen with the `test` backend). Let the
                // reader reach its blocking write first.
                if (!cancel.isCancelled())
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                sane_cancel(m_handle);
                if (cancel.isCancelled()) {
                    run.end = ScanEnd::Cancelled;
                    return run;
                }
                return image.error();
            }
            pixSetResolution(image->get(), dpi, dpi);
            ++run.pages;
            ScannedPage page;
            page.image = std::move(*image);
            page.dpi = dpi;
            page.sheet = duplex ? (run.pages + 1) / 2 : run.pages;
            page.duplex = duplex;
            page.back = duplex && run.pages % 2 == 0;
            page.source = source;
            page.at = QDateTime::currentDateTimeUtc();
            const bool more = sink(std::move(page));
            if (!feeder) {
                sane_cancel(m_handle);
                run.end = ScanEnd::SinglePage;
                return run;
            }
            if (!more) {
                sane_cancel(m_handle);
                run.end = ScanEnd::Stopped;
                return run;
            }
        }
    }

private:
    static QString sourceLabel(const ScanSource& s)
    {
        if (s.duplex)
            return Tr::tr("Document feeder, both sides (%1)").arg(s.id);
        if (s.feeder)
            return Tr::tr("Document feeder (%1)").arg(s.id);
        if (s.id.toLower().contains(QLatin1String("flatbed")))
            return Tr::tr("Flatbed (glass)");
        return s.id;
    }

    int optionIndex(const char* name) const
    {
        SANE_Int count = 0;
        if (sane_control_option(m_handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
            return -1;
        for (SANE_Int i = 1; i < count; ++i) {
            const SANE_Option_Descriptor* d = sane_get_option_descriptor(m_handle, i);
            if (d && d->name && std::strcmp(d->name, name) == 0)
                return i;
        }
        return -1;
    }

    const SANE_Option_Descriptor* descriptor(const char* name) const
    {
        const int i = optionIndex(name);
        return i < 0 ? nullptr : sane_get_option_descriptor(m_handle, i);
    }

    QString currentString(const char* name) const
    {
        const int i = optionIndex(name);
        const SANE_Option_Descriptor* d = i < 0 ? nullptr : sane_get_option_descriptor(m_handle, i);
        if (!d || d->type != SANE_TYPE_STRING || !SANE_OPTION_IS_ACTIVE(d->cap))
            return {};
        std::vector<char> buf(size_t(std::max<SANE_Int>(d->size, 1)) + 1, 0);
        if (sane_control_option(m_handle, i, SANE_ACTION_GET_VALUE, buf.data(), nullptr) != SANE_STATUS_GOOD)
            return {};
        return QString::fromUtf8(buf.data());
    }

    bool currentBool(const char* name) const
    {
        const int i = optionIndex(name);
        const SANE_Option_Descriptor* d = i < 0 ? nullptr : sane_get_option_descriptor(m_handle, i);
        if (!d || d->type != SANE_TYPE_BOOL || !SANE_OPTION_IS_ACTIVE(d->cap))
            return false;
        SANE_Bool v = SANE_FALSE;
        return sane_control_option(m_handle, i, SANE_ACTION_GET_VALUE, &v, nullptr) == SANE_STATUS_GOOD && v;
    }

    int currentResolution(int fallback) const
    {
        const int i = optionIndex(SANE_NAME_SCAN_RESOLUTION);
        const SANE_Option_Descriptor* d = i < 0 ? nullptr : sane_get_option_descriptor(m_handle, i);
        SANE_Word w = 0;
        if (!d || sane_control_option(m_handle, i, SANE_ACTION_GET_VALUE, &w, nullptr) != SANE_STATUS_GOOD)
            return fallback;
        const int dpi = d->type == SANE_TYPE_FIXED ? int(std::lround(SANE_UNFIX(w))) : int(w);
        return dpi > 0 ? dpi : fallback;
    }

    // Sets an option from text; `required` makes a missing or refused option an error.
    Result<void> set(const char* name, const QString& value, bool required)
    {
        const int i = optionIndex(name);
        const SANE_Option_Descriptor* d = i < 0 ? nullptr : sane_get_option_descriptor(m_handle, i);
        auto refuse = [&](const QString& why) -> Result<void> {
            if (!required)
                return {};
            return makeError(
                QStringLiteral("scanner.option"),
                Tr::tr("The scanner does not accept %1 = %2: %3").arg(QString::fromUtf8(name), value, why));
        };
        if (!d)
            return refuse(Tr::tr("it has no such option"));
        if (!SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap))
            return refuse(Tr::tr("the option cannot be changed now"));
        SANE_Status st = SANE_STATUS_INVAL;
        SANE_Int info = 0;
        switch (d->type) {
        case SANE_TYPE_STRING: {
            std::vector<char> buf(size_t(std::max<SANE_Int>(d->size, 1)), 0);
            const QByteArray utf8 = value.toUtf8();
            if (utf8.size() >= qsizetype(buf.size()))
                return refuse(Tr::tr("the value is too long"));
            std::memcpy(buf.data(), utf8.constData(), size_t(utf8.size()));
            st = sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, buf.data(), &info);
            break;
        }
        case SANE_TYPE_BOOL: {
            const QString l = value.toLower();
            SANE_Bool b = (l == QLatin1String("1") || l == QLatin1String("true") || l == QLatin1String("yes"))
                              ? SANE_TRUE
                              : SANE_FALSE;
            st = sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, &b, &info);
            break;
        }
        case SANE_TYPE_INT:
        case SANE_TYPE_FIXED: {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok)
                return refuse(Tr::tr("a number is expected"));
            if (d->size > SANE_Int(sizeof(SANE_Word)))
                return refuse(Tr::tr("array options are not supported"));
            SANE_Word w = d->type == SANE_TYPE_FIXED ? SANE_FIX(v) : SANE_Word(std::lround(v));
            st = sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, &w, &info);
            break;
        }
        case SANE_TYPE_BUTTON:
            st = sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, nullptr, &info);
            break;
        default:
            return refuse(Tr::tr("unsupported option type"));
        }
        if (st != SANE_STATUS_GOOD)
            return refuse(fromSane(sane_strstatus(st)));
        return {};
    }

    // Sets a geometry option (mm) to `mm`, clamped to what the device allows.
    void setGeometry(const char* name, double mm, bool toMax)
    {
        const SANE_Option_Descriptor* d = descriptor(name);
        if (!d || d->unit != SANE_UNIT_MM || d->constraint_type != SANE_CONSTRAINT_RANGE)
            return;
        const bool fixed = d->type == SANE_TYPE_FIXED;
        const double lo = fixed ? SANE_UNFIX(d->constraint.range->min) : d->constraint.range->min;
        const double hi = fixed ? SANE_UNFIX(d->constraint.range->max) : d->constraint.range->max;
        const double v = toMax ? std::min(hi, mm) : std::max(lo, mm);
        (void)set(name, QString::number(v, 'f', 1), false);
    }

    Result<void> apply(const ScanSettings& settings)
    {
        auto caps = capabilities();
        if (caps && caps->modeValues.contains(int(settings.mode)))
            SOHOA_TRY(set(SANE_NAME_SCAN_MODE, caps->modeValues.value(int(settings.mode)), true));
        if (!settings.source.isEmpty())
            SOHOA_TRY(set(SANE_NAME_SCAN_SOURCE, settings.source, true));
        if (caps && caps->duplexOption)
            (void)set("duplex", settings.duplex ? QStringLiteral("true") : QStringLiteral("false"), false);
        if (settings.dpi > 0)
            SOHOA_TRY(set(SANE_NAME_SCAN_RESOLUTION, QString::number(settings.dpi), true));
        // The whole of an A4 sheet (the commune's books and certificates), within the device's area.
        setGeometry(SANE_NAME_SCAN_TL_X, 0, false);
        setGeometry(SANE_NAME_SCAN_TL_Y, 0, false);
        setGeometry(SANE_NAME_SCAN_BR_X, 210, true);
        setGeometry(SANE_NAME_SCAN_BR_Y, 297, true);
        for (auto it = settings.deviceOptions.constBegin(); it != settings.deviceOptions.constEnd(); ++it)
            SOHOA_TRY(set(it.key().toUtf8().constData(), it.value(), true));
        return {};
    }

    // Reads one page (all frames) into a Pix.
    Result<imaging::PixPtr> readImage(const CancelToken& cancel)
    {
        std::vector<uint8_t> channels[3];
        SANE_Parameters p{};
        int width = 0, lines = 0;
        bool rgb = false, separate = false;
        for (;;) {
            SANE_Status st = sane_get_parameters(m_handle, &p);
            if (st != SANE_STATUS_GOOD)
                return saneError(st);
            if (p.depth != 1 && p.depth != 8 && p.depth != 16)
                return makeError(
                    QStringLiteral("scanner.failed"),
                    Tr::tr("The scanner sends %1-bit pixels, which SoHoa does not read.").arg(p.depth));
            std::vector<uint8_t> frame;
            if (p.lines > 0)
                frame.reserve(size_t(p.lines) * size_t(p.bytes_per_line));
            std::vector<uint8_t> buf(size_t(64) * 1024);
            for (;;) {
                if (cancel.isCancelled()) {
                    sane_cancel(m_handle);
                    return makeError(QStringLiteral("scanner.cancelled"), Tr::tr("Scanning was cancelled."));
                }
                SANE_Int len = 0;
                st = sane_read(m_handle, buf.data(), SANE_Int(buf.size()), &len);
                if (len > 0)
                    frame.insert(frame.end(), buf.begin(), buf.begin() + len);
                if (st == SANE_STATUS_EOF)
                    break;
                if (st != SANE_STATUS_GOOD)
                    return saneError(st);
                // A page bigger than any sheet means a broken driver; stop before memory runs out.
                if (frame.size() > size_t(600) * 1024 * 1024)
                    return makeError(QStringLiteral("scanner.failed"),
                                     Tr::tr("The scanner sent far more data than a page."));
            }
            if (p.bytes_per_line <= 0)
                return makeError(QStringLiteral("scanner.failed"),
                                 Tr::tr("The scanner sent a page without lines."));
            const int frameLines = int(frame.size() / size_t(p.bytes_per_line));
            width = p.pixels_per_line;
            lines = lines ? std::min(lines, frameLines) : frameLines;
            switch (p.format) {
            case SANE_FRAME_GRAY:
                channels[0] = std::move(frame);
                break;
            case SANE_FRAME_RGB:
                channels[0] = std::move(frame);
                rgb = true;
                break;
            case SANE_FRAME_RED:
                channels[0] = std::move(frame);
                separate = rgb = true;
                break;
            case SANE_FRAME_GREEN:
                channels[1] = std::move(frame);
                separate = rgb = true;
                break;
            case SANE_FRAME_BLUE:
                channels[2] = std::move(frame);
                separate = rgb = true;
                break;
            }
            if (p.last_frame)
                break;
            st = sane_start(m_handle); // next frame of a three-pass scanner
            if (st != SANE_STATUS_GOOD)
                return saneError(st);
        }
        if (width <= 0 || lines <= 0)
            return makeError(QStringLiteral("scanner.failed"), Tr::tr("The scanner sent an empty page."));
        return toPix(channels, p, width, lines, rgb, separate);
    }

    static Result<imaging::PixPtr> toPix(std::vector<uint8_t> (&ch)[3], const SANE_Parameters& p, int width,
                                         int lines, bool rgb, bool separate)
    {
        const int depth = p.depth;
        const int bpl = p.bytes_per_line;
        auto sample = [&](const std::vector<uint8_t>& data, size_t offset) -> int {
            if (depth == 16) {
                uint16_t v = 0;
                std::memcpy(&v, data.data() + offset, 2); // SANE: host byte order
                return v >> 8;
            }
            return data[offset];
        };
        const int bytesPerSample = depth == 16 ? 2 : 1;
        if (!rgb && depth == 1) {
            imaging::PixPtr pix = imaging::adopt(pixCreate(width, lines, 1));
            if (!pix)
                return makeError(QStringLiteral("scanner.no_memory"),
                                 Tr::tr("Not enough memory for the page."));
            l_uint32* data = pixGetData(pix.get());
            const int wpl = pixGetWpl(pix.get());
            const int rowBytes = (width + 7) / 8;
            for (int y = 0; y < lines; ++y) {
                l_uint32* line = data + qsizetype(y) * wpl;
                for (int i = 0; i < rowBytes; ++i)
                    SET_DATA_BYTE(line, i,
                                  ch[0][size_t(y) * bpl + i]); // SANE lineart: 1 = black, like Leptonica
            }
            return pix;
        }
        if (!rgb) {
            imaging::PixPtr pix = imaging::adopt(pixCreate(width, lines, 8));
            if (!pix)
                return makeError(QStringLiteral("scanner.no_memory"),
                                 Tr::tr("Not enough memory for the page."));
            l_uint32* data = pixGetData(pix.get());
            const int wpl = pixGetWpl(pix.get());
            for (int y = 0; y < lines; ++y) {
                l_uint32* line = data + qsizetype(y) * wpl;
                for (int x = 0; x < width; ++x)
                    SET_DATA_BYTE(line, x, sample(ch[0], size_t(y) * bpl + size_t(x) * bytesPerSample));
            }
            return pix;
        }
        if (depth == 1)
            return makeError(QStringLiteral("scanner.failed"),
                             Tr::tr("1-bit colour scans are not supported."));
        imaging::PixPtr pix = imaging::adopt(pixCreate(width, lines, 32));
        if (!pix)
            return makeError(QStringLiteral("scanner.no_memory"), Tr::tr("Not enough memory for the page."));
        if (separate && (ch[0].empty() || ch[1].empty() || ch[2].empty()))
            return makeError(QStringLiteral("scanner.failed"),
                             Tr::tr("The scanner did not send all three colours."));
        l_uint32* data = pixGetData(pix.get());
        const int wpl = pixGetWpl(pix.get());
        for (int y = 0; y < lines; ++y) {
            l_uint32* line = data + qsizetype(y) * wpl;
            for (int x = 0; x < width; ++x) {
                int r, g, b;
                if (separate) {
                    const size_t o = size_t(y) * bpl + size_t(x) * bytesPerSample;
                    r = sample(ch[0], o);
                    g = sample(ch[1], o);
                    b = sample(ch[2], o);
                } else {
                    const size_t o = size_t(y) * bpl + size_t(x) * 3 * bytesPerSample;
                    r = sample(ch[0], o);
                    g = sample(ch[0], o + bytesPerSample);
                    b = sample(ch[0], o + size_t(2) * bytesPerSample);
                }
                l_uint32 px = 0;
                composeRGBPixel(r, g, b, &px);
                line[x] = px;
            }
        }
        return pix;
    }

    SANE_Handle m_handle;
    ScannerInfo m_info;
};

class SaneBackend : public ScannerBackend {
public:
    QString name() const override { return QStringLiteral("SANE"); }

    Result<QList<ScannerInfo>> listDevices() override
    {
        std::lock_guard lock(runtime().mutex);
        if (SANE_Status st = runtime().ensure(); st != SANE_STATUS_GOOD)
            return saneError(st);
        const SANE_Device** devices = nullptr;
        if (SANE_Status st = sane_get_devices(&devices, SANE_FALSE); st != SANE_STATUS_GOOD)
            return saneError(st);
        QList<ScannerInfo> out;
        for (const SANE_Device** d = devices; d && *d; ++d)
            out.append(ScannerInfo{fromSane((*d)->name), fromSane((*d)->vendor), fromSane((*d)->model),
                                   fromSane((*d)->type)});
        return out;
    }

    Result<std::unique_ptr<ScannerDevice>> open(const QString& deviceId) override
    {
        std::lock_guard lock(runtime().mutex);
        if (SANE_Status st = runtime().ensure(); st != SANE_STATUS_GOOD)
            return saneError(st);
        SANE_Handle handle = nullptr;
        const QByteArray name = deviceId.toUtf8();
        const SANE_Status st = sane_open(name.constData(), &handle);
        if (st == SANE_STATUS_INVAL)
            return makeError(QStringLiteral("scanner.not_found"),
                             Tr::tr("There is no scanner '%1'. Check that it is switched on and connected.")
                                 .arg(deviceId));
        if (st != SANE_STATUS_GOOD)
            return saneError(st);
        ScannerInfo info{deviceId, {}, {}, {}};
        const SANE_Device** devices = nullptr;
        if (sane_get_devices(&devices, SANE_FALSE) == SANE_STATUS_GOOD)
            for (const SANE_Device** d = devices; d && *d; ++d)
                if (fromSane((*d)->name) == deviceId)
                    info = ScannerInfo{deviceId, fromSane((*d)->vendor), fromSane((*d)->model),
                                       fromSane((*d)->type)};
        return std::unique_ptr<ScannerDevice>(new SaneDevice(handle, info));
    }
};

} // namespace

std::unique_ptr<ScannerBackend> createSaneBackend()
{
    return std::make_unique<SaneBackend>();
}

} // namespace sohoa::capture

#endif // SOHOA_HAVE_SANE
