// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rescan.h"

#include "sources/FileSystemScanner.h"

#include <QFile>

namespace keyscout {

bool fileStillHoldsSecret(const QString& path, const QByteArray& secret, const Matcher* matcher)
{
    QFile file(path);
    if (!file.exists()) {
        return false;
    }
    if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret)) {
        return true;
    }
    if (matcher == nullptr) {
        return false;
    }
    ScanOptions options;
    options.roots = {path};
    options.threads = 1;
    options.gitHistory = false;
    FileSystemScanner scanner(*matcher, options);
    bool found = false;
    scanner.run([&](QList<Finding>&& batch) {
        for (const Finding& f : batch) {
            found = found || f.secret == secret;
        }
    });
    return found;
}

} // namespace keyscout
