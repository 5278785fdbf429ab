// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the tests: generated credentials (never literals in the repository) and small file helpers.
#pragma once

#include "findings/Finding.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <sys/stat.h>

namespace keyscout::test {

inline QByteArray randomString(QRandomGenerator& rng, const char* alphabet, int length)
{
    const auto size = static_cast<quint32>(qstrlen(alphabet));
    QByteArray out;
    for (int i = 0; i < length; ++i) {
        out.append(alphabet[rng.bounded(size)]);
    }
    return out;
}

// A Hugging Face user token shape: "hf_" + 34 letters and digits (shared/FACTS.md). Always contains digits
// and both cases, as real tokens do.
inline QByteArray hfToken(QRandomGenerator& rng)
{
    for (;;) {
        QByteArray body =
            randomString(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 34);
        const bool digit = std::any_of(body.begin(), body.end(), [](char c) { return c >= '0' && c <= '9'; });
        const bool upper = std::any_of(body.begin(), body.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (digit && upper) {
            return "hf_" + body;
        }
    }
}

inline QByteArray githubToken(QRandomGenerator& rng)
{
    return "ghp_" + randomString(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 36);
}

inline QByteArray awsKeyId(QRandomGenerator& rng)
{
    return "AKIA" + randomString(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
}

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// What a git command did: its exit code (-1 when it crashed or did not finish) and its output.
struct GitResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs git in `dir` with a fixed identity (tests make their own repositories).
inline GitResult runGit(const QString& dir, const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setStandardInputFile(QProcess::nullDevice()); // git must not read whatever the test's stdin holds
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Ada"), QStringLiteral("-c"),
                              QStringLiteral("user.email=ada@example.org")} +
                      args);
    const bool finished = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit;
    return {finished ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// True when git succeeded.
inline bool git(const QString& dir, const QStringList& args)
{
    return runGit(dir, args).exitCode == 0;
}

// The whole file, or nothing when it cannot be read.
inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The permission bits of a file or folder (st_mode & 07777), -1 when it does not exist.
inline int modeOf(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 07777) : -1;
}

// The findings of one secret.
inline QList<Finding> withSecret(const QList<Finding>& findings, const QByteArray& secret)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.secret == secret) {
            out << f;
        }
    }
    return out;
}

} // namespace keyscout::test
