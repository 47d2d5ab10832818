#pragma once

// PDF files written byte by byte, for tests that need PDF no writer makes (hidden text, hostile
// structures, encryption dictionaries).
#include <QByteArray>
#include <QList>

namespace sohoa::test {

// A PDF file of objects 1..n in order, with its xref table and a trailer naming object 1 as the
// catalogue (trailerExtra: more trailer entries).
QByteArray assemblePdf(const QList<QByteArray>& objects, const QByteArray& trailerExtra = {});

} // namespace sohoa::test
