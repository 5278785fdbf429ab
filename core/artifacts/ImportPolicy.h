// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyscout {

// How a pickle import ("module.name") is judged. Allow-list first, as torch.load(weights_only=True) does
// (torch/_weights_only_unpickler.py, _get_allowed_globals): the tensor-rebuilding functions, storages,
// dtypes and plain containers are Safe; imports that reach code execution, the file system, the network,
// imports or attribute lookup are Dangerous; everything else is Unknown (suspicious: it runs code that
// nobody vetted). Python 2 module names are mapped as pickle's compatibility mapping does.
enum class ImportClass { Safe = 0, Unknown, Dangerous };

struct ImportJudgement {
    ImportClass verdict = ImportClass::Unknown;
    QString reason; // for Dangerous: what it reaches ("runs shell commands"); empty otherwise
};

// `module` and `name` as the pickle gives them (`name` may be a dotted qualified name).
ImportJudgement judgeImport(const QString& module, const QString& name);

// "module.name", with Python 2 names mapped (__builtin__ → builtins, copy_reg → copyreg).
QString importPath(const QString& module, const QString& name);

} // namespace keyscout
