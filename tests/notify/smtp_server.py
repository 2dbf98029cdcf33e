"""A real SMTP server for the notification tests, built on Debian's python3-aiosmtpd.

Listens on 127.0.0.1 (a free port unless --port is given), prints "READY <port>" once it accepts
connections, and runs until its standard input closes. Every accepted e-mail becomes two files in
--dir: mail-NNNN.eml (the message as received) and mail-NNNN.json (the envelope and the message as
Python's own e-mail parser reads it: decoded headers and the decoded text and HTML parts), written
atomically, so a test never sees half a mail.

Options: --tls-cert/--tls-key offer STARTTLS (or, with --implicit-tls, TLS from the first byte);
--auth USER:PASSWORD accepts that one login and refuses every other (also over plain text, since
the tests run on loopback); --auth-exclude MECH hides a mechanism (PLAIN, LOGIN); --data-reply
"451 ..." answers DATA with that reply instead of accepting the mail; --refuse-recipient ADDRESS
answers RCPT TO for that address with --rcpt-reply ("550 5.1.1 ... User unknown" unless given) and
takes mail for every other address.
"""

import argparse
import email
import email.policy
import json
import os
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, directory, data_reply, refused_recipients, rcpt_reply):
        self.directory = directory
        self.data_reply = data_reply
        self.refused_recipients = {address.lower() for address in refused_recipients}
        self.rcpt_reply = rcpt_reply
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refused_recipients:
            return self.rcpt_reply or "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.data_reply:
            return self.data_reply
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        summary = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "auth_user": session.auth_data.decode() if isinstance(session.auth_data, bytes) else None,
            # STARTTLS sets session.ssl; TLS from the first byte shows on the transport.
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
            "subject": str(message.get("Subject", "")),
            "from": str(message.get("From", "")),
            "to": str(message.get("To", "")),
            "date": str(message.get("Date", "")),
            "message_id": str(message.get("Message-ID", "")),
            "content_type": message.get_content_type(),
            "text": None,
            "html": None,
            "parts": [],
            "max_line_length": max((len(line) for line in raw.split(b"\r\n")), default=0),
        }
        for part in message.walk():
            if part.is_multipart():
                continue
            kind = part.get_content_type()
            summary["parts"].append({
                "type": kind,
                "charset": part.get_content_charset(),
                "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
            })
            # Line ends as the parser gives them may be CRLF (as sent) or LF; compare lines, not bytes.
            if kind == "text/plain" and summary["text"] is None:
                summary["text"] = part.get_content().replace("\r\n", "\n")
            elif kind == "text/html" and summary["html"] is None:
                summary["html"] = part.get_content().replace("\r\n", "\n")
        with self.lock:
            self.count += 1
            name = "mail-%04d" % self.count
        self._write(name + ".eml", raw)
        self._write(name + ".json", json.dumps(summary, ensure_ascii=False, indent=1).encode("utf-8"))
        return "250 2.0.0 Ok: queued as %s" % name

    def _write(self, name, data):
        temporary = os.path.join(self.directory, "." + name + ".tmp")
        with open(temporary, "wb") as out:
            out.write(data)
        os.replace(temporary, os.path.join(self.directory, name))


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
                and auth_data.password == password.encode()):
            return AuthResult(success=True, auth_data=auth_data.login)
        return AuthResult(success=False, handled=False)
    return authenticate


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--auth")
    parser.add_argument("--auth-exclude", action="append", default=[])
    parser.add_argument("--data-reply")
    parser.add_argument("--refuse-recipient", action="append", default=[])
    parser.add_argument("--rcpt-reply")
    args = parser.parse_args()

    smtp_options = {"server_hostname": "ledgerdesk-test-smtp", "ready_timeout": 10.0}
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        if args.implicit_tls:
            smtp_options["ssl_context"] = context
        else:
            smtp_options["tls_context"] = context
    if args.auth:
        user, _, password = args.auth.partition(":")
        smtp_options["authenticator"] = make_authenticator(user, password)
        smtp_options["auth_require_tls"] = False
        smtp_options["auth_exclude_mechanism"] = args.auth_exclude

    handler = Sink(args.dir, args.data_reply, args.refuse_recipient, args.rcpt_reply)
    # A port found free can be taken by someone else before the server binds it: try a few.
    for attempt in range(5):
        port = args.port or free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, **smtp_options)
        try:
            controller.start()
            break
        except OSError:
            if args.port or attempt == 4:
                raise
    print("READY %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
