// SPDX-License-Identifier: GPL-3.0-or-later
#include "Highlighting.h"

#include "BuiltinHighlighter.h"
#ifdef KEYSCOUT_HAVE_KF6
#include "KSyntaxHighlighter.h"
#endif

#include <QPalette>
#include <algorithm>
#include <cmath>

namespace keyscout {

std::unique_ptr<QSyntaxHighlighter> createHighlighter(QTextDocument* document, SourceLanguage language,
                                                      const QPalette& palette,
                                                      [[maybe_unused]] const QString& fileName)
{
    if (language == SourceLanguage::PlainText) {
        return nullptr;
    }
#ifdef KEYSCOUT_HAVE_KF6
    // One shared Repository, the definition by file name or language, the theme by isDarkPalette.
    if (std::unique_ptr<KSyntaxHighlighter> highlighter =
            KSyntaxHighlighter::create(language, fileName, palette)) {
        highlighter->setDocument(document);
        return highlighter;
    }
#endif
    auto highlighter = std::make_unique<BuiltinHighlighter>(language, palette);
    // Installed with setDocument rather than as the document's child, so the unique_ptr is the only owner.
    highlighter->setDocument(document);
    return highlighter;
}

bool isDarkPalette(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) <
           relativeLuminance(palette.color(QPalette::Text));
}

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    const auto linear = [](float channel) {
        return channel <= 0.04045F ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor withContrast(const QColor& color, const QColor& background, double minimum)
{
    // Move away from the background: a light background pushes the colour darker, a dark one lighter (at a
    // luminance of about 0.18 black and white contrast equally with it).
    const bool lighten = relativeLuminance(background) < 0.18;
    QColor adjusted = color.toHsl();
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    float alpha = 0;
    adjusted.getHslF(&hue, &saturation, &lightness, &alpha);
    while (contrastRatio(adjusted, background) < minimum) {
        if ((lighten && lightness >= 1.0F) || (!lighten && lightness <= 0.0F)) {
            break;
        }
        lightness = std::clamp(lightness + (lighten ? 0.02F : -0.02F), 0.0F, 1.0F);
        adjusted.setHslF(hue, saturation, lightness, alpha);
    }
    return adjusted.toRgb();
}

} // namespace keyscout
