#pragma once

#include <QCoreApplication>

// The translation context of each concern of core: a message is written `Tr::tr("English text")`
// inside the concern's namespace (the compiler finds its Tr), and lupdate, which reads this header,
// files it under the same context the program asks for at run time ("sohoa::sync", ...). A QObject
// translates with its own tr() (context: the class). No other way: a hand-written context string
// or a file-local tr() helper is invisible to lupdate and ends up untranslated
// (tools/check-translations.py, run by the test translation_contexts, finds them).

namespace sohoa::accounts {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::accounts)
};
} // namespace sohoa::accounts

namespace sohoa::adminunits {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::adminunits)
};
} // namespace sohoa::adminunits

namespace sohoa::audit {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::audit)
};
} // namespace sohoa::audit

namespace sohoa::backup {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::backup)
};
} // namespace sohoa::backup

namespace sohoa::batches {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::batches)
};
} // namespace sohoa::batches

namespace sohoa::capture {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::capture)
};
} // namespace sohoa::capture

namespace sohoa::common {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::common)
};
} // namespace sohoa::common

namespace sohoa::crypto {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::crypto)
};
} // namespace sohoa::crypto

namespace sohoa::exporting {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::exporting)
};
} // namespace sohoa::exporting

namespace sohoa::extraction {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::extraction)
};
} // namespace sohoa::extraction

namespace sohoa::hardening {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::hardening)
};
} // namespace sohoa::hardening

namespace sohoa::i18n {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::i18n)
};
} // namespace sohoa::i18n

namespace sohoa::imaging {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::imaging)
};
} // namespace sohoa::imaging

namespace sohoa::ingest {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::ingest)
};
} // namespace sohoa::ingest

namespace sohoa::keying {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::keying)
};
} // namespace sohoa::keying

namespace sohoa::layouts {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::layouts)
};
} // namespace sohoa::layouts

namespace sohoa::ocr {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::ocr)
};
} // namespace sohoa::ocr

namespace sohoa::records {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::records)
};
} // namespace sohoa::records

namespace sohoa::reporting {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::reporting)
};
} // namespace sohoa::reporting

namespace sohoa::review {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::review)
};
} // namespace sohoa::review

namespace sohoa::search {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::search)
};
} // namespace sohoa::search

namespace sohoa::store {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::store)
};
} // namespace sohoa::store

namespace sohoa::sync {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::sync)
};
} // namespace sohoa::sync

namespace sohoa::text {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::text)
};
} // namespace sohoa::text

namespace sohoa::validation {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::validation)
};
} // namespace sohoa::validation

namespace sohoa::workflow {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::workflow)
};
} // namespace sohoa::workflow
