#!/bin/bash
# install.sh -- `make install` puts the binary, man pages, example config,
# rules and systemd unit in place, and the installed config is valid; a
# second install never overwrites an existing steward.conf (README), nor
# does uninstall remove one that was edited.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 14
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

# The administrator edits the installed configuration; an upgrade (make
# install again) and make uninstall both leave it as it is.
conf=$root$sysconfdir/steward/steward.conf
printf '\n# edited after install\n' >>"$conf"
cp "$conf" "$T_DIR/edited.conf"
make -s -C "$top_builddir" install DESTDIR="$root" >>"$T_DIR/install.log" 2>&1
is "$?" 0 "make install again over the installed tree"
ok "it did not overwrite the existing steward.conf" cmp -s "$T_DIR/edited.conf" "$conf"
make -s -C "$top_builddir" uninstall DESTDIR="$root" >>"$T_DIR/install.log" 2>&1
is "$?" 0 "make uninstall"
ok "it removed the binary" test ! -e "$root$prefix/bin/steward"
ok "and kept the edited steward.conf" cmp -s "$T_DIR/edited.conf" "$conf"
