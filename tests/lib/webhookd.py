#!/usr/bin/python3
# webhookd.py -- an HTTPS (or, without a certificate, plain HTTP) receiver
# for the integration tests of webhook report delivery.  Standard library
# only.
#
#   webhookd.py --port P --dir DIR [--cert C --key K] [--secret-file F]
#               [--status CODE] [--pidfile F]
#
# Listens on 127.0.0.1:P.  Every POST (or PUT) is answered with --status
# (default 200) and recorded as DIR/NNNN.json:
#   {"method": "POST", "path": ..., "headers": {name: value, ...},
#    "body": <the body as UTF-8 text, undecodable bytes replaced>,
#    "body_utf8": bool, "signature_ok": bool|null, "received_at": <unix s>}
# Header names keep the case the client sent; a header sent twice has
# its values joined with ", ".  A chunked body is de-chunked.  The file is
# written to a dot-file first and renamed into place.
#
# Signature: with --secret-file, signature_ok is true when the request
# has "X-Steward-Timestamp: <unix seconds>" and
# "X-Steward-Signature: sha256=<lowercase hex HMAC-SHA256(secret,
# timestamp + "." + body)>", over the raw body bytes; the secret is the
# file's content less one trailing newline.  Without --secret-file it is
# null.  The answer does not depend on it: tests check the record.
#
# Prints "ready" on stdout once it listens; exits cleanly on SIGTERM or
# SIGINT.

import argparse
import hashlib
import hmac
import http.server
import json
import os
import re
import signal
import ssl
import sys
import threading
import time

SIG_RE = re.compile(r"sha256=([0-9a-f]{64})")


class Store:
	def __init__(self, directory):
		self.dir = directory
		os.makedirs(directory, exist_ok=True)
		self.lock = threading.Lock()
		last = 0
		for name in os.listdir(directory):
			m = re.fullmatch(r"(\d+)\.json", name)
			if m:
				last = max(last, int(m.group(1)))
		self.last = last

	def save(self, record):
		with self.lock:
			self.last += 1
			name = "%04d.json" % self.last
		tmp = os.path.join(self.dir, "." + name + ".tmp")
		with open(tmp, "w", encoding="utf-8") as f:
			json.dump(record, f, indent=1, ensure_ascii=False)
			f.write("\n")
			f.flush()
			os.fsync(f.fileno())
		os.rename(tmp, os.path.join(self.dir, name))
		return name


def check_signature(secret, headers, body):
	if secret is None:
		return None
	ts = headers.get("X-Steward-Timestamp")
	sig = headers.get("X-Steward-Signature")
	if ts is None or sig is None or not re.fullmatch(r"\d+", ts.strip()):
		return False
	m = SIG_RE.fullmatch(sig.strip())
	if not m:
		return False
	want = hmac.new(secret, ts.strip().encode() + b"." + body,
			hashlib.sha256).hexdigest()
	return hmac.compare_digest(want, m.group(1))


class Handler(http.server.BaseHTTPRequestHandler):
	protocol_version = "HTTP/1.1"
	server_version = "steward-test-webhookd"
	timeout = 30

	def setup(self):
		super().setup()
		# The TLS handshake runs here, in the request's thread, so
		# that a client that never completes it blocks nobody else.
		if isinstance(self.request, ssl.SSLSocket):
			self.request.do_handshake()

	def log_message(self, fmt, *args):
		sys.stderr.write("webhookd: %s %s\n" % (self.address_string(),
							 fmt % args))

	def read_body(self):
		te = (self.headers.get("Transfer-Encoding") or "").lower()
		if "chunked" in te:
			out = bytearray()
			while True:
				line = self.rfile.readline(65537)
				size = int(line.split(b";")[0].strip() or b"0", 16)
				if size == 0:
					# trailers, up to the empty line
					while self.rfile.readline(65537) not in (
							b"\r\n", b"\n", b""):
						pass
					return bytes(out)
				out += self.rfile.read(size)
				self.rfile.readline(3)	# CRLF after the chunk
		n = int(self.headers.get("Content-Length") or 0)
		return self.rfile.read(n) if n > 0 else b""

	def answer(self, code, text):
		data = (text + "\n").encode()
		self.send_response(code)
		self.send_header("Content-Type", "text/plain; charset=utf-8")
		self.send_header("Content-Length", str(len(data)))
		self.send_header("Connection", "close")
		self.end_headers()
		self.wfile.write(data)
		self.close_connection = True

	def do_POST(self):
		srv = self.server
		body = self.read_body()
		headers = {}
		for k, v in self.headers.items():
			headers[k] = headers[k] + ", " + v if k in headers else v
		try:
			text = body.decode("utf-8")
			utf8 = True
		except UnicodeDecodeError:
			text = body.decode("utf-8", "replace")
			utf8 = False
		record = {
			"method": self.command,
			"path": self.path,
			"headers": headers,
			"body": text,
			"body_utf8": utf8,
			"signature_ok": check_signature(srv.secret, self.headers,
							body),
			"received_at": int(time.time()),
		}
		srv.store.save(record)
		self.answer(srv.status, "%d test answer" % srv.status)

	do_PUT = do_POST

	def do_GET(self):
		self.answer(405, "POST only")


class Server(http.server.ThreadingHTTPServer):
	daemon_threads = True

	def handle_error(self, request, client_address):
		# One line, not a traceback: a client that rejects our
		# certificate is a normal case in the tests.
		sys.stderr.write("webhookd: %s: %s\n" % (client_address[0],
							  sys.exc_info()[1]))


def main():
	p = argparse.ArgumentParser(description="webhook receiver for tests")
	p.add_argument("--port", type=int, required=True)
	p.add_argument("--dir", required=True)
	p.add_argument("--cert")
	p.add_argument("--key")
	p.add_argument("--secret-file")
	p.add_argument("--status", type=int, default=200)
	p.add_argument("--pidfile")
	a = p.parse_args()
	if bool(a.cert) != bool(a.key):
		p.error("--cert and --key go together")
	if not 100 <= a.status <= 599:
		p.error("--status takes an HTTP status code")

	secret = None
	if a.secret_file:
		with open(a.secret_file, "rb") as f:
			secret = f.read()
		if secret.endswith(b"\n"):
			secret = secret[:-1]

	try:
		httpd = Server(("127.0.0.1", a.port), Handler)
	except OSError as e:
		print("webhookd: cannot listen on 127.0.0.1:%d: %s"
		      % (a.port, e.strerror or e), file=sys.stderr)
		return 1
	httpd.store = Store(a.dir)
	httpd.secret = secret
	httpd.status = a.status
	if a.cert:
		ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
		ctx.load_cert_chain(a.cert, a.key)
		httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True,
					       do_handshake_on_connect=False)

	def on_signal(signum, frame):
		# shutdown() waits for serve_forever() to return: not from
		# the thread that runs it.
		threading.Thread(target=httpd.shutdown, daemon=True).start()

	signal.signal(signal.SIGTERM, on_signal)
	signal.signal(signal.SIGINT, on_signal)

	if a.pidfile:
		with open(a.pidfile, "w") as f:
			f.write("%d\n" % os.getpid())
	print("ready", flush=True)
	httpd.serve_forever()
	httpd.server_close()
	if a.pidfile:
		try:
			os.unlink(a.pidfile)
		except OSError:
			pass
	return 0


if __name__ == "__main__":
	sys.exit(main())
