#!/usr/bin/python3
# check-mail.py -- check a report mail as stored by smtpd.py.
#
#   check-mail.py FILE.eml [--rcpt ADDR]... [--subject-contains S]
#                 [--attachment-name NAME] [--part TYPE]... [--csv-rows N]
#                 [--header H | --header "H: TEXT"]...
#
# Always checked:
#   - Date (parseable), Message-ID (<left@right>), MIME-Version, From (an
#     address), Subject, and To -- or, when there is no To, an envelope
#     NNNN.json beside the file that names the recipients;
#   - every header line is ASCII (non-ASCII text must be RFC 2047 encoded)
#     and no line of the raw message is longer than 998 octets;
#   - if the file uses CRLF line ends, no bare CR or LF;
#   - no defects reported by Python's email parser.
# On request:
#   --rcpt ADDR        ADDR is an envelope recipient (NNNN.json beside the
#                      .eml), or failing that in To/Cc; repeatable
#   --subject-contains the decoded Subject contains S
#   --part TYPE        a multipart/alternative holds a non-empty TYPE part
#                      (text/plain, text/html) that decodes cleanly in its
#                      charset; repeatable
#   --attachment-name  an attachment has this (decoded) filename
#   --csv-rows N       the CSV attachment (the one named by
#                      --attachment-name, else the first text/csv or
#                      *.csv attachment) has N rows besides its header,
#                      all as wide as the header, is UTF-8 and does not
#                      start with a byte order mark
#   --header H         header H is present; "H: TEXT": its decoded value
#                      contains TEXT; repeatable
#
# Prints one line per failed check on stdout; exits 1 if any failed, 0 if
# none did, 2 on a usage error or an unreadable file.

import argparse
import csv
import email
import email.policy
import email.utils
import io
import json
import os
import re
import sys

failures = []


def fail(msg):
	failures.append(msg)


def raw_checks(raw):
	lines = raw.split(b"\n")
	crlf = b"\r\n" in raw
	for i, line in enumerate(lines, 1):
		body = line[:-1] if line.endswith(b"\r") else line
		if len(body) > 998:
			fail("line %d is %d octets long (over 998)" % (i, len(body)))
		if crlf and i < len(lines) and not line.endswith(b"\r"):
			fail("line %d ends in a bare LF" % i)
		if crlf and b"\r" in body:
			fail("line %d holds a bare CR" % i)
	# Header block: up to the first empty line.
	m = re.search(rb"\r?\n\r?\n", raw)
	head = raw[:m.start()] if m else raw
	for line in re.split(rb"\r?\n", head):
		if any(b >= 0x80 for b in line):
			fail("header line is not ASCII (needs RFC 2047): %r"
			     % line[:80])


def header_checks(msg, envelope):
	for h in ("Date", "Message-ID", "MIME-Version", "From", "Subject"):
		if msg[h] is None:
			fail("no %s header" % h)
	for h in ("Date", "Message-ID", "MIME-Version", "From", "To",
		  "Subject", "Content-Type"):
		if len(msg.get_all(h) or []) > 1:
			fail("more than one %s header" % h)
	if msg["Date"] is not None:
		try:
			if email.utils.parsedate_to_datetime(str(msg["Date"])) is None:
				raise ValueError
		except (TypeError, ValueError):
			fail("Date does not parse: %r" % str(msg["Date"]))
	if msg["Message-ID"] is not None:
		mid = str(msg["Message-ID"]).strip()
		if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", mid):
			fail("Message-ID is not <left@right>: %r" % mid)
	if msg["MIME-Version"] is not None \
			and str(msg["MIME-Version"]).strip() != "1.0":
		fail("MIME-Version is %r, not 1.0" % str(msg["MIME-Version"]))
	if msg["From"] is not None:
		addrs = [a for a in msg["From"].addresses if a.addr_spec]
		if not addrs or "@" not in addrs[0].addr_spec:
			fail("From has no address: %r" % str(msg["From"]))
	if msg["To"] is None and not (envelope and envelope.get("rcpt_tos")):
		fail("no To header and no envelope recipients")


def header_addrs(msg):
	out = []
	for h in ("To", "Cc"):
		for v in msg.get_all(h) or []:
			out += [a.addr_spec for a in v.addresses]
	return out


def has_defects(msg):
	for part in msg.walk():
		for d in part.defects:
			fail("MIME defect in %s: %s" % (part.get_content_type(),
							 d.__class__.__name__))
		for k, v in part.items():
			for d in getattr(v, "defects", ()):
				fail("defect in header %s: %s" % (k, d))


def text_ok(part, what):
	try:
		text = part.get_content()
	except Exception as e:  # noqa: BLE001 -- any decoding error
		fail("%s does not decode: %s" % (what, e))
		return None
	if "\ufffd" in text:
		fail("%s does not decode cleanly in charset %s"
		     % (what, part.get_content_charset()))
	if not text.strip():
		fail("%s is empty" % what)
	return text


def attachments(msg):
	out = []
	for part in msg.walk():
		if part.is_multipart():
			continue
		name = part.get_filename()
		if part.get_content_disposition() == "attachment" or name:
			out.append(part)
	return out


def main():
	p = argparse.ArgumentParser(description="check a stored report mail")
	p.add_argument("file")
	p.add_argument("--rcpt", action="append", default=[])
	p.add_argument("--subject-contains")
	p.add_argument("--attachment-name")
	p.add_argument("--part", action="append", default=[])
	p.add_argument("--csv-rows", type=int)
	p.add_argument("--header", action="append", default=[])
	a = p.parse_args()

	try:
		with open(a.file, "rb") as f:
			raw = f.read()
	except OSError as e:
		print("cannot read %s: %s" % (a.file, e))
		return 2
	envelope = None
	env_file = os.path.splitext(a.file)[0] + ".json"
	if os.path.exists(env_file):
		with open(env_file, encoding="utf-8") as f:
			envelope = json.load(f)

	raw_checks(raw)
	msg = email.message_from_bytes(raw, policy=email.policy.default)
	has_defects(msg)
	header_checks(msg, envelope)

	for r in a.rcpt:
		if envelope is not None:
			got = [x.lower() for x in envelope.get("rcpt_tos", [])]
			where = "envelope"
		else:
			got = [x.lower() for x in header_addrs(msg)]
			where = "To/Cc"
		if r.lower() not in got:
			fail("%s is not a recipient (%s: %s)"
			     % (r, where, ", ".join(got) or "none"))

	if a.subject_contains is not None:
		subj = str(msg["Subject"] or "")
		if a.subject_contains not in subj:
			fail("Subject %r does not contain %r"
			     % (subj, a.subject_contains))

	for h in a.header:
		name, sep, text = h.partition(":")
		name, text = name.strip(), text.strip()
		if msg[name] is None:
			fail("no %s header" % name)
		elif sep and text not in str(msg[name]):
			fail("%s %r does not contain %r"
			     % (name, str(msg[name]), text))

	if a.part:
		alts = [x for x in msg.walk()
			if x.get_content_type() == "multipart/alternative"]
		if not alts:
			fail("no multipart/alternative part (top is %s)"
			     % msg.get_content_type())
		for t in a.part:
			found = [x for alt in alts for x in alt.iter_parts()
				 if x.get_content_type() == t.lower()]
			if alts and not found:
				fail("no %s part in multipart/alternative" % t)
			for x in found[:1]:
				text_ok(x, t + " part")

	atts = attachments(msg)
	names = [x.get_filename() for x in atts]
	csv_part = None
	if a.attachment_name is not None:
		hits = [x for x in atts if x.get_filename() == a.attachment_name]
		if not hits:
			fail("no attachment named %r (found: %s)"
			     % (a.attachment_name,
				", ".join(repr(n) for n in names) or "none"))
		else:
			csv_part = hits[0]
	if a.csv_rows is not None:
		if csv_part is None and a.attachment_name is None:
			for x in atts:
				if x.get_content_type() == "text/csv" or \
						(x.get_filename() or "").lower().endswith(".csv"):
					csv_part = x
					break
			if csv_part is None:
				fail("no CSV attachment")
		if csv_part is not None:
			check_csv(csv_part, a.csv_rows)

	for f in failures:
		print(f)
	return 1 if failures else 0


def check_csv(part, want):
	data = part.get_payload(decode=True) or b""
	if data.startswith(b"\xef\xbb\xbf"):
		fail("CSV starts with a UTF-8 byte order mark")
		data = data[3:]
	try:
		text = data.decode("utf-8")
	except UnicodeDecodeError as e:
		fail("CSV is not UTF-8: %s" % e)
		text = data.decode("utf-8", "replace")
	try:
		rows = [r for r in csv.reader(io.StringIO(text, newline=""))
			if r]
	except csv.Error as e:
		fail("CSV does not parse: %s" % e)
		return
	if not rows:
		fail("CSV is empty (no header)")
		return
	width = len(rows[0])
	for i, r in enumerate(rows[1:], 2):
		if len(r) != width:
			fail("CSV row %d has %d fields, the header %d"
			     % (i, len(r), width))
			break
	if len(rows) - 1 != want:
		fail("CSV has %d rows besides the header, not %d"
		     % (len(rows) - 1, want))


if __name__ == "__main__":
	sys.exit(main())
