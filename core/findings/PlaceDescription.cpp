// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceDescription.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace keyscout {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout::PlaceDescription", text);
}

bool endsWithPath(const QString& path, QLatin1String tail)
{
    return path.endsWith(tail) &&
           (path.size() == tail.size() || path.at(path.size() - tail.size() - 1) == QLatin1Char('/'));
}

QString describeNotebookPlace(const Finding& f, const QString& name)
{
    const Place& p = f.place;
    const QString notebook =
        p.checkpoint ? tr("Checkpoint of notebook %1").arg(p.checkpointOf) : tr("Notebook %1").arg(name);
    const QString lineInPart = QString::number(p.lineInPart);
    switch (p.part) {
    case CellPart::Source:
        return tr("%1, cell %2, line %3").arg(notebook).arg(p.cell).arg(lineInPart);
    case CellPart::Output:
        return tr("%1, cell %2 output (%3), line %4").arg(notebook).arg(p.cell).arg(p.outputType, lineInPart);
    case CellPart::Attachment:
        return tr("%1, cell %2 attachment, line %3").arg(notebook).arg(p.cell).arg(lineInPart);
    case CellPart::Metadata:
        if (p.cell > 0) {
            return tr("%1, cell %2 metadata, file line %3").arg(notebook).arg(p.cell).arg(f.line);
        }
        if (!p.outputType.isEmpty()) {
            return tr("%1, widget state, file line %2").arg(notebook).arg(f.line);
        }
        return tr("%1, notebook metadata, file line %2").arg(notebook).arg(f.line);
    case CellPart::None:
        break;
    }
    return tr("%1, line %2").arg(notebook).arg(f.line);
}

} // namespace

QString describePlace(const Finding& f)
{
    const QString name = QFileInfo(f.path).fileName();
    const QString line = QString::number(f.line);
    // The places ML work leaves credentials (shared/FACTS.md), most specific first.
    if (endsWithPath(f.path, QLatin1String(".cache/huggingface/token")) ||
        endsWithPath(f.path, QLatin1String(".huggingface/token"))) {
        return tr("Hugging Face token store (%1)").arg(name);
    }
    if (name == QLatin1String("stored_tokens")) {
        return tr("Hugging Face saved tokens, line %1").arg(line);
    }
    if (name == QLatin1String(".git-credentials")) {
        return tr("Git credentials file, line %1").arg(line);
    }
    if (name == QLatin1String(".netrc") || name == QLatin1String("_netrc")) {
        return tr("Network login file .netrc, line %1").arg(line);
    }
    if (name == QLatin1String("kaggle.json")) {
        return tr("Kaggle API key file");
    }
    if (endsWithPath(f.path, QLatin1String(".aws/credentials"))) {
        return tr("AWS credentials file, line %1").arg(line);
    }
    if (name == QLatin1String("config.json") && f.path.contains(QLatin1String("/.docker/"))) {
        return tr("Docker registry logins, line %1").arg(line);
    }
    if (name.endsWith(QLatin1String("_history")) || name == QLatin1String("fish_history")) {
        return tr("Shell history %1, line %2").arg(name, line);
    }
    if (f.place.kind == SourceKind::Process) {
        const QString process =
            f.place.outputType.isEmpty()
                ? tr("Running process %1").arg(f.place.entry)
                : tr("Running process %1 (pid %2)").arg(f.place.outputType).arg(f.place.entry);
        return f.place.name == QLatin1String("command line")
                   ? tr("%1, command line").arg(process)
                   : tr("%1, variable %2").arg(process, f.place.name);
    }
    if (f.place.kind == SourceKind::Notebook || name.endsWith(QLatin1String(".ipynb"))) {
        return describeNotebookPlace(f, name);
    }
    if (name == QLatin1String(".env") || name.startsWith(QLatin1String(".env.")) ||
        name.endsWith(QLatin1String(".env")) || name == QLatin1String(".envrc")) {
        return tr("Environment file %1, line %2").arg(name, line);
    }
    if (name == QLatin1String(".bashrc") || name == QLatin1String(".zshrc") ||
        name == QLatin1String(".profile") || name == QLatin1String(".bash_profile") ||
        name == QLatin1String(".zprofile")) {
        return tr("Shell start-up file %1, line %2").arg(name, line);
    }
    if (f.binary) {
        return tr("Binary file %1, byte %2").arg(name).arg(f.offset);
    }
    return tr("File %1, line %2").arg(name, line);
}

Exposure exposureOf(const Finding& f)
{
    if (f.file.readableByOthers()) {
        return Exposure::WorldReadable;
    }
    if (f.file.readableByGroup()) {
        return Exposure::GroupReadable;
    }
    return Exposure::Private;
}

QString exposureName(Exposure exposure)
{
    switch (exposure) {
    case Exposure::WorldReadable:
        return tr("readable by every user");
    case Exposure::GroupReadable:
        return tr("readable by the group");
    case Exposure::Private:
        break;
    }
    return tr("private file");
}

} // namespace keyscout
