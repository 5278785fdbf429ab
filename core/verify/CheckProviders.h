// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace keyscout {

// One provider's read-only check: a single GET with the token in one header (shared/FACTS.md, the provider
// table). The token never goes into the URL: Google's key is sent as x-goog-api-key, not as ?key=.
struct CheckProvider {
    QString id;              // the rules' provider id: "huggingface", "openai", …
    QString name;            // "Hugging Face"
    QString verifierId;      // the rules' `verifier` id served by this check: "huggingface.whoami_v2"
    QString defaultEndpoint; // "https://huggingface.co"
    QString path;            // "/api/whoami-v2"
    QByteArray keyHeader;    // "Authorization" (as "Bearer <token>"), "x-api-key", …
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    bool badRequestMeansInvalid = false; // Google answers 400 API_KEY_INVALID for a key it does not know
    // Fills the owner and token fields from a 2xx answer; `headers` has lower-case names.
    void (*parse)(const QJsonDocument& body, const QHash<QByteArray, QByteArray>& headers,
                  CheckResult& result) = nullptr;

    [[nodiscard]] QByteArray keyHeaderValue(const QByteArray& token) const;
};

// Every provider Keyscout can check, Hugging Face first.
const QList<CheckProvider>& checkProviders();
// The provider with this provider id or verifier id ("huggingface" or "huggingface.whoami_v2"); null if none.
const CheckProvider* findCheckProvider(const QString& providerOrVerifierId);

// The whoami-v2 answer (shared/FACTS.md "whoami-v2") read into `result`; exposed for the fake hub's tests.
void parseWhoAmIV2(const QJsonDocument& body, const QHash<QByteArray, QByteArray>& headers,
                   CheckResult& result);

} // namespace keyscout
