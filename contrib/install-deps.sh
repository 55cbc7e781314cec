#!/bin/sh
# install-deps.sh -- install what Steward needs to build, test and run the
# demo on Debian 12 (or Ubuntu); with --tests, what the whole test suite
# needs besides.  Needs root; does nothing for packages already installed.
set -eu

PACKAGES="build-essential autoconf automake pkg-config
	libpq-dev libevent-dev libpcre2-dev libcurl4-openssl-dev libidn2-dev libicu-dev
	libc-ares-dev
	libunistring-dev libssl-dev openssl curl
	libcmocka-dev libsystemd-dev
	postgresql postgresql-client python3 python3-aiosmtpd python3-phonenumbers
	valgrind util-linux mandoc
	python3-email-validator publicsuffix iso-codes"
# The test suite also checks /metrics with promtool (prometheus) and
# renders a report with headless Chromium, and looks up MX records in a
# private dnsmasq.
[ "${1:-}" = "--tests" ] && PACKAGES="$PACKAGES prometheus chromium dnsmasq-base"
# tests/deb.sh builds the Debian package and runs lintian on it.
[ "${1:-}" = "--tests" ] && PACKAGES="$PACKAGES dpkg-dev debhelper fakeroot lintian"

missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps.sh: missing packages:$missing" >&2
	echo "install-deps.sh: run as root, or: sudo apt-get install$missing" >&2
	exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
# The Debian package starts a cluster of its own; Steward's demo and tests
# run private servers and do not need it.
