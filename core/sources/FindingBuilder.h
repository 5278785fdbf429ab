// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the sources: how matches in a buffer become findings. Not part of keyscout_core's interface.
#pragma once

#include "detect/Matcher.h"
#include "findings/Finding.h"

#include <QList>
#include <string_view>
#include <vector>

namespace keyscout::detail {

// Turns the matches in one buffer into findings (secret, hash, mask, line, column, offset, masked context,
// file facts). `bufferOffset` is the buffer's offset in the file and `linesBefore` the number of newlines
// before it.
void collectFindings(const Matcher& matcher, std::string_view buffer, const std::vector<Match>& matches,
                     qint64 bufferOffset, qint64 linesBefore, bool binary, const QString& path,
                     SourceKind kind, const FileFacts& facts, QList<Finding>& out);

// 1-based column, in code points, of byte `offset` of `bytes`.
qint64 columnAt(std::string_view bytes, size_t offset);

} // namespace keyscout::detail
