#include "mimemessage.h"

#include <QByteArrayList>
#include <QRandomGenerator>

namespace Ledgerdesk {

namespace {

// RFC 2047: an encoded word is at most 75 characters; 36 bytes of UTF-8 make a 60-character word,
// which keeps "Subject: " and the word within 78 characters.
constexpr qsizetype bytesPerEncodedWord = 36;
constexpr qsizetype maxHeaderLine = 78;

bool needsEncoding(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return true;
    }
    return text.contains(QLatin1String("=?"));
}

// Unstructured header text (a subject, a display name) as RFC 2047 encoded words, folded.
QByteArray encodedWords(const QString &text)
{
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        if (chunk.size() + bytes.size() > bytesPerEncodedWord) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
        i += length;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArrayList encoded;
    for (const QByteArray &word : std::as_const(words))
        encoded.append("=?UTF-8?B?" + word.toBase64() + "?=");
    return encoded.join("\r\n ");
}

// Plain ASCII text folded at spaces so that no line (with `used` characters of header name before
// it) is longer than 78 characters where a space allows it.
QByteArray foldedAscii(const QString &text, qsizetype used)
{
    const QByteArrayList words = text.toLatin1().split(' ');
    QByteArray out;
    qsizetype lineLength = used;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &word = words.at(i);
        if (i > 0) {
            if (lineLength + 1 + word.size() > maxHeaderLine && lineLength > used) {
                out += "\r\n";
                lineLength = 0;
            }
            out += ' ';
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
    }
    return out;
}

QString singleLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\t'), QLatin1Char(' '));
    return line.trimmed();
}

QByteArray unstructuredHeader(const char *name, const QString &value)
{
    const QString text = singleLine(value);
    const QByteArray prefix = QByteArray(name) + ": ";
    return prefix + (needsEncoding(text) ? encodedWords(text) : foldedAscii(text, prefix.size())) + "\r\n";
}

// A display name and address as a From header value: "Name" <address>, or the address alone.
QByteArray mailboxHeader(const QString &mailbox)
{
    const QString address = MimeMessage::addressOf(mailbox);
    const qsizetype open = mailbox.indexOf(QLatin1Char('<'));
    QString name = open > 0 ? singleLine(mailbox.left(open)) : QString();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    if (name.isEmpty())
        return address.toLatin1();
    if (needsEncoding(name))
        return encodedWords(name) + " <" + address.toLatin1() + '>';
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + quoted.toLatin1() + "\" <" + address.toLatin1() + '>';
}

// Text with \n, \r\n or \r line ends, as UTF-8 lines.
QByteArrayList utf8Lines(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return normalised.toUtf8().split('\n');
}

// RFC 2045 quoted-printable: lines of at most 76 characters with soft breaks, CRLF hard breaks.
QByteArray quotedPrintable(const QByteArrayList &lines)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        QByteArray current;
        for (qsizetype j = 0; j < line.size(); ++j) {
            const auto c = static_cast<unsigned char>(line.at(j));
            const bool last = j == line.size() - 1;
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                token = QByteArray(1, char(c));
            else
                token = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            if (current.size() + token.size() > 75) {
                out += current + "=\r\n";
                current.clear();
            }
            current += token;
        }
        out += current;
        if (i + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArrayList &lines)
{
    const QByteArray encoded = lines.join("\r\n").toBase64();
    QByteArray out;
    for (qsizetype at = 0; at < encoded.size(); at += 76) {
        if (at > 0)
            out += "\r\n";
        out += encoded.mid(at, 76);
    }
    return out;
}

// One body part's headers and content, in whichever transfer encoding is shorter.
QByteArray bodyPart(const char *mimeType, const QString &text)
{
    const QByteArrayList lines = utf8Lines(text);
    const QByteArray qp = quotedPrintable(lines);
    const QByteArray b64 = base64Lines(lines);
    const bool useQp = qp.size() <= b64.size();
    return QByteArray("Content-Type: ") + mimeType + "; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: " + (useQp ? "quoted-printable" : "base64") + "\r\n\r\n" + (useQp ? qp : b64);
}

// A Message-ID's left part: the outbox id, kept to characters a Message-ID may carry.
QByteArray messageIdFor(const QString &id)
{
    QByteArray local;
    for (QChar c : id) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            local += char(c.unicode());
        else if (c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            local += char(c.unicode());
    }
    if (local.isEmpty())
        local = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    return '<' + local + "@ledgerdesk>";
}

} // namespace

QString MimeMessage::addressOf(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

QByteArray MimeMessage::toBytes() const
{
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTimeUtc();
    QByteArray message;
    message += "Date: " + when.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    message += "From: " + mailboxHeader(from) + "\r\n";
    message += "To: " + addressOf(to).toLatin1() + "\r\n";
    message += unstructuredHeader("Subject", subject);
    message += "Message-ID: " + messageIdFor(id) + "\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Auto-Submitted: auto-generated\r\n";
    if (html.isEmpty())
        return message + bodyPart("text/plain", text);

    // "=_" cannot occur in quoted-printable or base64 text, so the boundary never clashes with a part.
    const QByteArray boundary = "=_ledgerdesk_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    message += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    message += "--" + boundary + "\r\n" + bodyPart("text/plain", text) + "\r\n";
    message += "--" + boundary + "\r\n" + bodyPart("text/html", html) + "\r\n";
    message += "--" + boundary + "--\r\n";
    return message;
}

} // namespace Ledgerdesk
