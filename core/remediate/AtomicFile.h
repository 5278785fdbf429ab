// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a person's file so that, whatever fails, the file holds either its old bytes or its new ones.
#pragma once

#include <QByteArray>
#include <QString>

namespace keyscout {

// Replaces the content of `path` with `bytes`: a temporary file in the same folder gets the bytes, the file's
// mode (and owner, when allowed), is flushed to disk and renamed over the file, then the folder is flushed.
// A symbolic link is followed (the link stays a link; its target changes). On any failure the file is
// untouched, the temporary file is removed, false is returned and `error` says why in words naming the
// file. `mode` -1 keeps the existing file's mode (0600 for a new file).
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error, int mode = -1);

// Reads the whole file; false with `error` when it cannot be read.
bool readWholeFile(const QString& path, QByteArray* bytes, QString* error);

// Lower-case hex SHA-256 of `bytes`.
QString sha256Hex(const QByteArray& bytes);

} // namespace keyscout
