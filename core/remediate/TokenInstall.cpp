// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenInstall.h"

#include "AtomicFile.h"
#include "findings/SecretMask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <utility>

namespace keyscout {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout::TokenInstall", text);
}

QString mask(const QByteArray& token)
{
    const std::string_view view(token.constData(), static_cast<size_t>(token.size()));
    return maskSecret(view, token.startsWith("hf_") ? std::string_view("hf_") : std::string_view());
}

// A token goes into an INI value and a one-line file: printable ASCII without spaces, nothing else.
bool plainToken(const QByteArray& token)
{
    return !token.isEmpty() &&
           std::all_of(token.begin(), token.end(), [](char c) { return c > ' ' && c < 127; });
}

// One line of an INI file: its byte range (with the newline) and, for a section header, the name.
struct IniLine {
    qsizetype begin = 0;
    qsizetype end = 0;
    bool header = false;
    QString section;
    QByteArray key;   // lower-cased, as configparser keys are
    QByteArray value; // trimmed
};

QList<IniLine> iniLines(const QByteArray& ini)
{
    QList<IniLine> lines;
    qsizetype pos = 0;
    while (pos < ini.size()) {
        qsizetype nl = ini.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? ini.size() : nl + 1;
        IniLine line;
        line.begin = pos;
        line.end = end;
        const QByteArray text = ini.mid(pos, end - pos).trimmed();
        // configparser's section pattern: "[", the name, the last "]".
        if (text.startsWith('[') && text.lastIndexOf(']') > 0) {
            line.header = true;
            line.section = QString::fromUtf8(text.mid(1, text.lastIndexOf(']') - 1));
        } else if (!text.startsWith('#') && !text.startsWith(';')) {
            const qsizetype eq = text.indexOf('=');
            const qsizetype colon = text.indexOf(':');
            const qsizetype sep = eq < 0 ? colon : (colon < 0 ? eq : std::min(eq, colon));
            if (sep > 0) {
                line.key = text.left(sep).trimmed().toLower();
                line.value = text.mid(sep + 1).trimmed();
            }
        }
        lines << line;
        pos = end;
    }
    return lines;
}

// Each section's byte range: its header up to the next header (or the end).
struct IniSection {
    QString name;
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray hfToken;
};

QList<IniSection> iniSections(const QByteArray& ini)
{
    QList<IniSection> sections;
    for (const IniLine& line : iniLines(ini)) {
        if (line.header) {
            if (!sections.isEmpty()) {
                sections.last().end = line.begin;
            }
            sections << IniSection{line.section, line.begin, ini.size(), {}};
        } else if (!sections.isEmpty() && line.key == "hf_token") {
            sections.last().hfToken = line.value;
        }
    }
    return sections;
}

QByteArray sectionText(const QString& name, const QByteArray& token)
{
    // As configparser writes it: "[name]", "key = value", a blank line.
    return "[" + name.toUtf8() + "]\nhf_token = " + token + "\n\n";
}

PlannedChange writeChange(const QString& path, const QByteArray& before, const QByteArray& after,
                          const QString& title, const QList<QPair<QByteArray, QString>>& masks)
{
    PlannedChange change;
    change.action = PlannedChange::Action::WriteFile;
    change.path = path;
    change.title = title;
    change.explanation = QCoreApplication::translate(
        "keyscout", "huggingface_hub reads the token from here; written owner-only (0600).");
    change.before = before;
    change.after = after;
    change.mode = 0600;
    change.count = 1;
    change.preview = maskedDiff(before, after, masks);
    return change;
}

} // namespace

TokenInstall::TokenInstall(HuggingFacePaths paths)
    : m_paths(std::move(paths))
{
}

QByteArray TokenInstall::withStoredToken(const QByteArray& ini, const QString& name, const QByteArray& token,
                                         const QByteArray& removeToken, int* removed)
{
    QByteArray out;
    qsizetype copied = 0;
    bool replaced = false;
    int dropped = 0;
    for (const IniSection& s : iniSections(ini)) {
        const bool same = s.name == name;
        const bool old = !removeToken.isEmpty() && s.hfToken == removeToken;
        if (!same && !old) {
            continue;
        }
        out += ini.mid(copied, s.begin - copied);
        copied = s.end;
        if (same && !replaced) {
            QByteArray section = sectionText(name, token);
            // The last section of a file without a final blank line keeps that shape.
            if (s.end == ini.size() && !ini.endsWith("\n\n")) {
                section.chop(1);
            }
            out += section;
            replaced = true;
        } else {
            ++dropped;
        }
    }
    out += ini.mid(copied);
    if (!replaced) {
        if (!out.isEmpty() && !out.endsWith('\n')) {
            out += '\n';
        }
        if (!out.isEmpty() && !out.endsWith("\n\n")) {
            out += '\n';
        }
        out += sectionText(name, token);
    }
    if (removed != nullptr) {
        *removed = dropped;
    }
    return out;
}

TokenInstallPlan TokenInstall::plan(const TokenInstallRequest& request) const
{
    TokenInstallPlan plan;
    if (!plainToken(request.token)) {
        plan.problems << tr("The new token is empty or has spaces or other characters a token never has.");
    }
    if (request.name.trimmed().isEmpty() ||
        std::any_of(request.name.begin(), request.name.end(),
                    [](QChar c) { return c.category() == QChar::Other_Control; })) {
        plan.problems << tr("The token's name is empty or spans lines; it names a section of %1.")
                             .arg(m_paths.storedTokens);
    }
    if (!plan.ok()) {
        return plan;
    }
    QList<QPair<QByteArray, QString>> masks{{request.token, mask(request.token)}};
    if (!request.oldToken.isEmpty()) {
        masks.append({request.oldToken, mask(request.oldToken)});
    }
    auto current = [&](const QString& path, QByteArray* bytes) {
        QString error;
        if (QFileInfo::exists(path) && !readWholeFile(path, bytes, &error)) {
            plan.problems << error;
            return false;
        }
        return true;
    };
    QStringList files;
    if (request.makeActive) {
        files << m_paths.token;
    }
    files << m_paths.storedTokens;
    for (const QString& file : std::as_const(files)) {
        for (QString folder = QFileInfo(file).absolutePath(); !QFileInfo::exists(folder);
             folder = QFileInfo(folder).absolutePath()) {
            if (!plan.foldersToCreate.contains(folder)) {
                plan.foldersToCreate.prepend(folder);
            }
        }
    }
    std::sort(plan.foldersToCreate.begin(), plan.foldersToCreate.end()); // parents first

    if (request.makeActive) {
        QByteArray before;
        // huggingface_hub writes the token alone, without a newline (`Path.write_text(token)`), and strips
        // what it reads.
        if (current(m_paths.token, &before) && before.trimmed() != request.token) {
            plan.changes << writeChange(
                m_paths.token, before, request.token,
                tr("Make %1 the active token (%2)").arg(mask(request.token), m_paths.token), masks);
        }
    }
    QByteArray ini;
    if (current(m_paths.storedTokens, &ini)) {
        const QByteArray after =
            withStoredToken(ini, request.name, request.token, request.oldToken, &plan.sectionsRemoved);
        if (after != ini) {
            QString title =
                tr("Save %1 as \"%2\" in %3").arg(mask(request.token), request.name, m_paths.storedTokens);
            if (plan.sectionsRemoved > 0) {
                title += tr("; remove the old token's section");
            }
            plan.changes << writeChange(m_paths.storedTokens, ini, after, title, masks);
        }
    }
    return plan;
}

bool TokenInstall::apply(const TokenInstallPlan& plan, ChangeJournal& journal, TokenInstallResult* result,
                         QString* error)
{
    if (!plan.ok()) {
        *error = plan.problems.join(QLatin1Char('\n'));
        return false;
    }
    TokenInstallResult done;
    for (const QString& folder : plan.foldersToCreate) {
        if (QFileInfo::exists(folder)) {
            continue;
        }
        // Owner-only, as huggingface_hub's token folder (shared/FACTS.md).
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 ||
            ::chmod(QFile::encodeName(folder).constData(), 0700) != 0) {
            *error =
                tr("%1: cannot be created: %2").arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
            QString ignored;
            undo(done, journal, &ignored);
            return false;
        }
        done.createdFolders << folder;
    }
    for (const PlannedChange& change : plan.changes) {
        QString id;
        if (!journal.apply(change, error, &id)) {
            QString ignored;
            undo(done, journal, &ignored);
            return false;
        }
        done.entryIds << id;
    }
    if (result != nullptr) {
        *result = done;
    }
    return true;
}

bool TokenInstall::undo(const TokenInstallResult& result, ChangeJournal& journal, QString* error)
{
    bool ok = true;
    QStringList errors;
    for (qsizetype i = result.entryIds.size() - 1; i >= 0; --i) { // last change first
        QString e;
        if (!journal.undo(result.entryIds.at(i), &e)) {
            ok = false;
            errors << e;
        }
    }
    for (qsizetype i = result.createdFolders.size() - 1; i >= 0; --i) {
        QDir().rmdir(result.createdFolders.at(i)); // only when empty: anything put there since stays
    }
    if (!ok) {
        *error = errors.join(QLatin1Char('\n'));
    }
    return ok;
}

} // namespace keyscout
