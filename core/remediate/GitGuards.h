// SPDX-License-Identifier: GPL-3.0-or-later
// Keeping tokens out of a git repository's next commits: a pre-commit hook that refuses a commit whose staged
// files hold a secret, and a clean filter that commits notebooks without their outputs. Both are installed by
// Keyscout into one repository's own settings (never the tracked files) and removed leaving what was there.
#pragma once

#include "detect/Matcher.h"
#include "findings/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyscout {

// Runs git in a repository; shared by the guards and the hook command.
class GitRepository {
public:
    // `path`: anywhere in a working tree. valid() is false when it is not in one (or git is missing).
    explicit GitRepository(const QString& path);

    [[nodiscard]] bool valid() const { return !m_top.isEmpty(); }
    [[nodiscard]] QString topLevel() const { return m_top; }
    [[nodiscard]] QString error() const { return m_error; }

    // `git args…` in the top folder; false (with `error`) on a non-zero exit. `input` goes to its stdin.
    bool run(const QStringList& args, QByteArray* output, QString* error, const QByteArray& input = {}) const;
    // `git rev-parse --git-path <name>` made absolute: honours core.hooksPath, worktrees and GIT_COMMON_DIR.
    [[nodiscard]] QString gitPath(const QString& name) const;

private:
    QString m_top;
    QString m_error;
};

// A pre-commit hook that runs `keyscout hook pre-commit`. An existing pre-commit hook that is not Keyscout's
// is chained, not replaced: it is renamed pre-commit.keyscout-previous and run first; removing Keyscout's
// hook renames it back. The hooks folder is the one git uses (core.hooksPath honoured).
class PreCommitHook {
public:
    static constexpr char kPreviousSuffix[] = ".keyscout-previous";

    // `keyscout`: the absolute path of the program the hook runs.
    PreCommitHook(const GitRepository& repository, QString keyscout);

    [[nodiscard]] QString path() const; // <hooks>/pre-commit
    [[nodiscard]] bool isInstalled() const;
    [[nodiscard]] bool chainsPrevious() const; // an earlier hook was kept and runs first
    bool install(QString* error);
    bool remove(QString* error);

    // The script written as the hook; `createdFolder` is recorded in it so remove() can take the folder away.
    [[nodiscard]] QByteArray script(bool createdFolder) const;

private:
    const GitRepository& m_repository;
    QString m_keyscout;
};

// The clean filter `filter.keyscout-strip.clean = keyscout strip-notebook` in the repository's own config,
// applied to `*.ipynb` by a line in $GIT_DIR/info/attributes (not the tracked .gitattributes). Committed
// notebooks lose their outputs and execution counts; the working copy keeps them.
class NotebookCleanFilter {
public:
    static constexpr char kFilterName[] = "keyscout-strip";

    NotebookCleanFilter(const GitRepository& repository, QString keyscout);

    [[nodiscard]] QString attributesPath() const;
    [[nodiscard]] bool isInstalled() const;
    bool install(QString* error);
    bool remove(QString* error);

private:
    [[nodiscard]] QString command() const;
    const GitRepository& m_repository;
    QString m_keyscout;
};

// What the pre-commit check found in the staged files.
struct StagedScan {
    QList<Finding> findings; // paths relative to the top folder; secrets are masked in `masked`/`context`
    QStringList skipped;     // files not read (too large, unreadable), by name
    QString error;           // git failed: the check could not run
};

// Reads the staged version of every added, copied, modified or renamed file (the index git is committing, so
// GIT_INDEX_FILE is honoured) and matches it.
StagedScan scanStaged(const GitRepository& repository, const Matcher& matcher,
                      qint64 maxFileSize = 64LL << 20);

// A notebook without its outputs: every code cell's "outputs" becomes [] and its execution count null (v4
// execution_count, v3 prompt_number); every other byte is kept. Bytes that are not a notebook come back as
// they are, with `changed` false.
QByteArray stripNotebookOutputs(const QByteArray& notebook, bool* changed = nullptr);

} // namespace keyscout
