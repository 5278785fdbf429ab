// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace keyscout {

// The demo workstation: a small home folder with the places ML work leaks credentials (token store, shell
// history, .env, notebook output, git credentials, configs), made from the templates in resources/demo/home.
// Every token is generated from a fixed seed when the folder is made, so a workshop sees the same findings
// each time and the repository holds no token-shaped strings.
class DemoWorkstation {
public:
    // (Re)creates the demo home at `directory`. Refuses a non-empty folder that is not a demo home.
    static bool create(const QString& directory, QString* error = nullptr);
    // The generated tokens by template name ("HF_WRITE" → "hf_…"), as create() writes them.
    static QHash<QString, QByteArray> tokens();
    // The demo's Hugging Face hub cache (a downloaded model whose pickle runs code when loaded).
    static QString hubCache(const QString& directory);
    // ~/.local/share/keyscout/demo-workstation on Linux.
    static QString defaultLocation();
    static constexpr const char* kMarkerFile = ".keyscout-demo";
};

} // namespace keyscout
