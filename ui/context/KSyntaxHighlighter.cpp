// SPDX-License-Identifier: GPL-3.0-or-later
#include "KSyntaxHighlighter.h"

#include "Highlighting.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <QPalette>

namespace keyscout {

namespace {

// As the built-in highlighter: WCAG AA for normal text against what the text is drawn on.
constexpr double kMinimumContrast = 4.5;

Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)

} // namespace

KSyntaxHighlighting::Repository& KSyntaxHighlighter::repository()
{
    return *s_repository;
}

QString KSyntaxHighlighter::definitionName(SourceLanguage language)
{
    switch (language) {
    case SourceLanguage::PlainText:
        return {};
    case SourceLanguage::Env:
        return QStringLiteral("Dotenv");
    case SourceLanguage::Ini:
        return QStringLiteral("INI Files");
    case SourceLanguage::Python:
        return QStringLiteral("Python");
    case SourceLanguage::Json:
        return QStringLiteral("JSON");
    case SourceLanguage::Yaml:
        return QStringLiteral("YAML");
    case SourceLanguage::Toml:
        return QStringLiteral("TOML");
    case SourceLanguage::Shell:
        return QStringLiteral("Bash");
    case SourceLanguage::Diff:
        return QStringLiteral("Diff");
    case SourceLanguage::Markdown:
        return QStringLiteral("Markdown");
    }
    return {};
}

KSyntaxHighlighting::Definition KSyntaxHighlighter::definitionFor(SourceLanguage language,
                                                                  const QString& fileName)
{
    // Plain text stays plain, whatever KSyntaxHighlighting would make of the name: Keyscout judged the file
    // (a binary, a credential file of URLs) not worth colouring.
    if (language == SourceLanguage::PlainText) {
        return {};
    }
    if (!fileName.isEmpty()) {
        // Its file-name patterns know more formats and variants than SourceLanguage has (a .jsonc, a .zshrc).
        const KSyntaxHighlighting::Definition byName = repository().definitionForFileName(fileName);
        if (byName.isValid()) {
            return byName;
        }
    }
    // Names it has no pattern for (.aws/credentials, .python_history, a backup copy) go by Keyscout's
    // judgement.
    return repository().definitionForName(definitionName(language));
}

std::unique_ptr<KSyntaxHighlighter>
KSyntaxHighlighter::create(SourceLanguage language, const QString& fileName, const QPalette& palette)
{
    const KSyntaxHighlighting::Definition definition = definitionFor(language, fileName);
    if (!definition.isValid()) {
        return nullptr;
    }
    return std::unique_ptr<KSyntaxHighlighter>(new KSyntaxHighlighter(definition, palette));
}

KSyntaxHighlighter::KSyntaxHighlighter(const KSyntaxHighlighting::Definition& definition,
                                       const QPalette& palette)
    : KSyntaxHighlighting::SyntaxHighlighter(static_cast<QObject*>(nullptr))
    , m_base(palette.color(QPalette::Base))
    , m_dark(isDarkPalette(palette))
{
    // Theme first: setDefinition colours the document when one is already set, and there is none yet.
    setTheme(repository().defaultTheme(m_dark ? KSyntaxHighlighting::Repository::DarkTheme
                                              : KSyntaxHighlighting::Repository::LightTheme));
    setDefinition(definition);
}

QTextCharFormat KSyntaxHighlighter::charFormat(QColor text, const QColor& background, bool hasBackground,
                                               bool bold, bool italic, bool underline,
                                               bool strikeThrough) const
{
    QTextCharFormat format;
    // Always a foreground, as KSyntaxHighlighting does: the theme's normal text colour, not the palette's.
    format.setForeground(withContrast(text, hasBackground ? background : m_base, kMinimumContrast));
    if (hasBackground) {
        format.setBackground(background);
    }
    // Only ever switched on: the secret's span is bold in the document's own format, and a format that
    // said "not bold" here would hide that.
    if (bold) {
        format.setFontWeight(QFont::Bold);
    }
    if (italic) {
        format.setFontItalic(true);
    }
    if (underline) {
        format.setFontUnderline(true);
    }
    if (strikeThrough) {
        format.setFontStrikeOut(true);
    }
    return format;
}

QTextCharFormat KSyntaxHighlighter::styleFormat(KSyntaxHighlighting::Theme::TextStyle style) const
{
    const KSyntaxHighlighting::Theme& t = theme();
    const QRgb background = t.backgroundColor(style);
    return charFormat(QColor::fromRgba(t.textColor(style)), QColor::fromRgba(background),
                      qAlpha(background) != 0, t.isBold(style), t.isItalic(style), t.isUnderline(style),
                      t.isStrikeThrough(style));
}

void KSyntaxHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format)
{
    if (length == 0) {
        return;
    }
    auto it = m_formats.constFind(format.id());
    if (it == m_formats.cend()) {
        const KSyntaxHighlighting::Theme& t = theme();
        const bool hasBackground = format.hasBackgroundColor(t);
        it = m_formats.insert(format.id(), charFormat(format.textColor(t), format.backgroundColor(t),
                                                      hasBackground, format.isBold(t), format.isItalic(t),
                                                      format.isUnderline(t), format.isStrikeThrough(t)));
    }
    setFormat(offset, length, *it);
}

} // namespace keyscout
