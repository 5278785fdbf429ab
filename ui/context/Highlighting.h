// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceLanguage.h"

#include <QColor>
#include <memory>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace keyscout {

// The one way a view gets its text coloured. DESIGN.md ("Syntax highlighting") wants KSyntaxHighlighting
// where KF6 is available and the built-in highlighter elsewhere; callers only see a QSyntaxHighlighter, so a
// KF6-based one can be returned from here without touching them. Returns nullptr for plain text. The
// highlighter is installed on `document` but not owned by it: the caller owns it and must destroy it before
// the document.
std::unique_ptr<QSyntaxHighlighter> createHighlighter(QTextDocument* document, SourceLanguage language,
                                                      const QPalette& palette);

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
