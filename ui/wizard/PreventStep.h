// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace keyscout {

// Step 6 of fixing a token: keep the next one out of git. For each repository the token was found in (or one
// the person picks): a pre-commit hook that refuses a commit whose staged files hold a token, and a clean
// filter that commits notebooks without their outputs. Both go into the repository's own settings, never its
// tracked files, and come out again leaving what was there.
class PreventStep : public QWidget {
    Q_OBJECT
public:
    // `keyscout`: the program the hook and the filter run (this executable).
    explicit PreventStep(QString keyscout, QWidget* parent = nullptr);

    void setRepositories(const QStringList& folders);
    [[nodiscard]] int repositoryCount() const;
    // Acts on the repository of row `row`; false with the reason shown in the row's status.
    bool setHook(int row, bool installed);
    bool setFilter(int row, bool installed);
    [[nodiscard]] bool anyInstalled() const;

signals:
    void logged(const QString& text);
    void changed();

private:
    void refresh(int row);
    void addRepository(const QString& folder);
    [[nodiscard]] int currentRow() const;

    QString m_keyscout;
    QStringList m_repositories; // top-level folders
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_hook = nullptr;
    QPushButton* m_filter = nullptr;
};

} // namespace keyscout
