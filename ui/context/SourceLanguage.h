// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyscout {

// The kinds of text the context view knows how to colour. Each is a family a person would recognise, not a
// precise grammar: INI covers git config and AWS credentials alike.
enum class SourceLanguage { PlainText, Env, Ini, Python, Json, Yaml, Toml, Shell, Diff, Markdown };

// The language of a file, judged by its name, extension and, for a few generic names ("config",
// "credentials"), the folder it is in. Unknown names are PlainText.
SourceLanguage languageForFileName(const QString& path);

// The language named by a notebook's kernel or a cell ("python", "markdown", "bash"); PlainText when unknown.
SourceLanguage languageForName(const QString& name);

// The translated name to show for a language ("Python", "Shell script").
QString languageName(SourceLanguage language);

} // namespace keyscout
