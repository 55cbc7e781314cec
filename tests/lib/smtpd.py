#!/usr/bin/python3
# smtpd.py -- a small SMTP server for the integration tests of report
# delivery, on aiosmtpd's SMTP class (Debian's python3-aiosmtpd; run it with
# /usr/bin/python3, not a pyenv or virtualenv python).
#
#   smtpd.py --port P --maildir DIR [--cert CERT --key KEY]
#            [--starttls-required] [--auth USER:PASS]
#            [--delay-data SECONDS] [--reject-data CODE] [--pidfile F] [--max-size BYTES]
#
# Listens on 127.0.0.1:P.  With --cert/--key it offers STARTTLS; with
# --starttls-required as well it answers "530 Must issue a STARTTLS
# command first" to anything but EHLO/HELO/NOOP/RSET/QUIT/STARTTLS
# before TLS.  With --auth every MAIL needs a successful AUTH PLAIN or
# AUTH LOGIN first; when a certificate is given, AUTH is refused before
# STARTTLS ("538 Encryption required"), without one it is allowed in
# clear text so that the plain case can be tested too.
#
# Every accepted message is stored in DIR as NNNN.eml, the DATA bytes
# exactly as received (dot-unstuffed, CRLF line ends kept), with
# NNNN.json beside it:
#   {"mail_from": ..., "rcpt_tos": [...], "tls": bool, "auth": user|null,
#    "mail_options": [...], "rcpt_options": [...]}
# Both are written to a dot-file first and renamed into place, the .json
# before the .eml: a test that sees NNNN.eml can read both.  Numbering
# goes on from the highest number already in DIR.
#
# --delay-data S sleeps S seconds after the final "." of DATA before the
# message is stored and 250 answered, so a test can kill the client in
# the middle of a delivery.  The tests rely on the message counting as
# accepted only once the 250 is sent: aiosmtpd cancels the handler when
# the client goes away, so a client that disconnects during the delay
# leaves no file behind; one that is still there at the end of the delay
# gets its message stored and then the 250.
#
# --reject-data CODE answers the end of DATA (after the final ".") with
# CODE instead of 250 and stores nothing, to play a failing server
# (4xx: try again later, 5xx: permanent).
#
# Prints "ready" on stdout once it listens; exits cleanly on SIGTERM or
# SIGINT.  Logs to stderr.

import argparse
import asyncio
import json
import logging
import os
import re
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

REJECT_TEXT = {
	4: "Requested action aborted: local error in processing (test)",
	5: "Transaction failed (test)",
}


class Store:
	"""Numbered, atomically written message files in one directory."""

	def __init__(self, directory):
		self.dir = directory
		os.makedirs(directory, exist_ok=True)
		last = 0
		for name in os.listdir(directory):
			m = re.fullmatch(r"(\d+)\.(eml|json)", name)
			if m:
				last = max(last, int(m.group(1)))
		self.last = last

	def _write(self, name, data):
		tmp = os.path.join(self.dir, "." + name + ".tmp")
		with open(tmp, "wb") as f:
			f.write(data)
			f.flush()
			os.fsync(f.fileno())
		os.rename(tmp, os.path.join(self.dir, name))

	def save(self, raw, meta):
		# One event loop, no await in here: no two saves interleave.
		self.last += 1
		base = "%04d" % self.last
		self._write(base + ".json",
			    (json.dumps(meta, indent=1) + "\n").encode())
		self._write(base + ".eml", raw)
		return base


class Handler:
	def __init__(self, store, delay, reject):
		self.store = store
		self.delay = delay
		self.reject = reject

	async def handle_DATA(self, server, session, envelope):
		if self.delay > 0:
			# Cancelled (and so nothing stored) if the client
			# disconnects while we sleep.
			await asyncio.sleep(self.delay)
		if self.reject:
			text = REJECT_TEXT.get(self.reject // 100, "Rejected (test)")
			return "%d %s" % (self.reject, text)
		user = None
		if session.authenticated and session.auth_data is not None:
			login = getattr(session.auth_data, "login", None)
			if isinstance(login, bytes):
				login = login.decode("utf-8", "replace")
			user = login
		meta = {
			"mail_from": envelope.mail_from,
			"rcpt_tos": list(envelope.rcpt_tos),
			"tls": session.ssl is not None,
			"auth": user,
			"mail_options": list(envelope.mail_options),
			"rcpt_options": list(envelope.rcpt_options),
		}
		raw = envelope.original_content
		if raw is None:
			raw = envelope.content
		if isinstance(raw, str):
			raw = raw.encode("utf-8", "surrogateescape")
		base = self.store.save(bytes(raw), meta)
		logging.info("stored %s from %s to %s", base,
			     envelope.mail_from, envelope.rcpt_tos)
		return "250 2.0.0 OK stored as %s" % base


def make_authenticator(user, password):
	want = (user.encode(), password.encode())

	def authenticator(server, session, envelope, mechanism, auth_data):
		if (isinstance(auth_data, LoginPassword)
				and (auth_data.login, auth_data.password) == want):
			return AuthResult(success=True, auth_data=auth_data)
		return AuthResult(success=False, handled=False)

	return authenticator


def main():
	p = argparse.ArgumentParser(description="SMTP server for tests")
	p.add_argument("--port", type=int, required=True)
	p.add_argument("--maildir", required=True)
	p.add_argument("--cert")
	p.add_argument("--key")
	p.add_argument("--starttls-required", action="store_true")
	p.add_argument("--auth", metavar="USER:PASS")
	p.add_argument("--delay-data", type=float, default=0.0,
		       metavar="SECONDS")
	p.add_argument("--reject-data", type=int, metavar="CODE")
	p.add_argument("--pidfile")
	p.add_argument("--max-size", type=int, default=64 * 1024 * 1024,
		help="largest message accepted, in bytes (SIZE)")
	a = p.parse_args()
	if bool(a.cert) != bool(a.key):
		p.error("--cert and --key go together")
	if a.starttls_required and not a.cert:
		p.error("--starttls-required needs --cert and --key")
	if a.reject_data is not None and not 400 <= a.reject_data <= 599:
		p.error("--reject-data takes a 4xx or 5xx code")
	if a.auth is not None and ":" not in a.auth:
		p.error("--auth takes USER:PASS")

	logging.basicConfig(stream=sys.stderr, level=logging.INFO,
			    format="smtpd: %(levelname)s %(message)s")

	kw = {
		# A fixed name: no DNS look-up (socket.getfqdn()) for the
		# banner.
		"hostname": "localhost",
		"ident": "steward-test-smtpd",
		"data_size_limit": a.max_size,
		# As aiosmtpd's Controller has it.
		"enable_SMTPUTF8": True,
	}
	if a.cert:
		ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
		ctx.load_cert_chain(a.cert, a.key)
		kw["tls_context"] = ctx
		kw["require_starttls"] = a.starttls_required
	if a.auth is not None:
		user, password = a.auth.split(":", 1)
		kw["authenticator"] = make_authenticator(user, password)
		kw["auth_required"] = True
		# Plain-text AUTH only when there is no TLS at all.
		kw["auth_require_tls"] = bool(a.cert)

	store = Store(a.maildir)
	handler = Handler(store, a.delay_data, a.reject_data)

	# The server runs on our own event loop in the main thread rather
	# than under aiosmtpd's Controller, whose thread takes its whole
	# ready timeout (5 s) to report a port already in use.
	loop = asyncio.new_event_loop()
	asyncio.set_event_loop(loop)
	try:
		server = loop.run_until_complete(loop.create_server(
			lambda: SMTP(handler, loop=loop, **kw),
			host="127.0.0.1", port=a.port))
	except OSError as e:
		print("smtpd: cannot listen on 127.0.0.1:%d: %s"
		      % (a.port, e.strerror or e), file=sys.stderr)
		return 1
	for sig in (signal.SIGTERM, signal.SIGINT):
		loop.add_signal_handler(sig, loop.stop)
	if a.pidfile:
		with open(a.pidfile, "w") as f:
			f.write("%d\n" % os.getpid())
	print("ready", flush=True)
	loop.run_forever()

	server.close()
	tasks = asyncio.all_tasks(loop)
	for t in tasks:
		t.cancel()
	loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
	loop.close()
	if a.pidfile:
		try:
			os.unlink(a.pidfile)
		except OSError:
			pass
	return 0


if __name__ == "__main__":
	sys.exit(main())
