// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceLanguage.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <array>

class QPalette;

namespace keyscout {

// A small highlighter for the formats credentials leak into (env, INI, Python, JSON, YAML, TOML, shell,
// diff, Markdown). It is the fallback where KSyntaxHighlighting is missing (DESIGN.md): it colours what helps
// a person read a few lines around a secret, and makes no attempt at full grammars. Obtain it through
// createHighlighter() (Highlighting.h) rather than directly.
class BuiltinHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    enum class Token {
        Comment,
        String,
        Number,
        Keyword,
        Key,
        Section,
        Variable,
        Added,
        Removed,
        Hunk,
        FileHeader
    };
    static constexpr int kTokenCount = static_cast<int>(Token::FileHeader) + 1;

    // Colours come from a light or a dark scheme chosen by the palette, each made to contrast with the
    // palette's base colour.
    BuiltinHighlighter(SourceLanguage language, const QPalette& palette, QObject* parent = nullptr);

    [[nodiscard]] SourceLanguage language() const { return m_language; }
    [[nodiscard]] bool isDarkScheme() const { return m_dark; }
    [[nodiscard]] QTextCharFormat tokenFormat(Token token) const
    {
        return m_formats.at(static_cast<size_t>(token));
    }

protected:
    void highlightBlock(const QString& text) override;

private:
    void mark(qsizetype begin, qsizetype end, Token token);
    void markScalar(const QString& text, qsizetype begin, qsizetype end);
    qsizetype markPlainValue(const QString& text, qsizetype begin, QLatin1String commentStarts);

    void highlightPython(const QString& text);
    qsizetype markPythonString(const QString& text, qsizetype begin, qsizetype quote, int* open);
    void highlightShell(const QString& text, bool envFile);
    qsizetype markShellDoubleQuoted(const QString& text, qsizetype begin, qsizetype contentBegin);
    void highlightIni(const QString& text);
    void highlightJson(const QString& text);
    void highlightYaml(const QString& text);
    void markYamlValue(const QString& text, qsizetype begin, qsizetype lineIndent);
    void highlightToml(const QString& text);
    void highlightDiff(const QString& text);
    void highlightMarkdown(const QString& text);

    SourceLanguage m_language;
    bool m_dark = false;
    std::array<QTextCharFormat, kTokenCount> m_formats;
};

} // namespace keyscout
