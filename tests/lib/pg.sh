# pg.sh -- start a private, throwaway PostgreSQL server for a test or the
# demo.  Source it, then call pg_start DIR; pg_stop runs on exit.
#
# The server listens on a unix socket in DIR only (no TCP port, so tests
# never collide), with fsync off.  PostgreSQL refuses to run as root: as
# root we run it as the "postgres" user (or $PG_USER).

pg_bindir() {
	if [ -n "${PG_BINDIR:-}" ]; then
		echo "$PG_BINDIR"
		return
	fi
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# Run a command as the server's owner.
pg_as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "${PG_USER:-postgres}" -- "$@"
	else
		"$@"
	fi
}

# pg_start DIR: initdb in DIR/data, start, export PGHOST/PGPORT/PGUSER/
# PGDATABASE for psql and STEWARD_CONNINFO for configs.
pg_start() {
	PG_DIR=$1
	PG_BIN=$(pg_bindir)
	if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
		echo "pg.sh: PostgreSQL server binaries not found; apt-get install postgresql" >&2
		return 1
	fi
	mkdir -p "$PG_DIR"
	if [ "$(id -u)" -eq 0 ]; then
		chown "${PG_USER:-postgres}" "$PG_DIR"
		chmod 755 "$PG_DIR"
	fi
	pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U steward -A trust \
		-E UTF8 --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 || {
		cat "$PG_DIR/initdb.log" >&2
		return 1
	}
	pg_run || return 1
	psql -q -X -c "CREATE DATABASE crm" >/dev/null
	export PGDATABASE=crm
}

# pg_resume DIR: start the server an earlier pg_start left in DIR.
pg_resume() {
	PG_DIR=$1
	PG_BIN=$(pg_bindir)
	pg_run || return 1
	export PGDATABASE=crm
}

pg_run() {
	pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" \
		-w -t 60 -o "-k $PG_DIR -c listen_addresses= -c fsync=off \
		-c synchronous_commit=off -c full_page_writes=off -p 5432" \
		start >/dev/null || {
		cat "$PG_DIR/server.log" >&2
		return 1
	}
	PG_STARTED=1
	export PGHOST="$PG_DIR" PGPORT=5432 PGUSER=steward PGDATABASE=postgres
	export STEWARD_CONNINFO="host=$PG_DIR port=5432 user=steward dbname=crm"
}

pg_stop() {
	if [ "${PG_STARTED:-0}" = 1 ]; then
		pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate \
			-w stop >/dev/null 2>&1
		PG_STARTED=0
	fi
}
