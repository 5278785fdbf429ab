// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/WorkshopScore.h"

#include <QDialog>
#include <QToolBar>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace keyscout {

// The bar a workshop shows above the window: the exercise in one line and its running score (found, fixed,
// left), with *Finish workshop* (README "Workshops").
class WorkshopBar : public QToolBar {
    Q_OBJECT
public:
    explicit WorkshopBar(QWidget* parent = nullptr);
    void showScore(const WorkshopScore& score);

signals:
    void finishRequested();

private:
    QLabel* m_score = nullptr;
    QPushButton* m_finish = nullptr;
};

// The end of a workshop: the score and, for each planted secret, what was done and what is left.
class WorkshopScoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit WorkshopScoreDialog(const WorkshopScore& score, QWidget* parent = nullptr);
    // The score as Markdown (masked secrets, no paths): what *Save score…* writes.
    static QString markdown(const WorkshopScore& score);
    static QString headline(const WorkshopScore& score);
    static QString stateOf(const WorkshopScore::Secret& secret);

private:
    void save();

    WorkshopScore m_score;
    QTreeWidget* m_table = nullptr;
};

} // namespace keyscout
