// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include <QString>
#include <QStringList>

namespace keyscout {

// What to do next about one secret, from its provider and every place it was found: revoke where the provider
// lets you (with the place to do it), reissue (for Hugging Face: as a fine-grained token), then clean each
// kind of place. Each step is one sentence a person can act on; the order is the order to do them in. The
// guided remediation builds on the same facts.
QStringList nextSteps(const QList<Finding>& places);

// Where a provider's keys are revoked, for people ("huggingface.co/settings/tokens"); empty when unknown.
QString revokeLocation(const QString& provider);

} // namespace keyscout
