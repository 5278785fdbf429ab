// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceLanguage.h"

#include <QPlainTextEdit>
#include <QStringList>
#include <memory>

class QSyntaxHighlighter;

namespace keyscout {

// The lines around a finding as the person reads them: numbered as in the file, coloured by language, with
// the secret's line and its masked span marked on top of the colours. The raw secret appears only between
// setRevealed(true, …) and setRevealed(false) and is not kept after that.
class CodeView : public QPlainTextEdit {
    Q_OBJECT
public:
    // Where the secret is shown: block number, then start and length in UTF-16 code units within the block.
    struct Span {
        int block = -1; // -1: nothing marked
        int start = 0;
        int length = 0;
        [[nodiscard]] bool isValid() const { return block >= 0; }
        bool operator==(const Span&) const = default;
    };

    explicit CodeView(QWidget* parent = nullptr);
    ~CodeView() override;

    // Shows `lines`, numbering the first `firstLine`. Marks line `markedLine`, and in it the first occurrence
    // of `markedText` (the masked secret, as in Finding::masked). Hides a revealed secret again. `fileName`
    // (the file's path, may be empty) helps KSyntaxHighlighting pick its definition; see createHighlighter.
    void setSnippet(const QStringList& lines, qint64 firstLine, qint64 markedLine, const QString& markedText,
                    SourceLanguage language, const QString& fileName = QString());
    // Shows a change (a diff hunk): `lines` numbered one by one with `lineNumbers` (0 leaves the gutter
    // blank, as for the "@@" header and removed lines), the secret's mask marked in block `markedBlock`.
    void setNumberedSnippet(const QStringList& lines, const QList<qint64>& lineNumbers, int markedBlock,
                            const QString& markedText, SourceLanguage language,
                            const QString& fileName = QString());
    void clearSnippet();

    // Shows `rawSecret` in place of the marked mask, or the mask again. Does nothing when no span is marked.
    // The raw secret is overwritten and dropped on setRevealed(false), setSnippet, clearSnippet and
    // destruction; copies the caller holds are the caller's to clear.
    void setRevealed(bool revealed, const QString& rawSecret = QString());
    [[nodiscard]] bool isRevealed() const { return m_revealed; }

    [[nodiscard]] qint64 firstLine() const { return m_firstLine; }
    // The file's line number shown beside `block`; 0 when the gutter is blank there.
    [[nodiscard]] qint64 lineNumberForBlock(int block) const
    {
        return m_numbers.isEmpty() ? m_firstLine + block : m_numbers.value(block);
    }
    [[nodiscard]] int markedBlockNumber() const { return m_markedBlock; }
    [[nodiscard]] Span markedSpan() const;
    [[nodiscard]] SourceLanguage language() const { return m_language; }
    [[nodiscard]] QSyntaxHighlighter* highlighter() const { return m_highlighter.get(); }
    [[nodiscard]] int gutterWidth() const;

signals:
    void revealedChanged(bool revealed);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    class Gutter;

    void paintGutter(QPaintEvent* event);
    void updateGutter(const QRect& rect, int dy);
    void updateGutterGeometry();
    void applyFont();
    void installHighlighter();
    void rebuildDocument();
    void applyMarks();
    void forgetRawSecret();
    void showLines(const QStringList& lines, int markedBlock, const QString& markedText,
                   SourceLanguage language, const QString& fileName);
    void updateAccessibleDescription();

    Gutter* m_gutter = nullptr;
    std::unique_ptr<QSyntaxHighlighter> m_highlighter;
    QStringList m_lines; // as given: masked
    QString m_markedText;
    QString m_rawSecret; // only while revealed
    SourceLanguage m_language = SourceLanguage::PlainText;
    QString m_fileName;
    qint64 m_firstLine = 1;
    QList<qint64> m_numbers; // per block, for a numbered snippet; empty: counted from m_firstLine
    int m_markedBlock = -1;
    int m_spanStart = -1; // where m_markedText starts in the marked line; -1 when it is not there
    bool m_revealed = false;
};

} // namespace keyscout
