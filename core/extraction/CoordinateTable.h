#pragma once

#include <QString>
#include <QStringList>

namespace sohoa::extraction {

// The corner points of a parcel sketch's coordinate table (VN-2000 metres),
// from the X and Y numbers of its rows in printed order ("X Y X Y ..."), as
// SPEC §1's parcel_corners: "X,Y;X,Y;..." with '.' decimals.
// - A number OCR read without its decimal point ("121114476" in a column of
//   "1211131.57") gets the point where the column's other numbers have it.
// - A point read twice (",.") is one point.
// - A figure kilometres away from the rest of its column (two thirds of it,
//   three figures at least, within 500 m of its median: one parcel's corners
//   are near each other) whose one misread digit among its first four, put
//   to the median's, brings it near: that digit is put right.
// - The table's last row repeating its first point (the ring closed, as the
//   cadastral tables print it) is not another corner.
// Empty when the numbers do not pair up. `quality` is lowered for every
// decimal point put back.
QString parcelCornersFrom(const QStringList& numbers, double* quality = nullptr);

} // namespace sohoa::extraction
