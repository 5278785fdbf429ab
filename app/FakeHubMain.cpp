// SPDX-License-Identifier: GPL-3.0-or-later
// keyscout-fakehub: the fake Hugging Face endpoint on 127.0.0.1, for workshops and trying `keyscout verify`
// without a network. Prints its URL (the value for HF_ENDPOINT) and the fake tokens it knows.
#include "verify/FakeHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

namespace {

QByteArray fakeToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray body;
    for (int i = 0; i < 34; ++i) {
        body.append(alphabet[QRandomGenerator::global()->bounded(static_cast<int>(sizeof(alphabet) - 1))]);
    }
    return "hf_" + body;
}

} // namespace

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyscout-fakehub"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake Hugging Face endpoint on 127.0.0.1: GET /api/whoami-v2 and POST "
                       "/api/credentials/revoke for a table of fake tokens.\nWithout --tokens it makes one "
                       "read, one write and one fine-grained token and prints them.\nPoint Keyscout at it "
                       "with HF_ENDPOINT=<the printed URL> or keyscout verify --endpoint <URL>."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (default: any free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tokens(
        QStringLiteral("tokens"),
        QStringLiteral(
            "JSON file of tokens: {\"tokens\": [{\"token\": \"hf_...\", \"preset\": "
            "\"read|write|fineGrained\", \"user\": \"alice\"} or {\"token\": ..., \"whoami\": {...}}]}."),
        QStringLiteral("FILE"));
    parser.addOptions({port, tokens});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        err << "keyscout-fakehub: --port needs a number from 0 to 65535\n";
        return 2;
    }
    keyscout::FakeHub hub;
    if (parser.isSet(tokens)) {
        QString error;
        if (!hub.addTokensFromFile(parser.value(tokens), &error)) {
            err << "keyscout-fakehub: " << error << '\n';
            return 2;
        }
    } else {
        for (const QString& preset :
             {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("fineGrained")}) {
            const QByteArray token = fakeToken();
            hub.addToken(token, keyscout::FakeHub::profile(preset, QStringLiteral("alice")));
            out << preset << " token (fake): " << token << '\n';
        }
    }
    if (!hub.listen(static_cast<quint16>(portNumber))) {
        err << "keyscout-fakehub: cannot listen on 127.0.0.1:" << portNumber << ": " << hub.errorString()
            << '\n';
        return 2;
    }
    out << hub.url().toString() << '\n';
    out.flush();
    return QCoreApplication::exec();
}
