// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verify/CheckResult.h"

#include <QByteArray>
#include <QStringList>

namespace keyscout {

class TokenVerifier;

// `keyscout verify [--endpoint URL] [--yes] PATH…`: scans the paths, then checks each distinct secret whose
// rule has an online check, after asking on the terminal (unless --yes), and prints what each token can do.
// Exit codes: 0 no token works (or nothing to check), 1 at least one token works, 2 error, 3 no token found
// working but some could not be checked (declined, rate limited, timed out, network error), 130 interrupted.
class VerifyCommand {
public:
    static int run(const QStringList& arguments);

    // Shared by the commands that talk to providers: --endpoint URL (Hugging Face) or PROVIDER=URL; false
    // when the value is not one.
    static bool applyEndpoint(TokenVerifier& verifier, const QString& value);
    // One check, waited for.
    static CheckResult checkAndWait(TokenVerifier& verifier, const QString& fingerprint,
                                    const QByteArray& token, const QString& providerOrVerifierId);
};

} // namespace keyscout
