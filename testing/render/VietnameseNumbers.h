#pragma once

#include <QDate>
#include <QString>

namespace sohoa::render {

// Numbers and dates written in words as Vietnamese civil-status papers print them.
QString numberInWords(qint64 n); // 2019 -> "hai nghìn không trăm mười chín"
QString dateInWords(int year, int month,
                    int day); // "ngày mồng mười, tháng hai, năm hai nghìn không trăm mười một"
QString decimalInWords(const QString& decimal); // "567.5" -> "năm trăm sáu mươi bảy phẩy năm"

} // namespace sohoa::render
