// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkstation.h"

#include "GzipStream.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <git2.h>

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
    {"HF_IPYTHON", "hf_", kAlnum, 34, ""},
    {"HF_DELETED", "hf_", kAlnum, 34, ""},
    {"JUPYTER", "", kHex, 48, ""},
};

// Files made from code rather than templates: formats a template cannot hold (binary, encoded).
constexpr const char* kDemoModelSnapshot =
    ".cache/huggingface/hub/models--acme-research--sentiment-bert/snapshots/"
    "9c1d6e0b4f3a2e7d8c5b1a0f6e9d2c4b7a3f8e1d";

bool writeGenerated(const QDir& dir, const QHash<QString, QByteArray>& values, QString* error)
{
    auto fail = [error](const QString& message) {
        *error = message;
        return false;
    };
    // Docker keeps registry logins as base64("user:password"): the token is only visible decoded.
    const QString docker = dir.filePath(QStringLiteral(".docker/config.json"));
    QDir().mkpath(QFileInfo(docker).absolutePath());
    const QByteArray auth = QByteArray("demo-user:" + values.value(QStringLiteral("GITHUB"))).toBase64();
    QFile dockerFile(docker);
    if (!dockerFile.open(QIODevice::WriteOnly) ||
        dockerFile.write("{\n\t\"auths\": {\n\t\t\"ghcr.io\": {\n\t\t\t\"auth\": \"" + auth +
                         "\"\n\t\t}\n\t}\n}\n") < 0) {
        return fail(QStringLiteral("cannot write %1").arg(docker));
    }
    dockerFile.close();
    QFile::setPermissions(docker, QFile::ReadOwner | QFile::WriteOwner);

    // An IPython history with a token in a row, and one in a row the user deleted (its bytes stay in the
    // page).
    const QString history = dir.filePath(QStringLiteral(".ipython/profile_default/history.sqlite"));
    QDir().mkpath(QFileInfo(history).absolutePath());
    const QString connection = QStringLiteral("keyscout-demo-%1").arg(quintptr(&history));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(history);
        if (db.open()) {
            QSqlQuery q(db);
            const QByteArray kept = values.value(QStringLiteral("HF_IPYTHON"));
            const QByteArray deleted = values.value(QStringLiteral("HF_DELETED"));
            ok = q.exec(QStringLiteral("PRAGMA secure_delete=OFF")) &&
                 q.exec(
                     QStringLiteral("CREATE TABLE sessions (session integer primary key autoincrement, start "
                                    "timestamp, end timestamp, num_cmds integer, remark text)")) &&
                 q.exec(QStringLiteral("CREATE TABLE history (session integer, line integer, source text, "
                                       "source_raw text, PRIMARY KEY (session, line))")) &&
                 q.exec(QStringLiteral(
                     "CREATE TABLE output_history (session integer, line integer, output text, "
                     "PRIMARY KEY (session, line))")) &&
                 q.exec(QStringLiteral("INSERT INTO sessions VALUES (1, '2026-11-19 16:02:11.204518', "
                                       "'2026-11-19 17:40:02.000000', 4, '')"));
            const QList<QByteArray> rows = {"import torch", "from huggingface_hub import login",
                                            "login(token=\"" + kept + "\")",
                                            "import os; os.environ[\"HF_TOKEN\"] = \"" + deleted + "\""};
            for (int i = 0; ok && i < rows.size(); ++i) {
                ok = q.prepare(QStringLiteral("INSERT INTO history VALUES (1, ?, ?, ?)"));
                q.addBindValue(i + 1);
                q.addBindValue(QString::fromLatin1(rows.at(i)));
                q.addBindValue(QString::fromLatin1(rows.at(i)));
                ok = ok && q.exec();
            }
            ok = ok && q.exec(QStringLiteral("DELETE FROM history WHERE line = 4"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok) {
        return fail(QStringLiteral("cannot write %1").arg(history));
    }

    // A downloaded model in the hub cache whose pickle calls os.system when loaded (the command only echoes):
    // what a leaked write token lets an attacker push. Protocol 2: GLOBAL posix.system, the command as the
    // argument tuple, REDUCE. No safetensors twin, so the finding gives the conversion command.
    const QString snapshot = dir.filePath(QString::fromLatin1(kDemoModelSnapshot));
    QDir().mkpath(snapshot);
    const QByteArray command("echo 'Keyscout demo: this model ran code when it was loaded'");
    QByteArray pickle("\x80\x02"
                      "cposix\nsystem\n"
                      "q\x00X",
                      19);
    const auto length = static_cast<quint32>(command.size());
    for (int shift = 0; shift < 32; shift += 8) {
        pickle.append(static_cast<char>((length >> shift) & 0xff));
    }
    pickle += command + QByteArray("q\x01\x85q\x02Rq\x03.", 9);
    const QList<QPair<QString, QByteArray>> modelFiles = {
        {QStringLiteral("pytorch_model.bin"), pickle},
        {QStringLiteral("config.json"),
         "{\n  \"architectures\": [\"BertForSequenceClassification\"],\n  \"model_type\": \"bert\"\n}\n"}};
    for (const auto& [name, bytes] : modelFiles) {
        QSaveFile out(snapshot + QLatin1Char('/') + name);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
        }
    }

    // A working tree whose remote is on huggingface.co: its unignored .env is one commit and one push away.
    const QByteArray repo = QFile::encodeName(dir.filePath(QStringLiteral("projects/llm-finetune")));
    git_libgit2_init();
    git_repository* repository = nullptr;
    git_config* config = nullptr;
    // The remote written as configuration: git_remote_create leaks a PCRE2 match block per call with the
    // system PCRE2 (its config regular expressions).
    ok = git_repository_init(&repository, repo.constData(), 0) == 0 &&
         git_repository_config(&config, repository) == 0 &&
         git_config_set_string(config, "remote.origin.url",
                               "https://huggingface.co/demo-org/support-llama") == 0 &&
         git_config_set_string(config, "remote.origin.fetch", "+refs/heads/*:refs/remotes/origin/*") == 0;
    git_config_free(config);
    git_repository_free(repository);
    git_libgit2_shutdown();
    if (!ok) {
        return fail(QStringLiteral("cannot make %1 a git working tree").arg(QString::fromLocal8Bit(repo)));
    }
    return true;
}

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

QString DemoWorkstation::hubCache(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral(".cache/huggingface/hub"));
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
        QString target = dir.filePath(relative);
        if (target.endsWith(QLatin1String(".gz.in"))) {
            // A compressed log: the template is its text.
            target.chop(3);
            const std::string compressed =
                gzipCompress(std::string_view(content.constData(), content.size()));
            content = QByteArray(compressed.data(), static_cast<qsizetype>(compressed.size()));
        }
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
    QString generatedError;
    if (!writeGenerated(dir, values, &generatedError)) {
        return fail(generatedError);
    }
    QFile marker(dir.filePath(QLatin1String(kMarkerFile)));
    if (!marker.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("cannot write %1").arg(marker.fileName()));
    }
    marker.write("This folder is Keyscout's demo workstation; Keyscout recreates it on demand.\n");
    return true;
}

} // namespace keyscout
