// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeView.h"

#include "Highlighting.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QPainter>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <algorithm>

namespace keyscout {

namespace {

constexpr int kGutterPadding = 8;
constexpr int kMarkerWidth = 3;

QColor mix(const QColor& from, const QColor& to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto channel = [amount](float x, float y) {
        return static_cast<float>(x + (y - x) * amount);
    };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()));
}

// Colours of the marks and the gutter, from the palette so they sit well on light and dark themes alike.
struct MarkColors {
    QColor line; // the secret's line: a tint of the selection colour, subtle enough to read code on
    QColor span; // the secret itself: amber while masked, red while revealed so it is never mistaken
    QColor spanText;
    QColor gutter;
    QColor gutterText;
    QColor gutterEdge;
};

MarkColors markColors(const QPalette& palette, bool revealed)
{
    const bool dark = isDarkPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    MarkColors colors;
    colors.line = mix(base, palette.color(QPalette::Highlight), dark ? 0.22 : 0.12);
    if (revealed) {
        colors.span = dark ? QColor(0x8e, 0x1b, 0x1b) : QColor(0xff, 0xc1, 0xbd);
    } else {
        colors.span = dark ? QColor(0x6e, 0x52, 0x00) : QColor(0xff, 0xe0, 0x8a);
    }
    colors.spanText = withContrast(text, colors.span, 7.0);
    colors.gutter = mix(base, text, 0.05);
    colors.gutterText = withContrast(mix(text, base, 0.45), colors.gutter, 4.5);
    colors.gutterEdge = mix(base, text, 0.15);
    return colors;
}

// The system's fixed-width font. Platforms without a theme (offscreen, some minimal desktops) answer with the
// proportional UI font, and columns of code would no longer line up: ask for the generic "monospace" instead.
QFont codeFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Measured rather than asked (QFontInfo::fixedPitch): fontconfig labels some monospace fonts otherwise.
    const QFontMetrics metrics(font);
    if (metrics.horizontalAdvance(u'i') != metrics.horizontalAdvance(u'W')) {
        font.setFamilies({QStringLiteral("monospace")});
        font.setStyleHint(QFont::Monospace);
        font.setFixedPitch(true);
    }
    return font;
}

// A line break inside a line would add a block and shift every line number after it.
QString withoutLineBreaks(const QString& line)
{
    QString out = line;
    for (QChar& c : out) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            c = QChar::ReplacementCharacter;
        }
    }
    return out;
}

// Overwrites a string's characters before letting it go. A buffer shared with another QString is copied
// first (implicit sharing), so only this object's copy is wiped.
void wipe(QString& text)
{
    if (!text.isEmpty()) {
        text.fill(QChar(u'\0'));
    }
    text.clear();
}

} // namespace

class CodeView::Gutter : public QWidget {
public:
    explicit Gutter(CodeView* view)
        : QWidget(view)
        , m_view(view)
    {
    }
    [[nodiscard]] QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_view->paintGutter(event); }

private:
    CodeView* m_view;
};

CodeView::CodeView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setReadOnly(true);
    // Keyboard users can move through and select the context just like mouse users.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    // Code keeps its shape: long lines scroll sideways instead of wrapping.
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Undo history would keep a revealed secret after it is hidden again.
    setUndoRedoEnabled(false);
    setAccessibleName(tr("Context of the finding"));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    setFont(codeFont());
    applyFont();
}

CodeView::~CodeView()
{
    forgetRawSecret();
    // The highlighter's destructor touches the document, which asks this view to lay out and repaint its
    // gutter: none of that may reach this view once its members (the gutter's line numbers) are gone.
    disconnect(this, nullptr, this, nullptr);
    m_highlighter.reset();
}

void CodeView::setSnippet(const QStringList& lines, qint64 firstLine, qint64 markedLine,
                          const QString& markedText, SourceLanguage language, const QString& fileName)
{
    m_firstLine = firstLine;
    m_numbers.clear();
    const qint64 index = markedLine - firstLine;
    showLines(lines, index >= 0 && index < lines.size() ? static_cast<int>(index) : -1, markedText, language,
              fileName);
}

void CodeView::setNumberedSnippet(const QStringList& lines, const QList<qint64>& lineNumbers, int markedBlock,
                                  const QString& markedText, SourceLanguage language, const QString& fileName)
{
    m_numbers = lineNumbers;
    m_numbers.resize(lines.size());
    const auto first = std::find_if(m_numbers.cbegin(), m_numbers.cend(), [](qint64 n) { return n > 0; });
    m_firstLine = first != m_numbers.cend() ? *first : 1;
    showLines(lines, markedBlock >= 0 && markedBlock < lines.size() ? markedBlock : -1, markedText, language,
              fileName);
}

void CodeView::showLines(const QStringList& lines, int markedBlock, const QString& markedText,
                         SourceLanguage language, const QString& fileName)
{
    const bool wasRevealed = m_revealed;
    m_revealed = false;
    forgetRawSecret();
    m_lines.clear();
    for (const QString& line : lines) {
        m_lines.append(withoutLineBreaks(line));
    }
    m_markedText = markedText;
    m_markedBlock = markedBlock;
    m_spanStart = m_markedBlock >= 0 && !m_markedText.isEmpty()
                      ? static_cast<int>(m_lines.at(m_markedBlock).indexOf(m_markedText))
                      : -1;
    m_language = language;
    m_fileName = fileName;
    m_highlighter.reset();
    rebuildDocument();
    installHighlighter();
    updateGutterGeometry();
    updateAccessibleDescription();

    // Open at the secret: the cursor on it (for keyboard users and screen readers), scrolled into view.
    moveCursor(QTextCursor::Start);
    if (m_markedBlock >= 0) {
        const QTextBlock block = document()->findBlockByNumber(m_markedBlock);
        QTextCursor cursor(block);
        const Span span = markedSpan();
        if (span.isValid()) {
            cursor.setPosition(block.position() + span.start + span.length);
            setTextCursor(cursor);
            ensureCursorVisible();
            cursor.setPosition(block.position() + span.start);
        }
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    if (wasRevealed) {
        emit revealedChanged(false);
    }
}

void CodeView::clearSnippet()
{
    setSnippet({}, 1, 0, QString(), SourceLanguage::PlainText);
}

void CodeView::setRevealed(bool revealed, const QString& rawSecret)
{
    if (revealed && (!markedSpan().isValid() || rawSecret.isEmpty())) {
        return;
    }
    if (!revealed && !m_revealed) {
        return;
    }
    forgetRawSecret();
    if (revealed) {
        m_rawSecret = withoutLineBreaks(rawSecret);
    }
    const bool changed = revealed != m_revealed;
    m_revealed = revealed;

    // Rebuilding the whole document (rather than editing the span in place) drops the text buffer that held
    // the other form of the secret; keep the view where the person was looking.
    const int horizontal = horizontalScrollBar()->value();
    const int vertical = verticalScrollBar()->value();
    rebuildDocument();
    const Span span = markedSpan();
    QTextCursor cursor(document()->findBlockByNumber(span.block));
    cursor.setPosition(cursor.position() + span.start);
    setTextCursor(cursor);
    horizontalScrollBar()->setValue(horizontal);
    verticalScrollBar()->setValue(vertical);
    updateAccessibleDescription();
    if (changed) {
        emit revealedChanged(m_revealed);
    }
}

CodeView::Span CodeView::markedSpan() const
{
    if (m_markedBlock < 0 || m_spanStart < 0) {
        return {};
    }
    const auto length = m_revealed ? m_rawSecret.size() : m_markedText.size();
    return {m_markedBlock, m_spanStart, static_cast<int>(length)};
}

int CodeView::gutterWidth() const
{
    const qint64 last = m_numbers.isEmpty() ? m_firstLine + std::max(blockCount(), 1) - 1
                                            : *std::max_element(m_numbers.cbegin(), m_numbers.cend());
    const auto digits =
        std::max({QString::number(m_firstLine).size(), QString::number(last).size(), qsizetype(2)});
    return fontMetrics().horizontalAdvance(u'9') * static_cast<int>(digits) + 2 * kGutterPadding +
           kMarkerWidth;
}

void CodeView::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void CodeView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // A theme switch (light to dark) needs the other colour scheme for the code and the marks.
        installHighlighter();
        applyMarks();
        m_gutter->update();
    } else if (event->type() == QEvent::FontChange) {
        applyFont();
    }
}

void CodeView::paintGutter(QPaintEvent* event)
{
    const MarkColors colors = markColors(palette(), m_revealed);
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), colors.gutter);
    painter.setPen(colors.gutterEdge);
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1,
                     event->rect().bottom());

    QFont normal = font();
    QFont bold = font();
    bold.setBold(true);
    const int lineHeight = fontMetrics().height();
    QTextBlock block = firstVisibleBlock();
    auto top = static_cast<int>(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = static_cast<int>(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool marked = block.blockNumber() == m_markedBlock;
            if (marked) {
                painter.fillRect(0, top, kMarkerWidth, height, colors.span);
            }
            painter.setFont(marked ? bold : normal);
            painter.setPen(marked ? palette().color(QPalette::Text) : colors.gutterText);
            const qint64 number = lineNumberForBlock(block.blockNumber());
            if (number > 0) {
                painter.drawText(0, top, m_gutter->width() - kGutterPadding, lineHeight,
                                 Qt::AlignRight | Qt::AlignTop, QString::number(number));
            }
        }
        top += height;
        block = block.next();
    }
}

void CodeView::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0) {
        m_gutter->scroll(0, dy);
    } else {
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateGutterGeometry();
    }
}

void CodeView::updateGutterGeometry()
{
    const int width = gutterWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), width, area.height());
}

void CodeView::applyFont()
{
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    updateGutterGeometry();
}

void CodeView::installHighlighter()
{
    m_highlighter.reset();
    m_highlighter = createHighlighter(document(), m_language, palette(), m_fileName);
    if (m_highlighter) {
        // Colour now, not on the next turn of the event loop, so colours and marks appear together.
        m_highlighter->rehighlight();
    }
}

void CodeView::rebuildDocument()
{
    QString text = m_lines.join(QLatin1Char('\n'));
    const Span span = markedSpan();
    if (m_revealed && span.isValid()) {
        qsizetype offset = span.start;
        for (int i = 0; i < span.block; ++i) {
            offset += m_lines.at(i).size() + 1;
        }
        text.replace(offset, m_markedText.size(), m_rawSecret);
    }
    setPlainText(text);
    if (m_revealed) {
        wipe(text);
    }
    if (span.isValid()) {
        // Bold changes the font, which extra selections cannot carry (QTextLayout draws them in the text's
        // own font), so it goes into the document's format; either highlighter's colours merge over that.
        const QTextBlock block = document()->findBlockByNumber(span.block);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + span.start);
        cursor.setPosition(block.position() + span.start + span.length, QTextCursor::KeepAnchor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(bold);
    }
    if (m_highlighter) {
        m_highlighter->rehighlight();
    }
    applyMarks();
    m_gutter->update();
}

// Mark colours go in extra selections, which are painted over whatever formats the highlighter set: the two
// compose with either highlighter, and the highlighter never needs to know where the secret is.
void CodeView::applyMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_markedBlock >= 0) {
        const MarkColors colors = markColors(palette(), m_revealed);
        const QTextBlock block = document()->findBlockByNumber(m_markedBlock);
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.format.setBackground(colors.line);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(line);
        const Span span = markedSpan();
        if (span.isValid()) {
            QTextEdit::ExtraSelection secret;
            secret.cursor = QTextCursor(block);
            secret.cursor.setPosition(block.position() + span.start);
            secret.cursor.setPosition(block.position() + span.start + span.length, QTextCursor::KeepAnchor);
            secret.format.setBackground(colors.span);
            secret.format.setForeground(colors.spanText);
            selections.append(secret);
        }
    }
    setExtraSelections(selections);
}

void CodeView::forgetRawSecret()
{
    wipe(m_rawSecret);
}

void CodeView::updateAccessibleDescription()
{
    if (m_lines.isEmpty()) {
        setAccessibleDescription(QString());
        return;
    }
    if (!m_numbers.isEmpty()) {
        const qint64 last = *std::max_element(m_numbers.cbegin(), m_numbers.cend());
        if (m_markedBlock < 0) {
            setAccessibleDescription(
                tr("A change to lines %1 to %2 of the file.").arg(m_firstLine).arg(last));
            return;
        }
        const QString description =
            m_revealed ? tr("A change to lines %1 to %2 of the file; the secret on line %3 is revealed.")
                       : tr("A change to lines %1 to %2 of the file; the secret on line %3 is masked.");
        setAccessibleDescription(
            description.arg(m_firstLine).arg(last).arg(lineNumberForBlock(m_markedBlock)));
        return;
    }
    const qint64 last = m_firstLine + m_lines.size() - 1;
    if (m_markedBlock < 0) {
        setAccessibleDescription(tr("Lines %1 to %2 of the file.").arg(m_firstLine).arg(last));
        return;
    }
    const QString description = m_revealed
                                    ? tr("Lines %1 to %2 of the file; the secret on line %3 is revealed.")
                                    : tr("Lines %1 to %2 of the file; the secret on line %3 is masked.");
    setAccessibleDescription(description.arg(m_firstLine).arg(last).arg(lineNumberForBlock(m_markedBlock)));
}

} // namespace keyscout
