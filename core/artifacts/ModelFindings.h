// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelVerdict.h"
#include "findings/Finding.h"

#include <QList>

namespace keyscout {

// Model verdicts as findings, for the same list, reports and views as secrets: one finding per file that
// needs attention (dangerous, suspicious or malformed; clean files give none). The finding carries no secret:
// its `secretSha256` is the SHA-256 of "model-file:" and the path, so each file is a group of its own, and
// `masked` names the deciding import (or the verdict). Rule ids: model.dangerous, model.suspicious,
// model.malformed; provider "model".
QList<Finding> modelFindings(const QList<ModelVerdict>& verdicts);
Finding modelFinding(const ModelVerdict& verdict);

} // namespace keyscout
