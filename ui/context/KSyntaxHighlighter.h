// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compiled only when the build found KF6 SyntaxHighlighting (KEYSCOUT_HAVE_KF6); createHighlighter() is the
// way in, this header is for that factory and for the tests.

#include "SourceLanguage.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QColor>
#include <QHash>
#include <QTextCharFormat>
#include <memory>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace keyscout {

// KSyntaxHighlighting's highlighter with Keyscout's choices: the definition from the file name or, failing
// that, from the language Keyscout judged; KDE's default dark or light theme as the palette is dark or light;
// and every colour kept readable on the view's own base colour (the theme's colours are made for the theme's
// background, which the view does not paint).
class KSyntaxHighlighter : public KSyntaxHighlighting::SyntaxHighlighter {
    Q_OBJECT
public:
    // A highlighter for `language` (a file named `fileName`, may be empty) coloured for `palette`, not yet
    // installed on a document; nullptr when no KSyntaxHighlighting definition fits (or for plain text).
    static std::unique_ptr<KSyntaxHighlighter> create(SourceLanguage language, const QString& fileName,
                                                      const QPalette& palette);

    // The definition create() would use; invalid when none fits.
    static KSyntaxHighlighting::Definition definitionFor(SourceLanguage language, const QString& fileName);

    // The KSyntaxHighlighting name of the definition for a language ("Python", "INI Files"); empty for plain
    // text. The definition may still be missing from the installed KSyntaxHighlighting ("Dotenv").
    static QString definitionName(SourceLanguage language);

    // The one process-wide repository: loading definitions is the expensive part, so it lives as long as the
    // process and every highlighter shares it. GUI thread only.
    static KSyntaxHighlighting::Repository& repository();

    [[nodiscard]] bool isDarkTheme() const { return m_dark; }

    // The character format drawn for a theme style (a text style of the theme, after the contrast fix).
    [[nodiscard]] QTextCharFormat styleFormat(KSyntaxHighlighting::Theme::TextStyle style) const;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override;

private:
    KSyntaxHighlighter(const KSyntaxHighlighting::Definition& definition, const QPalette& palette);
    [[nodiscard]] QTextCharFormat charFormat(QColor text, const QColor& background, bool hasBackground,
                                             bool bold, bool italic, bool underline,
                                             bool strikeThrough) const;

    QColor m_base;
    bool m_dark = false;
    QHash<int, QTextCharFormat> m_formats; // by KSyntaxHighlighting::Format::id(); one theme per highlighter
};

} // namespace keyscout
