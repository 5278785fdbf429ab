// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFindings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <sys/stat.h>

namespace keyscout {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout", text);
}

QString importClassName(ImportClass c)
{
    switch (c) {
    case ImportClass::Safe:
        return QStringLiteral("allowed");
    case ImportClass::Dangerous:
        return QStringLiteral("dangerous");
    case ImportClass::Unknown:
        break;
    }
    return QStringLiteral("not allow-listed");
}

QString describeImport(const ModelImport& i)
{
    QString text = QStringLiteral("%1 (%2").arg(i.path, importClassName(i.verdict));
    if (!i.reason.isEmpty()) {
        text += QStringLiteral(": ") + i.reason;
    }
    if (i.calls > 0) {
        text += QStringLiteral("; called by %1").arg(i.callOpcodes.join(QLatin1String(", ")));
    }
    if (!i.entry.isEmpty()) {
        text += QStringLiteral("; in %1").arg(i.entry);
    }
    return text + QLatin1Char(')');
}

} // namespace

Finding modelFinding(const ModelVerdict& v)
{
    Finding f;
    const QString verdict = modelVerdictId(v.verdict);
    f.ruleId = QStringLiteral("model.") + verdict;
    switch (v.verdict) {
    case ModelVerdictKind::Dangerous:
        f.ruleName = tr("Model file that runs code when loaded");
        f.confidence = Confidence::High;
        break;
    case ModelVerdictKind::Suspicious:
        f.ruleName = tr("Model file that imports code outside the allow-list");
        f.confidence = Confidence::Medium;
        break;
    case ModelVerdictKind::Malformed:
    case ModelVerdictKind::Clean:
        f.ruleName = tr("Malformed model file");
        f.confidence = Confidence::High;
        break;
    }
    f.provider = QStringLiteral("model");
    f.providerName = tr("Model files");
    f.severity = v.severity;
    f.secretSha256 =
        QString::fromLatin1(QCryptographicHash::hash((QStringLiteral("model-file:") + v.path).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    f.masked = v.decidingImport.isEmpty() ? QStringLiteral("%1 %2").arg(verdict, modelFormatId(v.format))
                                          : v.decidingImport;
    f.path = v.path;
    f.binary = true;
    // The context shows what loading it would do, then what is wrong with it.
    f.context = v.calls.mid(0, 20) + v.problems.mid(0, 20);
    f.contextFirstLine = 1;
    f.place.kind = SourceKind::ModelFile;
    ModelPlace& m = f.place.model;
    m.format = modelFormatId(v.format);
    m.verdict = verdict;
    m.decidingImport = v.decidingImport;
    for (const ModelImport& i : v.imports) {
        m.imports << describeImport(i);
    }
    m.repo = v.hub.repo;
    m.revision = v.hub.revision;
    m.fileInRepo = v.hub.file;
    m.twin = v.twin;
    m.recommendation = v.recommendation;
    const QFileInfo info(v.path);
    f.file.size = v.size;
    f.file.mtime = info.lastModified().toSecsSinceEpoch();
    struct stat st {};
    if (::stat(QFile::encodeName(v.path).constData(), &st) == 0) {
        f.file.mode = st.st_mode & 07777U;
        f.file.uid = st.st_uid;
    }
    f.file.owner = info.owner();
    if (!v.decidingReason.isEmpty()) {
        f.notes << tr("Loading it imports %1, which %2.").arg(v.decidingImport, v.decidingReason);
    }
    // Every import the pickles make, in order, with how each is judged: the call chain is the context.
    QStringList imports;
    for (const ModelImport& i : v.imports) {
        const QString judged = i.verdict == ImportClass::Safe        ? tr("allowed")
                               : i.verdict == ImportClass::Dangerous ? tr("dangerous")
                                                                     : tr("not allow-listed");
        imports << QStringLiteral("%1 (%2)").arg(i.path, judged);
    }
    if (!imports.isEmpty()) {
        f.notes << tr("Imports: %1").arg(imports.join(QLatin1String(", ")));
    }
    if (v.hub.inCache()) {
        f.notes << tr("Hugging Face cache: %1 %2 at revision %3, file %4")
                       .arg(v.hub.repoType, v.hub.repo, v.hub.revision, v.hub.file);
    }
    if (!v.twin.isEmpty()) {
        f.notes << tr("Same weights as safetensors: %1").arg(v.twin);
    }
    f.notes += v.notes;
    return f;
}

QList<Finding> modelFindings(const QList<ModelVerdict>& verdicts)
{
    QList<Finding> out;
    for (const ModelVerdict& v : verdicts) {
        if (v.verdict != ModelVerdictKind::Clean) {
            out << modelFinding(v);
        }
    }
    return out;
}

} // namespace keyscout
