#pragma once

#include <QString>
#include <QStringView>

namespace sohoa::text {

// Accent-insensitive form for search and matching: lower case, every
// diacritic removed (including letters with two marks such as ễ, ộ, which
// SQLite's unicode61 tokenizer does not fold), đ -> d, punctuation -> space,
// spaces collapsed. "Nguyễn Văn Đức" -> "nguyen van duc".
QString foldForSearch(QStringView text);

// One character folded: lower case, diacritics removed (ễ -> e, Đ -> d). A
// character that is not a letter (punctuation, a combining mark) comes back
// as the first character of its canonical decomposition, lower case.
QChar baseLetter(QChar c);

} // namespace sohoa::text
