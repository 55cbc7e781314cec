#!/bin/sh
# email-typo.sh -- precision and recall of the email validator's
# typo-domain advice (validators/email_typo.c) on typos and real domains
# that are not its own lists; see tests/bench/README.md.
#
#   tests/bench/email-typo.sh        (STEWARD=path/to/steward to choose)
#
# The real domains are SpamAssassin's free-mail lists, from the Debian
# package spamassassin: its installed files, or the package unpacked in a
# temporary directory (apt-get download; nothing is installed).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
steward=${STEWARD:-$top/_build/steward}
sa=/usr/share/spamassassin
tmp=""
if [ ! -f "$sa/20_freemail_domains.cf" ]; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	(cd "$tmp" && apt-get download spamassassin >/dev/null 2>&1 &&
		dpkg-deb -x spamassassin_*.deb x) || {
		echo "email-typo.sh: cannot get the Debian package spamassassin" >&2
		exit 1
	}
	sa=$tmp/x/usr/share/spamassassin
fi
python3 "$top/tests/bench/email-typo-eval.py" "$steward" \
	"$sa/20_freemail_domains.cf" "$sa/20_freemail_mailcom_domains.cf"
