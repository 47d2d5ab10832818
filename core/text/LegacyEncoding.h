#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace sohoa::text {

// Vietnamese text encodings from before Unicode that still turn up in old
// Word files, spreadsheets and typed registers. The tables were written from
// the published charts (TCVN 5712:1993 VN3 "ABC", VNI for Windows, VIQR
// RFC 1456, VISCII RFC 1456); no library in Debian converts them.
enum class LegacyEncoding {
    Tcvn3,  // TCVN 5712:1993 VN3 (.VnTime fonts, "ABC"); uppercase letters with tones in the VN1 slots
    Vni,    // VNI Windows: base letter followed by a mark character ("Nguye\u00e3n")
    Viqr,   // ASCII marks after the vowel ("Nguye^~n")
    Viscii, // 8-bit, RFC 1456
};

QString legacyEncodingName(LegacyEncoding e); // "TCVN3", "VNI", "VIQR", "VISCII"

// Text typed in a legacy encoding, as it looks once read as Windows-1252 /
// Latin-1 (which is how it reaches us from old files and the clipboard),
// converted to Unicode NFC. Words whose other letters are all capitals are
// given capital Vietnamese letters too (TCVN3 capitals used a separate font
// with the same codes).
QString decodeLegacy(LegacyEncoding encoding, QStringView text);

// The reverse: Unicode text as it would look typed in the legacy encoding
// (read back as Windows-1252/Latin-1). For tests and for exporting to old systems.
QString encodeLegacy(LegacyEncoding encoding, QStringView text);

// Raw bytes of a legacy file to Unicode NFC (VISCII uses six control-code bytes).
QString decodeLegacyBytes(LegacyEncoding encoding, const QByteArray& bytes);

// What is wrong with a piece of text's encoding, if anything, and its fix.
struct EncodingFinding {
    enum class Kind { None, NotNfc, Legacy };
    Kind kind = Kind::None;
    LegacyEncoding encoding = LegacyEncoding::Tcvn3; // when kind == Legacy
    QString converted;                               // Unicode NFC, when kind != None

    bool found() const { return kind != Kind::None; }
};

// Detects text typed in TCVN3, VNI, VIQR or VISCII (the conversion must turn
// mojibake into well-formed Vietnamese syllables) or Unicode text that is not
// in NFC (decomposed marks). Plain ASCII and proper Unicode give Kind::None.
EncodingFinding detectEncodingProblem(QStringView text);

} // namespace sohoa::text
