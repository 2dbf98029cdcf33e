#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Ledgerdesk {

// One e-mail, and the Internet message it becomes: a plain value, with no network code, that can be
// copied and composed on any thread. toBytes() gives the message as it goes into SMTP DATA, before
// dot-stuffing: headers (Date, From, To, Subject in RFC 2047 words when it is not plain ASCII,
// Message-ID <id@ledgerdesk>, MIME-Version) and a UTF-8 body, multipart/alternative (text, then HTML)
// when there is HTML, each part quoted-printable or base64, whichever is shorter. CRLF line ends, no
// line longer than 78 characters.
struct MimeMessage
{
    QString id; // names the e-mail and makes its Message-ID
    QString from; // "Name <address>" or a bare address
    QString to; // a bare address
    QString subject;
    QString text;
    QString html; // empty: a text-only e-mail
    QDateTime date; // invalid: the time of composing

    QByteArray toBytes() const;

    // The address inside "Name <address>", or the text itself when it has no angle brackets.
    static QString addressOf(const QString &mailbox);
};

} // namespace Ledgerdesk
