// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QMainWindow;

namespace keyscout::Language {

// The languages Keyscout is translated into ("de", "fr", "es", "ja", "zh_CN"); English is the source.
[[nodiscard]] QStringList available();
// A language's own name for itself ("Deutsch", "日本語").
[[nodiscard]] QString nativeName(const QString& code);
// The language chosen in Settings → Language (QSettings "ui/language"); empty: the system's.
[[nodiscard]] QString chosen();
void setChosen(const QString& code);
// The locale the window uses: the chosen language, else the system's.
[[nodiscard]] QLocale effectiveLocale();
// Installs Keyscout's and Qt's own translations for effectiveLocale() (call once, before any window) and
// makes it the default locale. Returns the name of the language in use ("de", or "en" for the source
// strings).
QString install();
// Adds Settings → Language to `window`'s menu bar: the choice is saved and used from the next start, which
// the person may do at once.
void addMenu(QMainWindow* window);

} // namespace keyscout::Language
