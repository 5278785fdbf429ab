// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkstation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace keyscout {

namespace {

struct TokenShape {
    const char* name;
    const char* prefix;
    const char* alphabet;
    int length;
    const char* suffix;
};

constexpr const char* kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr const char* kUrlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
constexpr const char* kHex = "0123456789abcdef";
constexpr const char* kBase32Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// Formats from shared/FACTS.md.
constexpr TokenShape kShapes[] = {
    {"HF_STORED", "hf_", kAlnum, 34, ""},
    {"HF_WRITE", "hf_", kAlnum, 34, ""},
    {"HF_NOTEBOOK", "hf_", kAlnum, 34, ""},
    {"HF_INFERENCE", "hf_", kAlnum, 34, ""},
    {"HF_ORG_WRITE", "hf_", kAlnum, 34, ""},
    {"GITHUB", "ghp_", kAlnum, 36, ""},
    {"ANTHROPIC", "sk-ant-api03-", kUrlSafe, 93, "AA"},
    {"GROQ", "gsk_", kAlnum, 52, ""},
    {"WANDB", "", kHex, 40, ""},
    {"KAGGLE", "", kHex, 32, ""},
    {"AWS_ID", "AKIA", kBase32Upper, 16, ""},
};

QByteArray randomBody(QRandomGenerator& rng, const char* alphabet, int length)
{
    const auto size = static_cast<quint32>(qstrlen(alphabet));
    QByteArray out;
    out.reserve(length);
    for (int i = 0; i < length; ++i) {
        out.append(alphabet[rng.bounded(size)]);
    }
    return out;
}

} // namespace

QHash<QString, QByteArray> DemoWorkstation::tokens()
{
    QRandomGenerator rng(20241128U); // fixed: the same demo every time
    QHash<QString, QByteArray> out;
    for (const TokenShape& s : kShapes) {
        out.insert(QString::fromLatin1(s.name),
                   QByteArray(s.prefix + randomBody(rng, s.alphabet, s.length) + s.suffix));
    }
    // An OpenAI project key: two 74-character halves around the fixed "T3BlbkFJ" marker.
    out.insert(QStringLiteral("OPENAI"), QByteArray("sk-proj-" + randomBody(rng, kUrlSafe, 74) + "T3BlbkFJ" +
                                                    randomBody(rng, kUrlSafe, 74)));
    return out;
}

QString DemoWorkstation::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/keyscout/demo-workstation");
}

bool DemoWorkstation::create(const QString& directory, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error != nullptr) {
            *error = message;
        }
        return false;
    };
    QDir dir(directory);
    if (dir.exists()) {
        const bool isDemo = QFile::exists(dir.filePath(QLatin1String(kMarkerFile)));
        if (!isDemo && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            return fail(QStringLiteral("%1 exists and is not a demo workstation").arg(directory));
        }
        if (isDemo && !dir.removeRecursively()) {
            return fail(QStringLiteral("cannot remove the old demo workstation at %1").arg(directory));
        }
    }
    if (!QDir().mkpath(directory)) {
        return fail(QStringLiteral("cannot create %1").arg(directory));
    }
    const QHash<QString, QByteArray> values = tokens();
    const QString templateRoot = QStringLiteral(":/demo/home");
    QDirIterator it(templateRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(templateRoot.size() + 1);
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read template %1").arg(relative));
        }
        QByteArray content = in.readAll();
        for (auto v = values.cbegin(); v != values.cend(); ++v) {
            content.replace(QByteArray("{{" + v.key().toLatin1() + "}}"), v.value());
        }
        const QString target = dir.filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
            return fail(QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
        }
        // Where the real tools write 0600, so does the demo; two files are left readable by everyone
        // on purpose, to show how Keyscout reports loose permissions.
        const bool privateFile = relative.endsWith(QLatin1String("huggingface/token")) ||
                                 relative.endsWith(QLatin1String("stored_tokens")) ||
                                 relative == QLatin1String(".netrc");
        QFile::setPermissions(target, privateFile ? (QFile::ReadOwner | QFile::WriteOwner)
                                                  : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                     QFile::ReadOther));
    }
    QFile marker(dir.filePath(QLatin1String(kMarkerFile)));
    if (!marker.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("cannot write %1").arg(marker.fileName()));
    }
    marker.write("This folder is Keyscout's demo workstation; Keyscout recreates it on demand.\n");
    return true;
}

} // namespace keyscout
