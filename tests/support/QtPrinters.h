#pragma once

// Readable gtest output for Qt strings (found by argument-dependent lookup).
#include <QString>
#include <QStringList>
#include <ostream>

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
