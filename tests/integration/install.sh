#!/bin/bash
# install.sh -- `make install` puts the binary, man pages, example config,
# rules and systemd unit in place, and the installed config is valid.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 9
root=$T_DIR/root
make -s -C "$top_builddir" install DESTDIR="$root" >"$T_DIR/install.log" 2>&1
is "$?" 0 "make install DESTDIR=..."
prefix=$(sed -n 's/^prefix = //p' "$top_builddir/Makefile")
sysconfdir=$(sed -n 's/^sysconfdir = //p' "$top_builddir/Makefile" | sed "s|\${prefix}|$prefix|")
ok "binary installed" test -x "$root$prefix/bin/steward"
ok "steward(8) installed" test -f "$root$prefix/share/man/man8/steward.8"
ok "steward.conf(5) installed" test -f "$root$prefix/share/man/man5/steward.conf.5"
ok "example configuration installed" test -f "$root$sysconfdir/steward/steward.conf"
ok "shipped rules installed" test -f "$root$sysconfdir/steward/rules.d/fields.rules"
ok "systemd unit installed" sh -c "ls '$root'*/lib/systemd/system/steward.service '$root$prefix'/lib/systemd/system/steward.service 2>/dev/null | grep -q ."
out=$("$root$prefix/bin/steward" check -c "$root$sysconfdir/steward/steward.conf" 2>&1)
like "$out" "configuration OK" "installed configuration and rules are valid together"
like "$out" "[1-9][0-9]* checks" "and the installed rules are loaded"
