#!/bin/bash
# deb.sh -- build the Debian package from the committed tree, check it with
# lintian (no errors), look at its contents, unpack it into a throwaway
# root and run `steward check` from there (issue 18, item 18).  Minutes
# long and needs dpkg-dev, debhelper, fakeroot and lintian: run by CI,
# not by make check.
#
#   tests/deb.sh [WORKDIR]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d /tmp/steward-deb.XXXXXX)}
n=0
failed=0
ok() {	# ok DESCRIPTION COMMAND...
	local what=$1
	shift
	n=$((n + 1))
	if "$@" >/dev/null 2>&1; then
		echo "ok $n - $what"
	else
		echo "not ok $n - $what"
		failed=$((failed + 1))
	fi
}
echo "1..12"
src=$work/steward
rm -rf "$src"
mkdir -p "$src"
# The committed tree (HEAD), not the build directories around it.
git -C "$top" archive HEAD | tar -x -C "$src"
( cd "$src" && DEB_BUILD_OPTIONS="nocheck parallel=2" \
	dpkg-buildpackage -us -uc -b ) >"$work/build.log" 2>&1 || {
	tail -n 30 "$work/build.log" | sed 's/^/# /'
	echo "Bail out! dpkg-buildpackage failed"
	exit 1
}
deb=$(ls "$work"/steward_*.deb | head -n 1)
ok "dpkg-buildpackage -us -uc -b built $(basename "$deb")" test -s "$deb"
rc=0
lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 || rc=$?
sed 's/^/# /' "$work/lintian.log" | head -n 20
ok "lintian finds no errors" test "$rc" -eq 0
dpkg-deb -c "$deb" >"$work/contents"
for f in ./usr/bin/steward ./lib/systemd/system/steward.service \
    ./etc/steward/steward.conf ./etc/steward/rules.d/fields.rules \
    ./usr/share/man/man8/steward.8.gz ./usr/share/man/man5/steward.conf.5.gz \
    ./usr/lib/sysusers.d/steward.conf ./usr/lib/tmpfiles.d/steward.conf; do
	ok "the package holds $f" grep -q " $f\$" "$work/contents"
done
root=$work/root
rm -rf "$root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$root/DEBIAN"
ok "/etc/steward/steward.conf is a conffile" grep -qx /etc/steward/steward.conf "$root/DEBIAN/conffiles"
rc=0
"$root/usr/bin/steward" check -c "$root/etc/steward/steward.conf" \
	>"$work/check.out" 2>&1 || rc=$?
sed 's/^/# /' "$work/check.out" | tail -n 3
ok "steward check runs from the unpacked root and accepts the shipped configuration" test "$rc" -eq 0
[ "$failed" -eq 0 ]
