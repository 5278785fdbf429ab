// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace keyscout {

class Matcher;

// Whether `path` still holds `secret` after a cleanup: its raw bytes, then (with a matcher) a scan of the
// file the way the scan read it, decoded formats included, git history aside. A file that is gone holds
// nothing.
bool fileStillHoldsSecret(const QString& path, const QByteArray& secret, const Matcher* matcher);

} // namespace keyscout
