// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceLanguage.h"

#include <QColor>
#include <memory>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace keyscout {

// The one way a view gets its text coloured. DESIGN.md ("Syntax highlighting"): KSyntaxHighlighting where
// the build found KF6 (KEYSCOUT_HAVE_KF6), the built-in highlighter elsewhere, and the built-in one too when
// KSyntaxHighlighting has no definition that fits; callers only see a QSyntaxHighlighter. `fileName` (the
// file's path or name, may be empty) lets KSyntaxHighlighting pick its definition by name; the built-in
// highlighter goes by `language` alone. Returns nullptr for plain text. The highlighter is installed on
// `document` but not owned by it: the caller owns it and must destroy it before the document.
std::unique_ptr<QSyntaxHighlighter> createHighlighter(QTextDocument* document, SourceLanguage language,
                                                      const QPalette& palette,
                                                      const QString& fileName = QString());

// True when the palette draws light text on a dark base, the cue for choosing a dark colour scheme.
bool isDarkPalette(const QPalette& palette);

// WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): 1 for
// equal colours, 21 for black on white.
double relativeLuminance(const QColor& color);
double contrastRatio(const QColor& a, const QColor& b);

// `color` made lighter or darker, away from `background`, until it has at least `minimum` contrast with it
// (or can go no further). Keeps the hue, so a scheme stays recognisable on an unusual palette.
QColor withContrast(const QColor& color, const QColor& background, double minimum);

} // namespace keyscout
