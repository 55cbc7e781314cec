# mail.sh -- test SMTP and webhook servers for the integration tests of
# report delivery.  Source it after tap.sh:
#
#   . "$top_srcdir/tests/lib/mail.sh"
#   mail_cert "$T_DIR/tls"
#   port=$(free_port)
#   smtpd_start "$T_DIR/smtp" "$port" --cert "$T_DIR/tls/cert.pem" \
#   	--key "$T_DIR/tls/key.pem" --starttls-required --auth u:p
#   ... messages land in $T_DIR/smtp/mail/NNNN.eml (+ NNNN.json)
#   "$MAIL_PYTHON" "$MAIL_LIB/check-mail.py" "$T_DIR/smtp/mail/0001.eml" ...
#
# The servers run on Debian's /usr/bin/python3 (python3-aiosmtpd,
# python3-cryptography), not on whatever python3 comes first in PATH;
# set MAIL_PYTHON to use another.  Every server started here is stopped
# when the test exits, before tap.sh's own clean-up removes its files.

: "${MAIL_PYTHON:=/usr/bin/python3}"
MAIL_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MAIL_SERVERS=""

# mail_cert DIR: a self-signed certificate for localhost and 127.0.0.1,
# valid two days, in DIR/cert.pem with its key in DIR/key.pem.
mail_cert() {
	mkdir -p "$1"
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 \
		-subj "/CN=localhost" \
		-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
		-keyout "$1/key.pem" -out "$1/cert.pem" >"$1/openssl.log" 2>&1 || {
		cat "$1/openssl.log" >&2
		return 1
	}
}

# free_port: print a TCP port on 127.0.0.1 that nobody listens on now.
free_port() {
	"$MAIL_PYTHON" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# mail_server_start NAME DIR SCRIPT ARGS...: run SCRIPT in the background
# with its output in DIR/NAME.out and DIR/NAME.log, its pid in
# DIR/NAME.pid, and wait up to 10 s for it to print "ready".
mail_server_start() {
	local name=$1 dir=$2 script=$3 pid i
	shift 3
	mkdir -p "$dir"
	: >"$dir/$name.out"
	"$MAIL_PYTHON" "$MAIL_LIB/$script" "$@" \
		</dev/null >"$dir/$name.out" 2>"$dir/$name.log" &
	pid=$!
	echo "$pid" >"$dir/$name.pid"
	MAIL_SERVERS="$MAIL_SERVERS $dir/$name.pid"
	for i in $(seq 100); do
		if grep -qx ready "$dir/$name.out"; then
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			break
		fi
		sleep 0.1
	done
	echo "mail.sh: $name did not start:" >&2
	sed 's/^/# /' "$dir/$name.log" >&2
	mail_server_stop "$dir/$name.pid"
	return 1
}

# mail_server_stop PIDFILE: SIGTERM, then SIGKILL after 5 s.
mail_server_stop() {
	local pid i
	[ -f "$1" ] || return 0
	pid=$(cat "$1")
	rm -f "$1"
	kill -TERM "$pid" 2>/dev/null || return 0
	for i in $(seq 50); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	return 0
}

# smtpd_start DIR PORT [smtpd.py options]: an SMTP server on
# 127.0.0.1:PORT that stores messages in DIR/mail.
smtpd_start() {
	local dir=$1 port=$2
	shift 2
	mail_server_start smtpd "$dir" smtpd.py --port "$port" \
		--maildir "$dir/mail" "$@"
}

smtpd_stop() { mail_server_stop "$1/smtpd.pid"; }

# webhookd_start DIR PORT [webhookd.py options]: an HTTP(S) receiver on
# 127.0.0.1:PORT that records requests in DIR/hooks.
webhookd_start() {
	local dir=$1 port=$2
	shift 2
	mail_server_start webhookd "$dir" webhookd.py --port "$port" \
		--dir "$dir/hooks" "$@"
}

webhookd_stop() { mail_server_stop "$1/webhookd.pid"; }

mail_cleanup() {
	local f
	for f in $MAIL_SERVERS; do
		mail_server_stop "$f"
	done
	MAIL_SERVERS=""
}

# Stop the servers first, then run whatever EXIT trap was set before
# (tap.sh's tap_cleanup).
mail_save_trap() {
	eval "set -- $(trap -p EXIT)"
	MAIL_PREV_TRAP=${3:-}
}
mail_save_trap
trap 'mail_cleanup; eval "$MAIL_PREV_TRAP"' EXIT
