#pragma once

#include <QSize>
#include <QStringList>

class QWidget;

namespace sohoa::test {

// Texts a clerk cannot read whole in `root` as it is laid out now: every
// visible label, button, header section, table cell and line edit must show
// its whole text, or elide it by design with a tooltip that has it. Scroll
// areas of forms must not scroll (or be cut) sideways, and no widget may
// reach outside its window. One line per problem: what, where, how short.
QStringList clippedTexts(QWidget* root);

} // namespace sohoa::test
