// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyscout {

// What a filesystem scan reads.
struct ScanOptions {
    QStringList roots;        // files or folders; default: the home folder
    QStringList includeGlobs; // when set, only files matching one of these are read
    QStringList excludeGlobs; // added to the default exclusions
    bool defaultExcludes = true;
    qint64 maxFileSize = qint64(64) << 20; // larger files are skipped and counted
    bool followSymlinks = false;           // by default symbolic links are never followed
    int threads = 0;                       // 0: one per core
    // Scheduling niceness of the worker threads (Linux nice is per thread). The window sets it so that
    // workers on every core cannot keep its UI thread waiting for a core; the command line keeps 0.
    int workerNiceness = 0;
    // Also read the environment and command line of running processes (this workstation only: never for a
    // mounted disk or another machine's home).
    bool processes = false;
    // Read the whole history (every object) of each git repository met under the roots, once per object
    // database (GitHistoryScanner).
    bool gitHistory = true;
    // Folders (or files) whose model files are judged after the walk (core/artifacts ModelScanner: pickles
    // that run code when loaded, malformed safetensors), headers only. "This workstation" puts the Hugging Face
    // hub cache here; `keyscout scan --models` the scanned folders too. Empty: no model files are read.
    QStringList modelRoots;
    // Files that are Hugging Face token files whatever their name (HuggingFacePaths: $HF_TOKEN_PATH).
    QStringList tokenStorePaths;
    // Responder mode (`keyscout scan --root DIR`, the window's mounted home; ScannedSystem makes these
    // options): the scanned copy's root, read as evidence. Running processes are never read, folders are
    // opened with O_NOATIME as files are, and nothing under it is written.
    QString responderRoot;
    // The scanned system's user names by uid (its etc/passwd): when set, owners are named from it and never
    // looked up on this machine (whose uid 1000 is someone else).
    std::optional<QHash<uint, QString>> ownerNames;

    // What "this workstation" means: the home folder, Hugging Face's token store wherever the environment
    // puts it (HF_HOME, HF_TOKEN_PATH, also outside the home folder) and, unless `processes` is false, the
    // running processes.
    static ScanOptions workstation(const QProcessEnvironment& environment, const QString& home,
                                   bool processes);

    // Folders skipped by default because they hold installed packages, not people's work: reading them costs
    // time and gives false positives. The git part reads .git/objects properly. Never ~/.cache/huggingface.
    static QStringList defaultExcludeGlobs();
};

} // namespace keyscout
