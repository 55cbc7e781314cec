--
-- PostgreSQL database dump
--

\restrict Okg4WoUvEgbChIue7NZfRL0gEzw64yJcwxc7CwnNHBRMnpJueWsIyujRXwlVsMC

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: steward; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA steward;


--
-- Name: findings_count(); Type: FUNCTION; Schema: steward; Owner: -
--

CREATE FUNCTION steward.findings_count() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN  IF TG_OP = 'INSERT' THEN    INSERT INTO "steward".open_counts AS c SELECT table_name, severity,      count(*) FROM new_rows WHERE status = 'open' GROUP BY 1, 2      ORDER BY 1, 2 ON CONFLICT (table_name, severity)      DO UPDATE SET n = c.n + EXCLUDED.n;  ELSIF TG_OP = 'UPDATE' THEN    INSERT INTO "steward".open_counts AS c SELECT table_name, severity, sum(d)      FROM (SELECT table_name, severity, 1 AS d FROM new_rows      WHERE status = 'open' UNION ALL SELECT table_name, severity, -1      FROM old_rows WHERE status = 'open') u GROUP BY 1, 2      HAVING sum(d) <> 0 ORDER BY 1, 2      ON CONFLICT (table_name, severity)      DO UPDATE SET n = c.n + EXCLUDED.n;  ELSE    INSERT INTO "steward".open_counts AS c SELECT table_name, severity,      -count(*) FROM old_rows WHERE status = 'open' GROUP BY 1, 2      ORDER BY 1, 2 ON CONFLICT (table_name, severity)      DO UPDATE SET n = c.n + EXCLUDED.n;  END IF;  RETURN NULL;END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customers (
    customer_id bigint NOT NULL,
    given_name text,
    family_name text,
    email text,
    phone text,
    country text,
    postcode text,
    birth_date date,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    last_activity_at timestamp with time zone,
    marketing_opt_in boolean,
    consent_at timestamp with time zone,
    consent_source text,
    opted_out_at timestamp with time zone,
    channel text,
    storage_region text,
    seq bigint NOT NULL,
    tags text[],
    blob bytea,
    score numeric(10,3),
    extra jsonb,
    status text DEFAULT 'active'::text
);


--
-- Name: customers_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.customers ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.customers_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orders (
    order_id integer NOT NULL,
    customer_id bigint NOT NULL,
    amount numeric(10,2),
    note text
);


--
-- Name: orders_order_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.orders_order_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: orders_order_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.orders_order_id_seq OWNED BY public.orders.order_id;


--
-- Name: orig_customers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orig_customers (
    customer_id bigint,
    given_name text,
    family_name text,
    email text,
    phone text,
    country text,
    postcode text,
    birth_date date,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    last_activity_at timestamp with time zone,
    marketing_opt_in boolean,
    consent_at timestamp with time zone,
    consent_source text,
    opted_out_at timestamp with time zone,
    channel text,
    storage_region text,
    seq bigint,
    tags text[],
    blob bytea,
    score numeric(10,3),
    extra jsonb,
    status text
);


--
-- Name: orig_orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orig_orders (
    order_id integer,
    customer_id bigint,
    amount numeric(10,2),
    note text
);


--
-- Name: audit; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.audit (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint,
    actor text NOT NULL,
    action text NOT NULL,
    rule text,
    rule_source text,
    record_key text,
    before_image jsonb,
    after_image jsonb,
    detail text,
    table_name text,
    prev_hash bytea,
    hash bytea
);


--
-- Name: audit_id_seq; Type: SEQUENCE; Schema: steward; Owner: -
--

CREATE SEQUENCE steward.audit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_id_seq; Type: SEQUENCE OWNED BY; Schema: steward; Owner: -
--

ALTER SEQUENCE steward.audit_id_seq OWNED BY steward.audit.id;


--
-- Name: deliveries; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.deliveries (
    key text NOT NULL,
    run_id bigint NOT NULL,
    jurisdiction text NOT NULL,
    channel text NOT NULL,
    recipients text DEFAULT ''::text NOT NULL,
    status text DEFAULT 'spooled'::text NOT NULL,
    spooled_at timestamp with time zone DEFAULT now() NOT NULL,
    delivered_at timestamp with time zone,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    CONSTRAINT deliveries_channel_check CHECK ((channel = ANY (ARRAY['mail'::text, 'webhook'::text]))),
    CONSTRAINT deliveries_status_check CHECK ((status = ANY (ARRAY['spooled'::text, 'delivered'::text, 'dead'::text, 'dropped'::text])))
);


--
-- Name: duplicates; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.duplicates (
    run_id bigint NOT NULL,
    rule text NOT NULL,
    cluster integer NOT NULL,
    record_key text NOT NULL,
    centre_key text NOT NULL,
    score double precision NOT NULL,
    decision text NOT NULL,
    CONSTRAINT duplicates_decision_check CHECK ((decision = ANY (ARRAY['merge'::text, 'review'::text])))
);


--
-- Name: findings; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.findings (
    id bigint NOT NULL,
    table_name text NOT NULL,
    check_name text NOT NULL,
    record_key text NOT NULL,
    field text DEFAULT ''::text NOT NULL,
    jurisdiction text DEFAULT ''::text NOT NULL,
    severity text NOT NULL,
    detail text DEFAULT ''::text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    first_run bigint NOT NULL,
    resolved_run bigint,
    CONSTRAINT findings_severity_check CHECK ((severity = ANY (ARRAY['info'::text, 'warning'::text, 'error'::text, 'critical'::text]))),
    CONSTRAINT findings_status_check CHECK ((status = ANY (ARRAY['open'::text, 'resolved'::text])))
);


--
-- Name: findings_id_seq; Type: SEQUENCE; Schema: steward; Owner: -
--

CREATE SEQUENCE steward.findings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: findings_id_seq; Type: SEQUENCE OWNED BY; Schema: steward; Owner: -
--

ALTER SEQUENCE steward.findings_id_seq OWNED BY steward.findings.id;


--
-- Name: merges; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.merges (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    by text NOT NULL,
    run_id bigint,
    table_name text NOT NULL,
    rule text NOT NULL,
    rule_source text,
    survivor_key text NOT NULL,
    loser_keys text[] NOT NULL,
    rows jsonb NOT NULL,
    status text DEFAULT 'merged'::text NOT NULL,
    undone_at timestamp with time zone,
    undone_by text,
    CONSTRAINT merges_status_check CHECK ((status = ANY (ARRAY['merged'::text, 'undone'::text])))
);


--
-- Name: merges_id_seq; Type: SEQUENCE; Schema: steward; Owner: -
--

CREATE SEQUENCE steward.merges_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: merges_id_seq; Type: SEQUENCE OWNED BY; Schema: steward; Owner: -
--

ALTER SEQUENCE steward.merges_id_seq OWNED BY steward.merges.id;


--
-- Name: mx_cache; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.mx_cache (
    domain text NOT NULL,
    status text NOT NULL,
    checked_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: not_duplicates; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.not_duplicates (
    table_name text NOT NULL,
    key_a text NOT NULL,
    key_b text NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    by text NOT NULL,
    why text NOT NULL,
    CONSTRAINT not_duplicates_check CHECK ((key_a < key_b))
);


--
-- Name: open_counts; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.open_counts (
    table_name text NOT NULL,
    severity text NOT NULL,
    n bigint NOT NULL
);


--
-- Name: quarantine; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.quarantine (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint,
    table_name text NOT NULL,
    record_key text NOT NULL,
    mode text NOT NULL,
    check_name text NOT NULL,
    rule_source text,
    image jsonb NOT NULL,
    row_text text NOT NULL,
    children jsonb DEFAULT '[]'::jsonb NOT NULL,
    status text DEFAULT 'held'::text NOT NULL,
    released_at timestamp with time zone,
    released_by text,
    CONSTRAINT quarantine_mode_check CHECK ((mode = ANY (ARRAY['move'::text, 'flag'::text]))),
    CONSTRAINT quarantine_status_check CHECK ((status = ANY (ARRAY['held'::text, 'released'::text])))
);


--
-- Name: quarantine_id_seq; Type: SEQUENCE; Schema: steward; Owner: -
--

CREATE SEQUENCE steward.quarantine_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: quarantine_id_seq; Type: SEQUENCE OWNED BY; Schema: steward; Owner: -
--

ALTER SEQUENCE steward.quarantine_id_seq OWNED BY steward.quarantine.id;


--
-- Name: reviews; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.reviews (
    id bigint NOT NULL,
    table_name text NOT NULL,
    rule text NOT NULL,
    keys text[] NOT NULL,
    keys_md5 text NOT NULL,
    centre_key text NOT NULL,
    score double precision NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    first_run bigint NOT NULL,
    last_run bigint NOT NULL,
    decided_at timestamp with time zone,
    decided_by text,
    merge_id bigint,
    CONSTRAINT reviews_status_check CHECK ((status = ANY (ARRAY['open'::text, 'accepted'::text, 'rejected'::text, 'merged'::text, 'gone'::text])))
);


--
-- Name: reviews_id_seq; Type: SEQUENCE; Schema: steward; Owner: -
--

CREATE SEQUENCE steward.reviews_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reviews_id_seq; Type: SEQUENCE OWNED BY; Schema: steward; Owner: -
--

ALTER SEQUENCE steward.reviews_id_seq OWNED BY steward.reviews.id;


--
-- Name: rewrites; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.rewrites (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    by text NOT NULL,
    run_id bigint,
    table_name text NOT NULL,
    record_key text NOT NULL,
    check_name text NOT NULL,
    rule_source text,
    field text NOT NULL,
    rows jsonb NOT NULL,
    status text DEFAULT 'done'::text NOT NULL,
    undone_at timestamp with time zone,
    undone_by text,
    CONSTRAINT rewrites_status_check CHECK ((status = ANY (ARRAY['done'::text, 'undone'::text])))
);


--
-- Name: rewrites_id_seq; Type: SEQUENCE; Schema: steward; Owner: -
--

CREATE SEQUENCE steward.rewrites_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: rewrites_id_seq; Type: SEQUENCE OWNED BY; Schema: steward; Owner: -
--

ALTER SEQUENCE steward.rewrites_id_seq OWNED BY steward.rewrites.id;


--
-- Name: run_jurisdictions; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.run_jurisdictions (
    run_id bigint NOT NULL,
    jurisdiction text NOT NULL,
    records bigint NOT NULL
);


--
-- Name: runs; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.runs (
    id bigint NOT NULL,
    kind text NOT NULL,
    table_name text NOT NULL,
    mode text NOT NULL,
    status text DEFAULT 'running'::text NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    rows_scanned bigint,
    findings_total bigint,
    findings_new bigint,
    findings_resolved bigint,
    error text,
    steward_version text NOT NULL,
    as_of timestamp with time zone,
    actions_taken bigint,
    actions_proposed bigint,
    snapshot_at timestamp with time zone,
    CONSTRAINT runs_status_check CHECK ((status = ANY (ARRAY['running'::text, 'done'::text, 'failed'::text])))
);


--
-- Name: runs_id_seq; Type: SEQUENCE; Schema: steward; Owner: -
--

CREATE SEQUENCE steward.runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: runs_id_seq; Type: SEQUENCE OWNED BY; Schema: steward; Owner: -
--

ALTER SEQUENCE steward.runs_id_seq OWNED BY steward.runs.id;


--
-- Name: schema_version; Type: TABLE; Schema: steward; Owner: -
--

CREATE TABLE steward.schema_version (
    version integer NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    steward_version text NOT NULL
);


--
-- Name: orders order_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders ALTER COLUMN order_id SET DEFAULT nextval('public.orders_order_id_seq'::regclass);


--
-- Name: audit id; Type: DEFAULT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.audit ALTER COLUMN id SET DEFAULT nextval('steward.audit_id_seq'::regclass);


--
-- Name: findings id; Type: DEFAULT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.findings ALTER COLUMN id SET DEFAULT nextval('steward.findings_id_seq'::regclass);


--
-- Name: merges id; Type: DEFAULT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.merges ALTER COLUMN id SET DEFAULT nextval('steward.merges_id_seq'::regclass);


--
-- Name: quarantine id; Type: DEFAULT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.quarantine ALTER COLUMN id SET DEFAULT nextval('steward.quarantine_id_seq'::regclass);


--
-- Name: reviews id; Type: DEFAULT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.reviews ALTER COLUMN id SET DEFAULT nextval('steward.reviews_id_seq'::regclass);


--
-- Name: rewrites id; Type: DEFAULT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.rewrites ALTER COLUMN id SET DEFAULT nextval('steward.rewrites_id_seq'::regclass);


--
-- Name: runs id; Type: DEFAULT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.runs ALTER COLUMN id SET DEFAULT nextval('steward.runs_id_seq'::regclass);


--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.customers (customer_id, given_name, family_name, email, phone, country, postcode, birth_date, created_at, updated_at, last_activity_at, marketing_opt_in, consent_at, consent_source, opted_out_at, channel, storage_region, seq, tags, blob, score, extra, status) FROM stdin;
1	Donna	Perez	donna.perez@hotmail.com	+1 773-255-0907	US	23090	2004-07-26	2018-11-01 08:27:21+00	2022-01-03 07:30:35+00	2026-09-14 12:14:42+00	t	2026-04-16 20:32:24+00	checkout	\N	web	US	1	\N	\N	\N	\N	active
5	Christine	Rousseau	christine.rousseau@gmail.com	04 45 66 34 12	FR	66515	1966-05-19	2018-12-18 11:43:16+00	2019-05-22 16:35:52+00	2026-07-23 12:47:32+00	f	2023-05-11 22:26:47+00	paper_form	2024-09-29 06:21:56+00	store	DE	5	\N	\N	\N	\N	active
7	芳	董	57529@qq.com	+86 28 6261 3666	CN	665325	1970-10-03	2019-01-09 06:49:31+00	2020-10-06 13:24:44+00	2026-04-26 12:16:11+00	f	2023-06-06 22:38:35+00	double_opt_in	2025-12-12 15:32:20+00	web	SG	7	\N	\N	\N	\N	active
8	Sabine	Werner	s.werner@gmx.net	+49 381 959500	DE	23509	1958-12-11	2019-01-21 05:07:25+00	2023-11-29 01:16:09+00	2026-07-24 07:24:00+00	f	\N	\N	\N	web	DE	8	\N	\N	\N	\N	active
10	Levi	Koster	levi.koster49@gmail.com	+31 6 25864371	NL	9190 KC	1949-05-03	2019-02-13 03:33:50+00	2023-08-14 22:31:44+00	2026-07-28 07:07:21+00	t	2026-09-04 13:39:48+00	in_store_tablet	\N	store	DE	10	\N	\N	\N	\N	active
16	Francesco	Rinaldi	francesco.rinaldi@gmail.com	081 2705 108	IT	91753	2007-06-07	2019-04-24 19:46:33+00	2022-07-25 02:12:19+00	2025-06-14 00:02:15+00	f	\N	\N	\N	web	DE	16	\N	\N	\N	\N	active
17	Alessandro	Ferri	alessandro.ferri@gmail.com	+39 328 766 8002	IT	16034	1979-08-22	2019-05-06 21:26:27+00	2025-11-11 21:46:16+00	2025-12-06 13:02:20+00	t	2025-05-21 01:33:03+00	newsletter_signup	\N	newsletter	DE	17	\N	\N	\N	\N	active
19	Ximena	Martín	ximenamartin1962@gmail.com	966 273 321	ES	43139	1962-06-28	2019-05-30 13:19:19+00	2025-08-10 10:37:01+00	2026-04-19 16:15:45+00	f	\N	\N	\N	callcentre	DE	19	\N	\N	\N	\N	active
20	Catherine	Dupont	dupont.catherine@wanadoo.fr	06 56 80 66 41	FR	01797	2001-03-11	2019-06-11 16:56:08+00	2023-05-26 08:49:10+00	2025-11-25 07:11:15+00	t	2026-05-01 06:40:41+00	newsletter_signup	\N	newsletter	DE	20	\N	\N	\N	\N	active
22	Małgorzata	Tomaszewska	malgorzata.t2@op.pl	799 681 082	PL	26-209	1994-05-30	2019-07-04 15:09:14+00	2023-10-07 20:46:44+00	2024-06-25 17:46:34+00	f	2020-03-09 01:28:29+00	double_opt_in	2023-07-27 06:16:31+00	web	DE	22	\N	\N	\N	\N	active
23	陽子	佐藤	yokosato@gmail.com	+81 80-3844-8402	JP	750-8391	1973-05-20	2019-07-16 17:36:33+00	2024-09-27 10:02:26+00	2026-04-18 03:11:42+00	t	2024-06-05 02:39:33+00	phone_call	\N	callcentre	SG	23	\N	\N	\N	\N	active
25	Felix	Jung	jungf97@web.de	0157/37075266	DE	17621	1984-01-11	2019-08-08 19:48:29+00	2026-02-25 14:58:07+00	2025-06-16 01:49:07+00	t	2026-08-27 13:39:26+00	double_opt_in	\N	newsletter	DE	25	\N	\N	\N	\N	active
28	Niklas	Bergmann	niklas.bergmann@web.de	+49 157 72872372	DE	52950	1962-04-29	2019-09-12 21:21:01+00	2021-04-17 13:43:11+00	2025-09-28 01:27:41+00	t	2025-07-01 11:05:05+00	checkout	\N	web	DE	28	\N	\N	\N	\N	active
29	Krystyna	Wróblewska	krystyna.wroblewska@o2.pl	+48 724 200 158	\N	66-925	1958-01-27	2019-09-24 22:59:20+00	2024-07-30 13:33:01+00	2022-06-11 03:49:21+00	f	\N	\N	\N	newsletter	DE	29	\N	\N	\N	\N	active
31	Sarah	Moretti	sarah.moretti379@bluewin.ch	+41 61 398 52 77	CH	1024	1955-01-29	2019-10-18 04:00:43+00	2026-07-09 15:15:56+00	2022-01-13 09:59:51+00	f	\N	\N	\N	callcentre	DE	31	\N	\N	\N	\N	active
32	null	Grabowska	t.grabowska@wp.pl	22 469 72 16	PL	76-040	1942-08-17	2019-10-28 19:02:18+00	2025-01-23 00:02:50+00	2026-07-22 13:14:34+00	t	2026-10-02 11:12:58+00	paper_form	\N	store	DE	32	\N	\N	\N	\N	active
34	俊杰	孙	junjie.sun@qq.com	171 0647 0338	CN	289802	1985-10-05	2019-11-20 19:20:28+00	2021-09-22 21:16:39+00	2024-04-29 01:58:56+00	t	2024-11-28 20:46:08+00	phone_call	\N	callcentre	SG	34	\N	\N	\N	\N	active
35	Jacob	Roberts	jacobroberts1960@gmail.com	(617) 653-3729	US	25277-8841	1960-12-18	2019-12-03 00:20:04+00	2022-08-29 02:01:10+00	2026-10-16 21:32:19+00	f	\N	\N	\N	web	US	35	\N	\N	\N	\N	active
37	Pilar	Álvarez	pilar.alvarez@gmail.com	+34 726 783 197	ES	17203	1961-11-19	2019-12-26 16:08:06+00	2020-06-01 22:24:57+00	2024-05-16 09:18:23+00	t	2025-12-21 23:54:18+00	double_opt_in	\N	newsletter	DE	37	\N	\N	\N	\N	active
38	Marta	Campos Rubio	martacampos1983@hotmail.com	+34 953 637 813	ES	38203	1983-01-21	2020-01-06 08:12:56+00	2022-11-26 18:29:29+00	2026-05-05 08:50:45+00	t	2026-08-11 05:18:04+00	checkout	\N	web	DE	38	\N	\N	\N	\N	active
40	Patrick	François	patrick.francois47@wanadoo.fr	02 45 17 89 25	FR	12247	1947-11-20	2020-01-31 07:52:57+00	2020-05-11 15:57:49+00	2025-08-20 08:14:18+00	f	\N	\N	\N	newsletter	DE	40	\N	\N	\N	\N	active
41	Henry	Moore	henry.moore447@hotmail.co.uk	07454 235250	GB	AB10 4EN	1966-11-05	2020-02-11 21:02:01+00	2023-01-03 14:52:12+00	2024-05-06 17:06:55+00	t	2025-11-24 02:13:16+00	web_form	\N	web	DE	41	\N	\N	\N	\N	active
13	Алексей	Ильин	alekseyilin1961@mail.ru	8 (499) 957-39-48	RU	592142	1961-04-07	2019-03-20 15:23:27+00	2023-02-22 05:44:53+00	2025-09-25 06:26:21+00	t	2024-03-21 22:27:32+00	double_opt_in	\N	web	RU	13	\N	\N	\N	\N	active
2	丹	宋	dan.song@163.com	156 4275 3141	CN	392997	1981-12-17	2018-11-11 23:14:40+00	2020-10-22 12:59:14+00	2026-07-07 09:12:42+00	f	2022-12-07 09:00:22+00	checkout	2026-10-03 18:09:29+00	web	SG	2	\N	\N	\N	\N	active
43	美紀	伊藤	miki.ito72@outlook.jp	+81 80-3871-0368	JP	161-9364	1972-08-17	2020-03-05 06:17:00+00	2021-04-19 14:21:31+00	2025-08-27 17:43:37+00	t	2025-01-13 00:14:00+00	phone_call	\N	callcentre	SG	43	\N	\N	\N	\N	active
44	Jack	Tester	testerj33@hotmail.co.uk	+44 113 376 4422	GB	BT1 0WG	1963-06-16	2020-03-16 23:01:46+00	2024-02-02 18:56:47+00	2025-11-29 16:45:53+00	t	2024-12-04 06:00:08+00	paper_form	\N	store	DE	44	\N	\N	\N	\N	active
46	María	Medina	m.medina@hotmail.es	+34 957 335 223	ES	47044	1983-07-20	2020-04-09 21:02:02+00	2021-10-31 08:38:45+00	2024-04-03 09:06:01+00	f	\N	\N	\N	store	DE	46	\N	\N	\N	\N	active
49	Mathis	Nguyen	mathisnguyen@yahoo.fr	03 96 30 69 60	FR	64979	1985-03-27	2020-05-15 09:36:07+00	2024-11-17 04:44:29+00	2026-06-11 12:32:46+00	t	2026-04-22 18:53:23+00	double_opt_in	\N	web	DE	49	\N	\N	\N	\N	active
50	Paul	Schneider		0151/13748449	DE	70023	2001-01-24	2020-05-25 22:27:08+00	2025-08-29 06:11:36+00	2026-05-04 13:31:11+00	t	2026-07-31 17:15:21+00	double_opt_in	\N	web	DE	50	\N	\N	\N	\N	active
53	Pietro	Grassi	pietro.grassi498@libero.it	366 172 7943	IT	68442	1988-05-03	2020-06-30 22:53:06+00	2022-10-01 20:49:50+00	2025-03-12 06:29:37+00	t	2026-08-16 12:06:19+00	web_form	\N	web	DE	53	\N	\N	\N	\N	active
55	花子	加藤	hanako.kato@icloud.com	+81 90-3939-5221	JP	328-1892	1958-03-07	2020-07-23 21:04:48+00	2021-03-14 03:06:34+00	2026-08-17 18:30:50+00	t	2024-06-21 22:13:30+00	double_opt_in	\N	web	SG	55	\N	\N	\N	\N	active
56	Philippe	Garcia	p.garcia@orange.fr	07 75 00 48 65	FR	45141	1980-10-24	2020-08-04 23:45:16+00	2025-03-20 14:42:25+00	2026-08-01 00:05:35+00	t	2026-01-07 15:16:48+00	phone_call	\N	callcentre	DE	56	\N	\N	\N	\N	active
58	Ximena	González	ximena.g52@yahoo.es	657 456 049	ES	38512	1997-03-04	2020-08-27 03:01:38+00	2023-11-17 12:15:29+00	2025-03-21 08:22:03+00	f	\N	\N	\N	newsletter	DE	58	\N	\N	\N	\N	active
61	Inès	Martinez	inesmartinez@laposte.net	09 80 57 06 28	FR	87784	1962-11-30	2020-09-30 19:19:46+00	2024-08-07 19:34:01+00	2024-02-19 23:39:36+00	t	2026-09-28 08:01:37+00	phone_call	\N	callcentre	DE	61	\N	\N	\N	\N	active
62	Sébastien	Simon	sebastien.simon@sfr.fr	09 67 81 28 14	FR	85788	1943-09-25	2020-10-12 23:31:17+00	2024-12-22 01:34:41+00	2025-07-19 19:05:29+00	f	\N	\N	\N	web	DE	62	\N	\N	\N	\N	active
65	Andrés	Gutiérrez	andres.gutierrez79@hotmail.com	749 749 955	ES	42330	1979-09-16	2020-11-18 01:28:03+00	2024-05-15 23:16:58+00	2025-10-31 19:42:04+00	f	\N	\N	\N	web	DE	65	\N	\N	\N	\N	active
67	Michael	Schulte	michael.schulte52@	0676 3866293	AT	6774	1952-03-08	2020-12-10 05:49:21+00	2021-08-22 23:20:12+00	2026-04-25 07:57:48+00	f	\N	\N	\N	web	DE	67	\N	\N	\N	\N	active
68	Raquel	Sánchez	raquel.sanchez@gmail.com	55 7153 1216	MX	09725	1993-06-22	2020-12-22 08:01:23+00	2021-01-29 08:54:39+00	2025-04-18 16:50:58+00	t	2025-10-23 23:31:45+00	newsletter_signup	\N	newsletter	US	68	\N	\N	\N	\N	active
70	Paweł	Baran	baran.pawel@interia.pl	607 862 422	PL	78-566	1873-10-02	2021-01-14 00:56:58+00	2025-10-31 15:08:39+00	2025-01-02 00:57:38+00	f	2023-06-23 20:21:32+00	double_opt_in	2024-07-06 05:39:44+00	web	DE	70	\N	\N	\N	\N	active
71	蓮	佐藤	sato.ren@gmail.com	06-1380-8332	JP	866-5719	1989-10-28	2021-01-26 08:28:50+00	2025-09-20 20:56:17+00	2025-02-08 06:39:44+00	f	\N	\N	\N	newsletter	SG	71	\N	\N	\N	\N	active
73	xx	White	michelle.white@gmial.com	(919) 499-1061	US	60094	1971-07-20	2021-02-18 08:07:10+00	2025-07-29 08:23:53+00	2023-09-09 21:35:57+00	f	2024-12-23 06:26:55+00	double_opt_in	2025-06-13 09:49:33+00	web	US	73	\N	\N	\N	\N	active
74	Aarti	Khan	a.khan@rediffmail.com	99592 25719	IN	822533	2004-02-14	2021-03-01 19:22:32+00	2023-09-15 23:09:02+00	2022-03-26 10:57:51+00	f	2022-01-17 02:41:33+00	web_form	2023-04-09 14:04:29+00	web	SG	74	\N	\N	\N	\N	active
76	Elias	Fischer	elias.f86@web.de	089 50252066	DE	84392	1942-01-14	2021-03-25 11:26:46+00	2023-02-18 20:13:23+00	2026-05-08 01:27:35+00	f	2021-10-16 00:01:57+00	web_form	2022-01-28 11:47:28+00	web	DE	76	\N	\N	\N	\N	active
77	Swati	Shah	swatishah@hotmail.com	+91 94910 31806	IN	839074	1989-03-30	2021-04-07 02:34:43+00	2024-12-26 07:36:44+00	2022-07-07 07:36:37+00	f	\N	\N	\N	newsletter	SG	77	\N	\N	\N	\N	active
79	Pedro	Souza Marques		+55 85 4582-2022	BR	73271-408	1973-02-10	2021-04-30 04:23:03+00	2025-12-18 02:32:05+00	2026-06-18 12:07:40+00	t	2026-06-28 07:15:23+00	checkout	\N	web	US	79	\N	\N	\N	\N	active
80	Sara	Sanz Delgado	sara.sanz@hotmail.com	938 165 355	ES	17711	1976-09-07	2021-05-11 06:03:38+00	2021-09-10 15:40:25+00	2026-06-26 19:16:49+00	f	\N	\N	\N	web	DE	80	\N	\N	\N	\N	active
82	Giulia	Greco	giulia.greco@tiscali.it	041 2478 907	IT	92042	1966-03-09	2021-06-03 07:49:35+00	2025-12-19 04:25:02+00	2025-07-14 14:46:12+00	t	2026-09-21 00:31:21+00	double_opt_in	\N	web	DE	82	\N	\N	\N	\N	active
83	Ryszard	Pietrzak	ryszard.pietrzak@gmail.com	+48 889 343 330	PL	42-632	1950-02-19	2021-06-15 10:29:26+00	2021-10-29 12:15:51+00	2025-04-13 00:58:21+00	f	\N	\N	\N	web	DE	83	\N	\N	\N	\N	active
85	Giorgia	Bruno	giorgiabruno@libero.it	+39 338 319 0606	IT	53635	1999-10-29	2021-07-09 07:24:21+00	2024-07-19 20:24:45+00	2025-11-16 08:34:34+00	t	2026-04-12 19:56:52+00	paper_form	\N	store	DE	85	\N	\N	\N	\N	active
86	Teresa	Serra	teresa.serra@virgilio.it	389 314 6873	IT	48246	1981-03-09	2021-07-20 21:30:19+00	2023-02-10 22:54:27+00	2026-03-18 03:05:10+00	t	2025-01-18 15:00:49+00	double_opt_in	\N	newsletter	DE	86	\N	\N	\N	\N	active
47	François	Gauthier	francoisgauthier@orange.fr	03 18 89 35 24	FR	68006	1950-04-03	2020-04-21 09:09:51+00	2023-05-05 20:42:01+00	2026-08-14 10:57:33+00	f	\N	\N	\N	store	DE	47	\N	\N	\N	\N	active
88	Zoë	Stewart	zoestewart1978@outlook.com	020 7452 4579	GB	EH1 3QJ	1978-09-09	2021-08-13 21:38:22+00	2026-01-18 09:48:59+00	2025-06-18 13:11:43+00	t	2025-04-10 13:54:44+00	checkout	\N	web	DE	88	\N	\N	\N	\N	active
89	Thomas	Ziegler	thomas.ziegler48@gmx.net	0177 10962304	DE	50269	1948-06-22	2021-08-24 03:07:11+00	2024-06-09 12:24:06+00	2026-10-30 07:51:42+00	f	\N	\N	\N	newsletter	DE	89	\N	\N	\N	\N	active
91	愛	加藤	ai.kato71@gmail.com	080-6428-3531	JP	636-0423	1971-12-14	2021-09-17 13:54:52+00	2023-04-14 07:31:10+00	2025-04-01 11:24:04+00	t	2024-03-02 05:44:33+00	in_store_tablet	\N	store	SG	91	\N	\N	\N	\N	active
92	Dirk	van den Broek	vandenbroek.dirk@planet.nl	06 11567708	NL	2534 CC	1970-07-10	2021-09-29 01:15:27+00	2024-11-11 14:17:03+00	2026-04-21 14:24:06+00	t	2024-12-11 17:15:12+00	double_opt_in	\N	newsletter	DE	92	\N	\N	\N	\N	active
95	Christine	Dubois	christine.dubois@gmail.com	06 12 69 66 76	FR	13443	1960-12-22	2021-11-03 13:43:10+00	2022-08-20 21:38:14+00	2025-01-22 22:02:53+00	f	\N	\N	\N	web	DE	95	\N	\N	\N	\N	active
97	Stéphane	Lopez	stephanelopez@hotmail.fr	05 30 65 91 09	FR	22126	2000-11-25	2021-11-25 21:38:17+00	2023-11-22 10:12:28+00	2026-08-01 22:09:06+00	f	2024-11-15 18:39:08+00	web_form	2025-06-01 13:13:54+00	web	DE	97	\N	\N	\N	\N	active
98	Alba	Santos León	alba.santos@hotmail.es	691 268 605	ES	38040	1983-06-03	2021-12-07 00:27:35+00	2022-11-26 14:12:57+00	2024-12-04 01:49:32+00	t	2024-12-30 09:14:44+00	newsletter_signup	\N	newsletter	DE	98	\N	\N	\N	\N	active
101	Andrea	Braun	andrea.braun670@gmx.de	0160 5638433	DE	35837	1986-05-29	2022-01-12 06:36:02+00	2022-09-18 02:35:02+00	2025-08-21 06:26:40+00	t	2026-06-25 03:27:30+00	double_opt_in	\N	web	DE	101	\N	\N	\N	\N	active
103	Susanne	Zimmermann	susanne.z64@gmx.de	+49 7071 68734	DE	14784	1969-09-09	2022-02-04 19:03:46+00	2026-01-27 10:30:48+00	2024-11-27 07:34:07+00	t	2026-02-21 09:27:57+00	in_store_tablet	\N	store	DE	103	\N	\N	\N	\N	active
104	平	黄	43234842@qq.com	021 2566 6282	CN	609051	1949-05-25	2022-02-16 21:26:30+00	2024-06-24 03:20:41+00	2024-07-11 11:34:45+00	t	2025-03-24 13:30:03+00	web_form	\N	web	SG	104	\N	\N	\N	\N	active
106	Birgit	Yılmaz	birgit.y96@freenet.de	0228/154007	DE	30453	1943-05-27	2022-03-11 12:38:30+00	2024-06-03 14:17:21+00	2025-11-13 08:35:11+00	t	2025-07-30 16:47:02+00	double_opt_in	\N	web	DE	106	\N	\N	\N	\N	active
107	Dorota	Grabowska	dorota_grabowska@onet.pl	+48 601 142 535	PL	88-548	1966-12-24	2022-03-22 03:15:24+00	2023-05-23 05:32:57+00	2024-05-09 23:09:11+00	f	\N	\N	\N	web	DE	107	\N	\N	\N	\N	active
109	Irene	Díaz Santos	diaz.irene@telefonica.net	965 629 592	ES	46168	1978-02-09	2022-04-15 23:48:57+00	2025-10-04 14:30:39+00	2025-12-16 12:28:19+00	f	\N	\N	\N	web	DE	109	\N	\N	\N	\N	active
110	Françoise	Roy	francoise.roy@rogers.com	250-740-2546	CA	N1A 1W1	1969-04-11	2022-04-26 20:47:05+00	2025-06-03 02:09:49+00	2025-02-19 19:42:12+00	t	2026-10-10 22:38:09+00	phone_call	\N	callcentre	US	110	\N	\N	\N	\N	active
112	Emma	Perrin	emma.perrin@gmail.com	06 40 20 51 22	FR	94045	1980-11-05	2022-05-21 06:25:52+00	2023-08-07 06:41:08+00	2024-11-04 08:06:48+00	f	\N	\N	\N	newsletter	DE	112	\N	\N	\N	\N	active
113	Jessica	Shaw	shaw.jessica@optusnet.com.au	(03) 8795 8728	AU	7067	1946-01-05	2022-06-01 07:09:00+00	2025-09-06 16:22:40+00	2025-06-27 21:46:08+00	f	\N	\N	\N	web	SG	113	\N	\N	\N	\N	active
115	Sergio	Romano	sergio.r36@virgilio.it	+39 055 8814 766	IT	47569	1995-11-20	2022-06-24 23:21:33+00	2023-08-08 11:13:17+00	2024-02-28 01:43:41+00	t	2025-06-08 02:23:27+00	double_opt_in	\N	newsletter	DE	115	\N	\N	\N	\N	active
116	Max	Roberts	roberts.max@virginmedia.com	+44 7883 136665	GB	N1 8RY	1955-12-21	2022-07-05 15:16:45+00	2025-10-01 02:12:40+00	2025-11-14 22:23:41+00	t	2026-03-21 21:59:55+00	checkout	\N	web	DE	116	\N	\N	\N	\N	active
118	Pietro	Valentini	pietrovalentini@alice.it	+39 091 5078 449	IT	51378	1953-11-08	2022-07-29 16:04:47+00	2022-08-12 17:32:08+00	2025-05-25 18:19:33+00	f	2023-08-28 08:00:29+00	double_opt_in	2024-05-19 03:50:39+00	newsletter	DE	118	\N	\N	\N	\N	active
121	LaToya	Gonzalez	latoyagonzalez1967@gmail.com	(201) 413-7515	US	49045	1967-10-15	2022-09-02 01:30:23+00	2025-02-26 23:06:27+00	2024-07-22 02:52:57+00	f	2023-04-13 10:43:39+00	double_opt_in	2024-07-24 00:55:56+00	web	US	121	\N	\N	\N	\N	active
122	Arjun	Verma	arjun.verma@yahoo.in	+91 61508 73601	IN	618664	2000-09-18	2022-09-14 20:09:04+00	2026-07-01 02:08:45+00	2025-08-30 05:17:14+00	f	2022-10-19 14:07:21+00	paper_form	2025-12-29 16:40:03+00	store	SG	122	\N	\N	\N	\N	active
124	蓮	渡辺	ren.watanabe@yahoo.co.jp	+81 80-6009-3626	JP	687-6531	1989-09-16	2022-10-07 08:08:00+00	2025-07-28 20:57:04+00	2026-10-05 19:04:50+00	f	2023-11-26 13:53:02+00	checkout	2025-02-17 05:52:25+00	web	SG	124	\N	\N	\N	\N	active
125	Ximena	García	garcia.ximena@gmail.com	+34 732 407 619	ES	07843	1942-02-20	2022-10-20 06:22:51+00	2023-01-01 04:20:36+00	2025-12-30 04:32:41+00	t	2026-02-27 01:32:11+00	double_opt_in	\N	web	DE	125	\N	\N	\N	\N	active
127	Éric	Masson	eric.masson71@free.fr	02 95 28 74 97	FR	51813	1971-03-15	2022-11-11 18:23:14+00	2026-02-15 16:35:55+00	2025-05-10 07:10:13+00	f	2025-05-07 08:20:17+00	double_opt_in	2025-05-30 19:43:50+00	web	DE	127	\N	\N	\N	\N	active
94	Isaac	Fletcher	isaac.fletcher222@hotmail.co.uk	+44 7847 243390	GB	BS1 1ZG	1991-04-09	2021-10-23 00:54:20+00	2024-06-28 10:47:37+00	2025-03-04 12:34:21+00	t	2025-01-17 16:22:00+00	phone_call	\N	callcentre	DE	94	\N	\N	\N	\N	active
130	Jesús	Ramírez	j.ramirez@gmail.com	+34 919 248 170	ES	51711	1950-06-10	2022-12-16 11:07:04+00	2024-03-26 19:30:12+00	2024-04-15 18:42:59+00	f	\N	\N	\N	web	DE	130	\N	\N	\N	\N	active
131	Vanessa	Rocha	vanessa_rocha@hotmail.com	(62) 95421-5117	BR	67038-740	1948-05-15	2022-12-28 10:50:20+00	2025-12-12 02:25:19+00	2023-07-27 01:12:49+00	t	2023-04-18 23:47:51+00	web_form	\N	web	US	131	\N	\N	\N	\N	active
133	Niccolò	Monti	niccolo.monti@libero.it	340 517 8020	IT	57312	1990-04-02	2023-01-20 18:46:01+00	2023-10-24 04:37:34+00	2026-08-12 09:05:19+00	f	\N	\N	\N	web	DE	133	\N	\N	\N	\N	active
134	Ella	Price	pricee63@outlook.com	+44 20 8444 8780	GB	OX1 6AX	1987-10-11	2023-02-01 01:38:42+00	2023-10-05 16:52:12+00	2026-08-15 09:33:47+00	f	2024-05-23 11:39:47+00	double_opt_in	2026-01-15 05:18:07+00	web	DE	134	\N	\N	\N	\N	active
136	Carmen	Ramos	carmen.ramos@hotmail.com	33 7554 4298	MX	12322	1992-09-04	2023-02-25 11:34:57+00	2026-07-20 21:33:58+00	2026-10-26 19:04:29+00	f	\N	\N	\N	web	US	136	\N	\N	\N	\N	active
137	Kees	van der Meer	kees_vandermeer@ziggo.nl	06 12711740	NL	9321 VE	1946-08-13	2023-03-08 01:28:36+00	2026-09-18 10:52:21+00	2025-01-14 07:09:54+00	f	2023-04-23 19:13:59+00	checkout	2024-11-22 13:21:08+00	web	DE	137	\N	\N	\N	\N	active
140	Ruben	van der Heijden	ruben.vanderheijden@outlook.com	06 13932674	NL	1758 GW	1992-04-02	2023-04-13 07:13:45+00	2025-05-24 19:31:29+00	2026-03-30 00:18:29+00	f	\N	\N	\N	web	DE	140	\N	\N	\N	\N	active
142	Ethan	Clark	clarke67@yahoo.com.au	0428 786 092	AU	4012	1952-09-16	2023-05-05 07:39:47+00	2025-09-09 11:50:12+00	2026-02-19 13:22:40+00	t	2026-03-27 03:07:30+00	double_opt_in	\N	web	SG	142	\N	\N	\N	\N	active
143	文	曹	wencao@gmail.com	0755 7115 9684	CN	228383	1952-05-03	2023-05-18 08:52:10+00	2024-12-16 12:49:06+00	2024-09-28 15:24:23+00	f	2025-01-13 02:08:28+00	phone_call	2025-09-27 14:33:52+00	callcentre	SG	143	\N	\N	\N	\N	active
145	Linda	Thomas	linda.thomas807@yahoo.com	(312) 746-0415	US	95765	1958-04-28	2023-06-09 08:20:08+00	2025-07-05 10:41:06+00	2026-06-22 08:46:43+00	t	2025-02-18 06:36:56+00	double_opt_in	\N	web	US	145	\N	\N	\N	\N	active
146	雪	王	xue_wang@sohu.com	021 4100 5526	CN	443766	1996-02-17	2023-06-21 14:43:27+00	2025-09-17 02:20:28+00	2024-04-20 21:40:02+00	f	\N	\N	\N	store	SG	146	\N	\N	\N	\N	active
148	Jutta	Ludwig	juttaludwig@outlook.de	0351/9803358	DE	67994	1988-07-17	2023-07-14 05:58:39+00	2025-11-15 23:16:02+00	2025-12-26 20:25:34+00	t	2025-03-25 23:43:40+00	double_opt_in	\N	newsletter	DE	148	\N	\N	\N	\N	active
149	Frank	Schröder	frankschroeder@gmx.de	0170-4446733	DE	19581	1955-08-26	2023-07-27 07:00:07+00	2024-03-18 16:10:39+00	2024-12-21 21:34:35+00	t	2025-02-16 16:23:07+00	phone_call	\N	callcentre	DE	149	\N	\N	\N	\N	active
151	Uwe	Herrmann	uwe.herrmann41@web.de	0176/77836204	DE	80980	1941-02-26	2023-08-19 06:14:57+00	2025-09-11 11:25:36+00	2026-09-29 07:04:16+00	f	2025-05-14 12:35:37+00	checkout	2026-09-30 01:27:49+00	web	DE	151	\N	\N	\N	\N	active
152	丽	曾	li.zeng901@163.com	150 4132 5021	CN	575778	1970-07-02	2023-08-31 03:57:27+00	2024-07-13 04:40:36+00	2026-05-29 19:04:02+00	f	2023-12-31 16:11:21+00	double_opt_in	2026-02-19 10:17:45+00	web	SG	152	\N	\N	\N	\N	active
155	Lukas	Friedrich	friedrich.lukas@gmx.de	0911/4601254	DE	23453	1978-04-04	2023-10-05 09:34:17+00	2026-03-26 03:52:16+00	2026-09-23 08:10:20+00	t	2026-10-22 09:42:06+00	phone_call	\N	callcentre	DE	155	\N	\N	\N	\N	active
157	Andrew	Miller	andrew.m31@outlook.com	416.340.3552	CA	B1E 7M9	1996-12-20	2023-10-27 11:47:27+00	2025-04-03 14:24:12+00	2026-05-06 21:51:51+00	t	2024-02-24 07:10:35+00	double_opt_in	\N	web	US	157	\N	\N	\N	\N	active
158	Tobias	Arnold	arnoldt44@gmail.cm	+49 6221 220446	DE	58976	1938-03-27	2023-11-08 18:37:15+00	2023-12-25 20:12:42+00	2026-07-13 00:30:05+00	t	2025-07-16 17:01:45+00	double_opt_in	\N	web	DE	158	\N	\N	\N	\N	active
160	Margaux	Joly	margaux.joly@sfr.fr	+33 1 98 02 72 01	FR	05240	1963-02-28	2023-12-01 05:53:30+00	2025-11-16 07:18:33+00	2026-08-23 08:30:43+00	f	2024-06-14 10:00:58+00	web_form	2024-06-30 06:18:42+00	web	DE	160	\N	\N	\N	\N	active
161	Cynthia	Martinez	martinezc90@gmail.com	(240) 201-8514	US	62333	1971-12-01	2023-12-14 07:32:30+00	2024-02-09 09:49:28+00	2025-07-10 12:33:49+00	t	2025-02-04 04:29:29+00	web_form	\N	web	US	161	\N	\N	\N	\N	active
163	Anouk	van der Veen	vanderveena81@xs4all.nl	+31 50 745 0036	NL	4876 RV	1962-02-07	2024-01-05 09:17:47+00	2026-09-02 23:50:51+00	2025-04-21 17:44:02+00	f	\N	\N	\N	newsletter	DE	163	\N	\N	\N	\N	active
164	Frauke	Winter	fraukewinter1941@outlook.de	0421 3467764	DE	03137	1941-09-17	2024-01-17 10:35:09+00	2026-08-12 10:27:00+00	2024-12-29 16:59:33+00	f	2025-10-12 20:57:57+00	double_opt_in	2026-05-05 05:38:39+00	web	DE	164	\N	\N	\N	\N	active
166	Juliette	Dumont	dumont.juliette@laposte.net	+33 6 20 63 94 12	FR	02361	1966-03-27	2024-02-09 17:08:32+00	2025-06-15 01:55:01+00	2026-10-01 16:28:34+00	f	\N	\N	\N	web	DE	166	\N	\N	\N	\N	active
167	Silvia	Gentile	silvia.g34@libero.it	+39 02 8458 8594	IT	83937	1956-05-15	2024-02-22 10:03:10+00	2024-11-21 05:33:31+00	2024-03-03 01:16:55+00	t	2026-08-26 14:40:18+00	web_form	\N	web	DE	167	\N	\N	\N	\N	active
169	Laura	Costa	l.costa@libero.it	366 524 6111	IT	04973	1994-10-17	2024-03-15 11:06:39+00	2024-10-27 00:13:54+00	2024-04-12 16:42:29+00	t	2025-02-21 20:37:12+00	checkout	\N	web	DE	169	\N	\N	\N	\N	active
170	Krystyna	Michalska	krystynamichalska@wp.pl	+48 885 547 878	PL	22-744	2000-03-25	2024-03-28 08:13:59+00	2026-09-26 10:12:33+00	2026-06-19 08:36:29+00	t	2026-09-22 16:45:22+00	double_opt_in	\N	web	DE	170	\N	\N	\N	\N	active
172	Willow	Kelly	kellyw95@gmail.com	1234567890123456	GB	LS1 5YB	1961-12-02	2024-04-19 07:53:41+00	2024-10-13 14:57:48+00	2026-03-13 14:11:37+00	f	\N	\N	\N	web	DE	172	\N	\N	\N	\N	active
173	Thijs	Tesselaar	thijstesselaar1964@gmail.com	+31 6 54565783	NL	4662 ZH	1964-01-27	2024-05-02 20:33:46+00	2024-05-23 19:04:29+00	2025-04-08 22:48:05+00	t	2026-07-03 23:07:07+00	web_form	\N	web	DE	173	\N	\N	\N	\N	active
175	Petra	Pfeiffer	petra_pfeiffer@gmail.com	+49 228 688071	DE	25181	1946-02-25	2024-05-24 10:09:23+00	2026-05-07 19:58:40+00	2026-08-02 20:19:57+00	f	\N	\N	\N	store	DE	175	\N	\N	\N	\N	active
178	Teresa	Nowak	t.nowak@wp.pl	58 851 98 58	PL	63-704	1960-02-19	2024-06-29 12:20:02+00	2026-04-15 05:07:39+00	2025-03-13 13:59:11+00	t	2026-06-29 11:00:48+00	double_opt_in	\N	web	DE	178	\N	\N	\N	\N	active
179	Hélène	Masson	\N	n/a	FR	26711	1989-02-23	2024-07-11 17:44:36+00	2025-09-24 16:08:56+00	2025-04-07 09:31:30+00	f	\N	\N	\N	store	DE	179	\N	\N	\N	\N	active
181	David	Lopez	lopez.david@gmail.com	+1 512-406-4234	US	72675	1966-11-09	2024-08-03 23:34:51+00	2026-02-21 02:15:28+00	2025-12-20 10:46:19+00	f	\N	\N	\N	web	US	181	\N	\N	\N	\N	active
182	Jutta	Schulte	schultej37@gmx.net	+49 162 1500908	DE	05922	1957-03-27	2024-08-14 16:51:17+00	2026-09-06 18:22:32+00	2026-07-24 19:21:05+00	f	\N	\N	\N	newsletter	DE	182	\N	\N	\N	\N	active
184	Birgit	Schuster	schusterb79@gmx.at	+43 664 4544752	AT	9665	1987-03-03	2024-09-06 23:55:57+00	2026-05-02 19:41:54+00	2024-12-22 00:07:09+00	t	2025-01-21 07:21:05+00	web_form	\N	web	DE	184	\N	\N	\N	\N	active
185	Laurent	Lefèvre	laurent.l12@gmail.com	03 78 91 74 61	FR	45956	1999-11-15	2024-09-19 04:24:32+00	2025-09-13 17:21:05+00	2026-03-26 13:11:05+00	f	\N	\N	\N	store	DE	185	\N	\N	\N	\N	active
187	Paula	Pérez Flores	paulaperez1979@hotmail.es	952 443 723	ES	42990	1979-03-21	2024-10-13 02:49:39+00	2026-06-13 23:17:08+00	2025-04-20 17:56:33+00	f	\N	\N	\N	web	DE	187	\N	\N	\N	\N	active
188	Franco	Monti	franco.monti@tiscali.it	041 7092 399	IT	04721	1947-10-11	2024-10-24 20:08:44+00	2025-09-25 18:16:33+00	2025-07-01 23:13:08+00	f	2026-01-16 16:35:54+00	web_form	2026-04-24 20:13:58+00	web	DE	188	\N	\N	\N	\N	active
190	Anouk	Koster	anoukkoster@gmail.com	+31 6 56959046	NL	6317 XA	1960-11-19	2024-11-15 17:33:45+00	2025-09-18 19:24:18+00	2025-01-20 18:37:56+00	f	2025-12-15 17:00:39+00	newsletter_signup	2026-02-24 22:02:34+00	newsletter	DE	190	\N	\N	\N	\N	active
191	隆	佐々木	takashi.sasaki57@outlook.jp	090-7589-1868	JP	500-6684	1957-09-12	2024-11-28 16:33:04+00	2026-10-31 23:19:41+00	2025-12-27 18:04:58+00	f	\N	\N	\N	callcentre	SG	191	\N	\N	\N	\N	active
193	Bärbel	Sommer	baerbel_sommer@web.de	0157 91372588	DE	72376	1991-09-10	2024-12-21 14:04:29+00	2026-04-18 08:39:40+00	2025-06-24 18:03:43+00	f	2025-01-15 13:57:49+00	double_opt_in	2025-11-01 05:51:18+00	web	DE	193	\N	\N	\N	\N	active
194	Kimberly	Nguyen	nguyenk32@gmail.com	(415) 328-4101	US	22622-1931	1937-01-03	2025-01-01 09:54:16+00	2025-05-04 03:57:00+00	2025-11-18 03:25:12+00	t	2026-10-13 22:31:37+00	checkout	\N	web	US	194	\N	\N	\N	\N	active
196	Amélie	de Bruijn	amelie.debruijn340@gnail.com	+32 9 318 24 12	BE	9071	1951-11-12	2025-01-25 17:00:09+00	2025-12-11 01:59:20+00	2025-09-16 20:59:17+00	t	2026-01-03 10:50:53+00	double_opt_in	\N	newsletter	DE	196	\N	\N	\N	\N	active
197	William	Rose	+44 7571 689962	william.r54@hotmail.co.uk	GB	CR2 0WD	1980-11-10	2025-02-06 05:36:43+00	2026-05-07 21:53:47+00	2026-09-05 06:13:31+00	f	2025-03-17 22:00:56+00	double_opt_in	2026-09-17 13:49:48+00	web	DE	197	\N	\N	\N	\N	active
199	Louise	Leclerc	louise.leclerc@orange.fr	+33 2 47 37 17 51	FR	51680	1957-12-26	2025-03-02 14:21:08+00	2026-06-26 19:00:57+00	2026-02-15 20:17:56+00	f	2025-11-13 13:22:13+00	checkout	2026-04-02 02:24:18+00	web	DE	199	\N	\N	\N	\N	active
200	Grace	Davis	davisg80@gmail.com	020 3798 4141	GB	E14 7LZ	1959-01-29	2025-03-14 04:57:39+00	2026-03-16 08:26:37+00	2025-09-18 23:59:13+00	t	2025-08-21 17:06:55+00	in_store_tablet	\N	store	DE	200	\N	\N	\N	\N	active
202	Lea	Kühn	lea.kuehn76@outlook.de	0231 1878193	DE	22288	1976-12-21	2025-04-06 13:07:16+00	2025-11-05 00:26:43+00	2026-09-16 02:11:30+00	f	2025-09-24 20:30:42+00	double_opt_in	2026-08-15 23:37:38+00	web	DE	202	\N	\N	\N	\N	active
203	Fernando	Pérez	fernando.perez@hotmail.es	955 409 472	ES	07636	1998-04-27	2025-04-17 21:02:57+00	2026-07-19 23:13:38+00	2025-05-06 13:45:41+00	f	\N	\N	\N	web	DE	203	\N	\N	\N	\N	active
205	Martina	Albrecht	albrecht.martina@a1.net	0512 509833	AT	8246	1938-12-02	2025-05-10 16:01:37+00	2025-09-12 19:27:26+00	2026-01-15 13:16:59+00	f	2026-04-24 05:13:45+00	phone_call	2026-09-01 16:31:35+00	callcentre	DE	205	\N	\N	\N	\N	active
206	Jana	Schmitz	schmitzj63@gmail.com	0177-43091018	DE	14950	1982-04-21	2025-05-22 12:11:51+00	2025-12-11 14:41:14+00	2026-03-07 07:12:24+00	t	2025-06-06 15:04:28+00	web_form	\N	web	DE	206	\N	\N	\N	\N	active
209	Noor	de Wit	noordewit1958@gmail.com	+31 20 771 6242	NL	6956 CJ	1958-08-05	2025-06-27 07:17:58+00	2026-10-28 20:15:15+00	2026-04-29 18:33:02+00	f	\N	\N	\N	web	DE	209	\N	\N	\N	\N	active
211	Vincenzo	Bianco	vincenzo_bianco@gmail.com	+39 051 2628 233	IT	08075	1948-09-20	2025-07-18 23:38:39+00	2026-05-19 22:40:32+00	2026-02-03 01:54:01+00	t	2026-03-16 17:03:15+00	double_opt_in	\N	web	DE	211	\N	\N	\N	\N	active
212	Alessandro	Longo	alessandro.longo@libero.it	051 2409 259	IT	05741	1996-10-20	2025-07-30 23:15:02+00	2025-09-15 21:33:24+00	2026-07-06 01:19:59+00	f	\N	\N	\N	web	DE	212	\N	\N	\N	\N	active
214	Bram	Prins	bram.prins@hotmail.com	06 16857126	NL	1407 NZ	1950-03-04	2025-08-23 19:36:19+00	2025-10-11 19:55:29+00	2026-01-10 15:23:16+00	t	2026-05-03 22:41:50+00	double_opt_in	\N	web	DE	214	\N	\N	\N	\N	active
176	Daniel	Bertrand	daniel.bertrand74@free.fr	06 54 71 68 17	FR	76009	1982-05-27	2024-06-05 03:38:57+00	2026-02-18 08:43:01+00	2026-07-13 07:16:56+00	t	2026-10-03 00:36:01+00	in_store_tablet	\N	store	DE	176	\N	\N	\N	\N	active
215	Juliette	Bouchard	juliette.bouchard864@gmail.com	(902) 324-8720	CA	R0A 3X9	2008-06-23	2025-09-04 05:10:59+00	2026-08-02 13:11:00+00	2026-09-04 23:17:59+00	f	2026-03-13 20:05:49+00	double_opt_in	2026-07-23 04:58:03+00	newsletter	US	215	\N	\N	\N	\N	active
217	Silvia	Farina	silvia.farina74@hotmail.it	340 375 7553	IT	74091	1974-01-15	2025-09-28 17:32:56+00	2025-12-30 20:21:40+00	2026-08-07 03:07:23+00	f	2026-03-24 19:51:39+00	double_opt_in	2026-05-24 03:52:53+00	web	DE	217	\N	\N	\N	\N	active
220	Claudia	Schmidt	claudiaschmidt@outlook.de	0231 2695786	DE	61513	1982-01-03	2025-11-01 17:09:33+00	2026-09-09 07:13:03+00	2026-09-28 22:46:01+00	t	2026-06-03 04:25:17+00	double_opt_in	\N	newsletter	DE	220	\N	\N	\N	\N	active
221	Joshua	Davis	j.davis@test.com	702.921.1160	US	25102	1993-06-08	2025-11-13 05:51:22+00	2026-08-14 01:01:34+00	2026-05-01 06:24:08+00	t	2026-03-27 09:40:27+00	double_opt_in	\N	web	US	221	\N	\N	\N	\N	active
223	Sarita	Das	das.sarita@rediffmail.com	+91 80844 95522	IN	599092	1984-08-13	2025-12-06 23:32:55+00	2026-03-25 01:02:10+00	2026-09-11 00:09:27+00	t	2026-04-23 07:36:31+00	double_opt_in	\N	web	SG	223	\N	\N	\N	\N	active
224	Steven	White	steven_white@icloud.com	347-499-7335	US	68515	1992-01-02	2025-12-18 08:40:52+00	2026-02-19 02:28:41+00	2026-02-11 07:27:03+00	f	2026-02-13 21:16:07+00	double_opt_in	2026-03-21 07:17:20+00	web	US	224	\N	\N	\N	\N	active
226	Amanda	Johnson	johnsona34@msn.com	(510) 341-8278	US	44541	1941-08-03	2026-01-10 21:31:37+00	2026-09-21 12:58:05+00	2026-03-11 14:39:29+00	f	\N	\N	\N	store	US	226	\N	\N	\N	\N	active
227	Felix	Schröder	felix.s90@web.de	+49 381 496169	DE	92727	1987-09-13	2026-01-21 17:34:11+00	2026-03-27 05:18:03+00	2026-02-16 15:32:19+00	f	\N	\N	\N	web	DE	227	\N	\N	\N	\N	active
229	David	Flores	david.flores72@yahoo.es	933 532 942	ES	05275	1972-04-18	2026-02-14 17:38:13+00	2026-05-23 10:43:21+00	2026-07-14 18:11:06+00	t	2026-06-08 03:08:05+00	phone_call	\N	callcentre	DE	229	\N	\N	\N	\N	active
230	Max	Wright	maxwright1952@gmail.com	0117 443 6733	GB	CR2 1LP	1952-11-08	2026-02-27 07:36:58+00	2026-09-29 01:58:15+00	2026-06-03 00:40:26+00	t	2026-04-13 10:48:27+00	double_opt_in	\N	web	DE	230	\N	\N	\N	\N	active
232	Jack	Ellis	jack.ellis46@gmail.com	+44 7514 250368	GB	OX1 3UT	1946-02-26	2026-03-22 08:48:02+00	2026-03-24 05:08:41+00	2026-06-04 00:08:27+00	t	2026-08-25 06:36:07+00	double_opt_in	\N	newsletter	DE	232	\N	\N	\N	\N	active
235	Monika	Franke	monika.franke287@gmx.de	+49 211 5912578	DE	73399	1984-07-11	2026-04-26 09:43:31+00	2026-05-01 03:35:26+00	2026-09-09 22:57:03+00	t	2026-05-30 07:01:25+00	newsletter_signup	\N	newsletter	DE	235	\N	\N	\N	\N	active
236	Noor	Brouwer	noor.b32@gmail.com	040 453 8666	NL	1379 GC	1977-06-09	2026-05-07 19:15:48+00	2026-06-12 18:41:26+00	2026-07-24 20:30:44+00	f	\N	\N	\N	web	DE	236	\N	\N	\N	\N	active
238	Marie	Günther	m.guenther@yahoo.de	0160 8556274	DE	10721	1998-11-21	2026-05-30 04:35:55+00	2026-08-30 17:04:33+00	2026-10-10 20:00:11+00	t	2026-06-09 02:25:20+00	double_opt_in	\N	web	DE	238	\N	\N	\N	\N	active
239	Femke	Vos	femkevos@gmail.com	020 821 0608	NL	5579 EC	1966-08-17	2026-06-12 00:21:54+00	2026-08-04 02:22:13+00	2026-08-09 13:07:59+00	f	\N	\N	\N	callcentre	DE	239	\N	\N	\N	\N	active
241	Jülide	Huber	juelide.huber740@web.de	+49 351 6125809	DE	94995	1978-03-11	2026-07-05 03:37:51+00	2026-10-31 02:47:14+00	2026-08-29 11:38:30+00	f	\N	\N	\N	newsletter	DE	241	\N	\N	\N	\N	active
242	Ahmad	Ramadhan	a.ramadhan@gmail.com	+62 895-8427-669	ID	24099	1974-07-25	2026-07-17 08:46:14+00	2026-08-22 06:06:56+00	2026-07-28 07:01:31+00	t	2026-10-01 19:50:51+00	phone_call	\N	callcentre	SG	242	\N	\N	\N	\N	active
244	Eric	Rodriguez	e.rodriguez@gmail.com	(415) 766-5731	US	92222	1969-12-04	2026-08-08 06:46:11+00	2026-10-25 21:17:19+00	2026-09-08 17:18:36+00	t	2026-09-05 12:24:58+00	phone_call	\N	callcentre	US	244	\N	\N	\N	\N	active
245	Raphaël	Lemaire	raphael.lemaire@telenet.be	04 268 36 85	BE	2148	1954-02-13	2026-08-21 18:46:57+00	2026-09-14 14:14:21+00	2026-10-28 09:32:33+00	f	\N	\N	\N	newsletter	DE	245	\N	\N	\N	\N	active
247	Giuseppina	Esposito	giuseppina.esposito966@tiscali.it	+39 051 6223 661	IT	37656	1978-05-01	2026-09-13 11:50:49+00	2026-09-16 16:04:30+00	2026-10-09 19:09:57+00	t	2026-10-07 08:35:19+00	paper_form	\N	store	DE	247	\N	\N	\N	\N	active
248	Sarah	Parker	sarah.parker@outlook.com	0117 292 8260	GB	G1 5JG	1937-10-19	2026-09-24 03:56:41+00	2026-10-06 17:15:05+00	2026-10-14 17:02:27+00	f	\N	\N	\N	callcentre	DE	248	\N	\N	\N	\N	active
250	Иван	Григорьев	grigorevi25@yandex.ru	8 (863) 941-01-27	RU	653460	1981-01-02	2026-10-17 23:18:13+00	2026-10-23 13:02:04+00	2026-10-25 15:45:06+00	f	\N	\N	\N	newsletter	RU	250	\N	\N	\N	\N	active
9	Nicholas	Baker	bakern39@gmail.com	347-977-3958	US	17822-1511	1974-05-14	2019-02-02 17:54:10+00	2020-03-22 03:56:12+00	2025-11-19 00:30:10+00	f	2020-12-27 11:23:57+00	phone_call	2021-10-03 01:31:07+00	callcentre	US	9	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
12	Wojciech	Wróbel	wojciech_wrobel@onet.pl	886 992 178	PL	94-259	1958-12-06	2019-03-09 14:28:58+00	2025-08-11 01:20:33+00	2024-06-21 03:13:35+00	t	2025-10-07 14:21:43+00	phone_call	\N	callcentre	DE	12	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
90021	Österreicher	Alt	alt@example.at	+43 1 234567	AT	1010	1960-01-01	2010-01-01 00:00:00+00	2010-01-01 00:00:00+00	2015-01-01 00:00:00+00	\N	\N	\N	\N	store	\N	254	\N	\N	\N	\N	held
15	Jennifer	O'Neil	jennifer.oneil@icloud.com	510-253-8627	US	92693	1963-02-14	2019-04-13 22:06:00+00	2021-01-30 13:07:11+00	2021-12-15 21:40:13+00	t	2023-03-12 12:45:30+00	web_form	\N	web	US	15	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
21	Gabriel	Blanc	gabriel.blanc767@free.fr	+33 6 50 77 47 18	FR	25743	1981-03-25	2019-06-21 17:58:25+00	2019-07-25 06:45:42+00	2024-04-05 15:51:51+00	t	2026-03-17 01:22:13+00	double_opt_in	\N	web	DE	21	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
24	Maria	Kamińska	maria.k25@o2.pl	661 898 490	PL	95-884	1948-09-21	2019-07-28 15:18:07+00	2026-03-16 08:51:01+00	2026-09-02 16:46:59+00	f	2019-10-28 11:56:19+00	double_opt_in	2022-12-25 22:14:27+00	newsletter	DE	24	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
27	Sven	Johansson	svenjohansson2006@outlook.com	073-100 39 92	SE	857 07	2006-06-02	2019-08-31 04:14:45+00	2020-06-11 17:58:41+00	2024-07-08 09:04:52+00	f	2024-05-22 02:16:44+00	double_opt_in	2025-12-21 02:46:06+00	web	DE	27	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
30	Léonie	Morel	leonie.morel40@free.fr	03 46 65 29 42	FR	14393	1940-04-17	2019-10-06 15:49:59+00	2020-10-07 02:56:15+00	2024-03-27 20:10:22+00	t	2025-09-03 12:55:30+00	double_opt_in	\N	web	DE	30	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
36	Ute	Dietrich	utedietrich@gmx.de	0160/9756686	DE	37893	1942-12-29	2019-12-15 10:00:18+00	2021-09-28 13:24:05+00	2026-03-23 18:37:50+00	f	\N	\N	\N	newsletter	DE	36	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
42	Сергей	Яковлев	sergey.yakovlev@inbox.ru	8 (846) 758-81-19	RU	391203	1981-07-27	2020-02-23 03:40:08+00	2021-04-01 11:52:53+00	2026-04-03 09:09:23+00	f	\N	\N	\N	web	RU	42	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
45	Hendrik	Mulder	hendrik.mulder@gmail.com	+31 6 13571515	NL	2837 NN	1961-10-11	2020-03-28 05:14:59+00	2021-02-15 19:10:22+00	2026-08-29 14:10:55+00	t	2025-03-17 05:17:33+00	newsletter_signup	\N	newsletter	DE	45	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
51	Moritz	Ludwig	moritzludwig@t-online.de	0152 78162750	DE	42990	1949-06-01	2020-06-06 05:08:30+00	2022-03-29 03:20:30+00	2026-01-20 18:17:33+00	t	2025-07-14 22:30:49+00	double_opt_in	\N	web	DE	51	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
54	François	Lambert	francois_lambert@gmail.com	05 77 52 98 94	FR	34326	1945-03-07	2020-07-12 19:36:19+00	2024-09-14 02:13:32+00	2026-02-15 23:41:38+00	t	2025-10-05 06:44:40+00	double_opt_in	\N	web	DE	54	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
57	悠人	中島	y.nakajima@docomo.ne.jp	080-1880-4195	JP	712-6296	1959-11-16	2020-08-15 22:08:08+00	2023-06-14 08:07:47+00	2024-10-05 03:18:04+00	t	2025-08-03 08:13:56+00	double_opt_in	\N	web	SG	57	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
60	华	郑	huazheng@sohu.com	197 4681 2943	CN	118337	1992-06-27	2020-09-19 13:03:24+00	2022-05-09 19:47:46+00	2025-02-15 03:33:50+00	t	2024-08-19 13:06:36+00	web_form	\N	web	SG	60	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
63	Inès	Robert	ines_robert@orange.fr	+33 5 58 62 87 76	FR	80467	1975-02-25	2020-10-25 22:12:31+00	2025-11-15 17:04:20+00	2025-02-13 22:59:20+00	t	2026-10-04 12:11:52+00	newsletter_signup	\N	newsletter	DE	63	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
66	Anna	Zimmermann	anna.zimmermann789@t-online.de	0231/6550292	DE	60060	1942-06-27	2020-11-29 15:29:18+00	2024-11-10 22:34:28+00	2025-05-07 21:06:14+00	f	\N	\N	\N	store	DE	66	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
69	Rajesh	Malhotra	rajesh.m26@gmail.com	67172 01140	IN	718921	1957-09-28	2021-01-02 08:10:00+00	2025-04-04 01:46:26+00	2022-04-07 23:51:27+00	f	\N	\N	\N	callcentre	SG	69	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
72	Antoine	Bertrand	antoine_bertrand@laposte.net	02 37 51 13 35	FR	44087	1965-02-06	2021-02-06 10:48:11+00	2022-06-08 23:13:22+00	2025-09-06 14:10:13+00	f	2023-03-13 05:25:19+00	newsletter_signup	2025-05-04 07:27:09+00	newsletter	DE	72	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
75	Kartika	Utomo	kartika.utomo@outlook.com	+62 821-7549-676	ID	63263	1962-03-29	2021-03-14 00:34:36+00	2023-01-09 15:22:05+00	2024-10-19 00:15:09+00	t	2024-11-04 20:07:17+00	paper_form	\N	store	SG	75	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
78	Ian	Davies	ian.davies@yahoo.com.au	(03) 9016 8070	AU	2089	1987-12-05	2021-04-17 21:00:51+00	2024-03-18 05:25:20+00	2024-08-08 19:41:42+00	t	2026-06-30 18:34:27+00	web_form	\N	web	SG	78	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
81	Tim	Schwarz	schwarzt12@web.de	0162 2755764	DE	58099	2001-05-09	2021-05-23 10:14:20+00	2021-12-13 21:03:36+00	2026-06-23 12:37:37+00	f	\N	\N	\N	web	DE	81	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
84	Bas	van Beek	bas.vanbeek266@skynet.be	03 592 43 83	BE	3253	1945-02-17	2021-06-26 17:15:06+00	2026-07-28 00:39:11+00	2024-11-18 12:32:53+00	t	2026-02-27 23:15:23+00	paper_form	\N	store	DE	84	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
87	Tomasz	Kozłowski	tomasz.kozlowski@gmail.com	576 753 439	PL	84-821	1939-10-06	2021-08-01 08:38:22+00	2025-06-26 16:50:03+00	2026-03-05 16:39:35+00	f	2024-03-09 11:36:03+00	double_opt_in	2024-07-10 11:52:03+00	web	DE	87	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
90	Zoë	Harrison	z.harrison@gmail.com	07758 964471	GB	OX1 6ZH	1970-12-21	2021-09-05 21:22:15+00	2022-07-24 05:00:20+00	2024-12-19 01:51:57+00	f	2023-07-13 05:17:37+00	web_form	2026-06-26 16:45:18+00	web	DE	90	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
93	Sylvie	Benoît	s.benoit@gmail.com	04 18 90 54 06	FR	92439	1966-11-15	2021-10-10 04:56:08+00	2021-12-30 11:15:51+00	2026-08-23 19:45:26+00	f	\N	\N	\N	callcentre	DE	93	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
18	Gabriel	Roussel	gabrielroussel@outlook.fr	04 13	FR	48200	1991-02-28	2019-05-18 11:29:38+00	2022-05-10 13:20:39+00	2025-11-08 00:04:35+00	t	2025-05-14 12:01:33+00	web_form	\N	web	DE	18	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
96	Lisa	Janssen	lisajanssen1957@gmail.com	070 321 6255	NL	2105 EW	1957-12-10	2021-11-15 12:24:12+00	2023-03-20 08:36:05+00	2026-03-17 17:51:50+00	t	2026-03-06 22:47:58+00	double_opt_in	\N	web	DE	96	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
99	William	Hughes	william.hughes@hotmail.co.uk	0114 204 8541	GB	EC1A 2DU	1959-07-15	2021-12-19 21:59:56+00	2025-08-12 21:14:18+00	2024-05-01 03:17:03+00	f	\N	\N	\N	web	DE	99	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
102	Katie	Lloyd	katielloyd@gmail.com	07431 701623	GB	M1 3NJ	2000-07-03	2022-01-24 04:49:29+00	2022-02-12 00:53:26+00	2026-10-24 03:04:15+00	f	\N	\N	\N	web	DE	102	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
105	Ana	Barbosa Ramos	anabarbosa2008@hotmail.com	+351 214 254 443	PT	6941-514	2008-07-14	2022-02-28 02:18:11+00	2024-03-17 21:41:03+00	2025-12-02 02:30:00+00	f	2022-09-12 14:29:33+00	checkout	2024-07-12 22:39:54+00	web	DE	105	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
108	Willow	Murray	willow.murray@hotmail.co.uk	+44 7857 756900	GB	RG1 7DW	2002-12-20	2022-04-03 17:43:32+00	2026-08-26 03:57:55+00	2025-08-21 00:48:06+00	f	\N	\N	\N	newsletter	DE	108	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
111	Sophie	Friedrich	sophie.friedrich@hotmail.de	0175 7115610	DE	16726	1945-12-18	2022-05-09 04:17:49+00	2026-04-07 03:46:19+00	2025-10-07 20:17:37+00	t	2025-07-20 19:58:13+00	phone_call	\N	callcentre	DE	111	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
114	Noemi	Vitale	noemi.vitale82@gmail.com	330 106 5092	IT	44488	1982-04-30	2022-06-12 22:35:43+00	2023-10-10 10:05:13+00	2024-07-22 22:03:41+00	t	2025-07-01 10:33:06+00	checkout	\N	web	DE	114	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
117	Emily	Wright	emily.wright@yahoo.com	240-651-9875	US	33571-1561	1990-04-04	2022-07-16 23:52:40+00	2022-12-04 21:48:05+00	2026-01-13 09:04:32+00	t	2025-01-24 03:00:23+00	double_opt_in	\N	web	US	117	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
120	Cynthia	Clark	cynthia.clark@att.net	+1 480-252-6454	US	56828	1985-06-14	2022-08-21 09:43:27+00	2025-04-08 12:43:35+00	2023-07-30 19:59:56+00	t	2024-01-03 05:58:43+00	paper_form	\N	store	US	120	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
123	Sylvie	Bernard	sylviebernard1937@gmail.com	02 51 35 81 03	FR	18685	1937-07-02	2022-09-26 08:08:02+00	2024-10-14 18:14:42+00	2024-05-27 08:42:54+00	t	2025-11-14 09:27:24+00	double_opt_in	\N	web	DE	123	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
129	Maria	Mancini	maria.mancini@libero.it	+39 011 3916 125	IT	81888	1967-09-18	2022-12-05 01:57:11+00	2026-04-13 15:34:24+00	2024-08-24 16:23:26+00	t	2026-06-09 00:49:47+00	double_opt_in	\N	web	DE	129	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
132	Laura	Bennett	laura.bennett418@gmail.com	+44 20 8816 8719	GB	BS1 5AZ	1974-01-09	2023-01-08 06:48:07+00	2024-03-19 06:14:38+00	2024-10-17 00:34:25+00	f	\N	\N	\N	web	DE	132	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
135	Tim	Schäfer	x@example.com	+49 221 9152904	DE	06672	2001-11-21	2023-02-12 17:02:06+00	2023-12-25 12:10:23+00	2025-09-09 01:20:47+00	f	\N	\N	\N	web	DE	135	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
138	Наталья	Воробьёва	vorobevan63@yandex.ru	+7 903 562-09-64	RU	442014	2001-11-09	2023-03-19 15:42:55+00	2025-08-12 13:27:48+00	2024-07-17 21:13:29+00	t	2026-08-15 16:52:23+00	phone_call	\N	callcentre	RU	138	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
144	Loïc	Simon	loicsimon@hotmail.com	04 300 44 95	BE	1147	1961-10-28	2023-05-29 19:23:03+00	2024-11-03 15:04:49+00	2025-10-01 18:10:18+00	f	\N	\N	\N	callcentre	DE	144	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
147	Donna	Flores	d.flores@yahoo.com	(919) 245-8348	US	75319	1943-07-06	2023-07-04 04:41:47+00	2023-08-15 21:06:00+00	2024-08-02 13:40:43+00	t	2026-09-04 19:51:31+00	double_opt_in	\N	web	US	147	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
150	Sofia	Gentile	gentiles38@hotmail.it	377 523 1972	IT	65835	1948-07-19	2023-08-07 02:35:27+00	2024-10-08 19:53:56+00	2026-08-10 11:45:21+00	f	\N	\N	\N	web	DE	150	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
153	Gustavo	Brandão Cardoso	gustavobrandao@uol.com.br	+55 11 98418-2730	BR	22386-093	1958-02-19	2023-09-11 08:40:02+00	2026-03-19 02:14:34+00	2025-01-29 17:10:53+00	f	\N	\N	\N	store	US	153	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
156	Steven	Martin	stevenmartin@yahoo.com	415-788-5162	US	20467	1995-01-30	2023-10-16 08:32:18+00	2026-10-02 00:02:18+00	2026-01-24 11:28:59+00	f	2025-04-30 14:17:38+00	double_opt_in	2025-06-04 01:25:32+00	web	US	156	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
159	Julien	 \t 	julien.durand66@orange.fr	05 66 36 37 85	FR	42067	1966-03-25	2023-11-20 09:49:03+00	2025-11-13 20:13:18+00	2026-01-18 17:42:05+00	f	2024-11-09 21:34:43+00	newsletter_signup	2025-02-20 03:12:49+00	newsletter	DE	159	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
162	敏	宋	min.song@163.com	0755 4094 7301	CN	731014	1993-11-04	2023-12-25 23:16:47+00	2026-02-26 16:08:46+00	2024-07-01 19:45:06+00	f	2025-07-08 04:53:01+00	web_form	2025-08-13 06:15:51+00	web	SG	162	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
165	Donna	Washington	donna.washington538@hotmail.com	+1 816-526-9137	US	22014	1900-01-01	2024-01-28 17:30:47+00	2026-10-21 15:03:54+00	2024-07-24 06:57:22+00	f	2025-07-07 17:51:49+00	paper_form	2026-07-05 04:38:56+00	store	US	165	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
168	Sylvie	Caron	caron.sylvie@laposte.net	03 10 14 81 81	FR	13963	1981-03-13	2024-03-04 21:05:01+00	2024-07-17 05:49:31+00	2026-04-09 02:26:53+00	t	2025-08-15 15:05:13+00	double_opt_in	\N	newsletter	DE	168	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
171	Sandrine	Le Gall	sandrine.legall@sfr.fr	05 32 05 33 30	FR	35119	1975-08-06	2024-04-08 01:54:27+00	2024-09-23 16:47:31+00	2024-04-18 06:33:05+00	f	\N	\N	\N	web	DE	171	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
174	Noah	Wood	noah.wood@virginmedia.com	+44 7758 056927	GB	CR2 5NL	2000-01-26	2024-05-13 20:31:18+00	2026-06-28 00:55:31+00	2026-09-23 04:33:24+00	t	2026-09-21 12:39:21+00	checkout	\N	web	DE	174	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
177	Juliette	Benoît	juliettebenoit@sfr.fr	+33 6 71 27 56 39	FR	21266	1992-01-08	2024-06-17 03:29:59+00	2025-06-04 05:01:39+00	2025-06-16 21:44:59+00	t	2026-01-13 11:34:24+00	double_opt_in	\N	web	DE	177	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
180	Benoît	Lefèvre	benoit.l56@orange.fr	01 26 92 63 24	FR	69229	1973-05-18	2024-07-21 21:40:02+00	2024-10-08 07:03:39+00	2025-11-21 16:35:57+00	t	2026-04-11 00:26:17+00	double_opt_in	\N	newsletter	DE	180	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
183	Jorge	Méndez López	jorge.mendez80@hotmail.com	932 218 804	ES	25712	1980-11-28	2024-08-25 23:58:49+00	2025-08-17 03:14:03+00	2026-09-04 06:32:35+00	f	2024-10-23 13:12:19+00	checkout	2026-02-05 19:13:13+00	web	DE	183	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
186	娟	周	juan.zhou@aliyun.com	+86 21 3744 3415	CN	368216	1975-01-01	2024-09-30 04:29:45+00	2024-10-08 02:55:26+00	2026-05-04 18:36:08+00	f	2026-02-19 20:52:50+00	paper_form	2026-09-23 11:56:31+00	store	SG	186	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
189	Tim	Becker	tim.becker03@outlook.de	0351-8221593	DE	63621	2003-11-15	2024-11-04 08:07:43+00	2026-08-20 02:09:47+00	2026-04-21 12:23:16+00	t	2026-08-05 00:20:02+00	double_opt_in	\N	web	DE	189	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
192	Preeti	Reddy	preetireddy2007@gmail.com	069549 51079	IN	217043	2007-01-20	2024-12-10 16:48:33+00	2025-09-29 06:49:18+00	2026-01-30 08:07:03+00	t	2025-06-19 05:33:18+00	newsletter_signup	\N	newsletter	SG	192	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
195	Sophia	Wilson	s.wilson@virginmedia.com	+44 7536 391915	GB	YO1 5AW	1958-04-24	2025-01-14 19:25:52+00	2026-03-03 13:10:27+00	2026-09-09 17:37:51+00	t	2025-10-25 05:19:57+00	checkout	\N	web	DE	195	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
198	Begoña	Cano	begona.cano@gmail.com	602 179 453	ES	33112	1938-07-04	2025-02-17 08:18:03+00	2026-03-03 02:15:20+00	2026-04-11 09:35:38+00	f	\N	\N	\N	callcentre	DE	198	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
201	Henry	Anderson	henry.anderson@hotmail.com	(03) 8922 0829	AU	7763	1989-11-17	2025-03-25 14:01:33+00	2026-02-24 05:15:49+00	2026-09-07 16:20:26+00	f	\N	\N	\N	callcentre	SG	201	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
207	Arthur	Mitchell	arthur_mitchell@btinternet.com	0117 360 3002	GB	G1 9BA	1940-06-22	2025-06-02 07:52:19+00	2026-02-19 12:29:09+00	2025-08-02 09:06:05+00	f	2026-02-04 19:06:03+00	double_opt_in	2026-10-29 21:04:28+00	web	DE	207	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
213	Ana	Smith	ana.smith92@yahoo.com	305-749-9938	US	23026	1992-09-21	2025-08-11 11:54:31+00	2025-10-20 00:44:23+00	2025-09-11 22:55:31+00	f	2026-05-26 00:41:19+00	newsletter_signup	2026-08-13 21:07:19+00	newsletter	US	213	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
216	Martina	Villa	martina_villa@gmail.com	+39 342 697 7415	IT	52213	1992-09-25	2025-09-15 14:14:02+00	2026-07-02 02:12:23+00	2026-08-02 21:55:38+00	f	\N	\N	\N	web	DE	216	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
219	Shreya	Menon	shreya.menon@gmail.com	89220 85273	IN	773594	1938-09-10	2025-10-21 15:56:19+00	2026-08-07 16:47:12+00	2026-03-11 06:47:05+00	t	2026-09-25 12:19:13+00	paper_form	\N	store	SG	219	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
222	Екатерина	Полякова	ekaterina.polyakova@ya.ru	8 921 101-09-09	RU	356227	1977-01-26	2025-11-25 23:08:37+00	2026-07-22 15:52:27+00	2026-05-20 11:00:07+00	f	\N	\N	\N	web	RU	222	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
225	Luigi	Vitale	luigivitale@libero.it	081 6550 326	IT	56105	1964-05-27	2025-12-30 13:06:22+00	2026-09-10 02:51:07+00	2026-06-21 15:25:02+00	f	\N	\N	\N	web	DE	225	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
228	Laura	Clark	lauraclark@verizon.net	(480) 864-2477	US	22499	1994-08-05	2026-02-03 14:01:56+00	2026-06-19 03:15:53+00	2026-02-10 18:28:43+00	f	2026-07-19 09:21:57+00	paper_form	2026-08-10 07:55:55+00	store	US	228	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
231	Kazimierz	Nowak	kazimierz.nowak@wp.pl	+48 61 584 11 42	PL	78-306	1941-11-15	2026-03-09 18:43:05+00	2026-07-23 02:17:15+00	2026-08-09 21:39:56+00	t	2026-07-01 03:37:59+00	web_form	\N	web	DE	231	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
234	Marcin	Majewski	m.majewski@wp.pl	42 111 95 57	PL	63-843	1946-07-25	2026-04-14 06:07:48+00	2026-06-13 12:34:38+00	2026-09-04 07:50:11+00	f	\N	\N	\N	newsletter	DE	234	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
237	Olivier	Brunet	o.brunet@skynet.be	+32 3 671 03 41	BE	9310	1978-10-23	2026-05-18 18:50:50+00	2026-09-14 18:30:54+00	2026-05-21 23:58:12+00	t	2026-06-08 20:02:45+00	checkout	\N	web	DE	237	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
240	Ingrid	van Dijk	ingrid.vandijk809@proximus.be	+32 2 817 54 54	BE	6541	1994-01-25	2026-06-24 11:34:14+00	2026-09-24 21:41:37+00	2026-07-06 21:54:51+00	f	\N	\N	\N	store	DE	240	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
243	Giulia	Rossi	giulia.rossi@gmaill.com	055 1003 844	IT	22431	1900-01-01	2026-07-29 06:08:21+00	2026-08-21 13:54:23+00	2026-08-25 10:08:18+00	t	2026-10-31 00:00:31+00	double_opt_in	\N	web	DE	243	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
246	Isla	Edwards	i.edwards@eircom.net	01 472 2760	IE	X91 P237	2007-06-15	2026-09-02 04:28:10+00	2026-09-25 19:37:04+00	2026-10-10 19:14:45+00	f	\N	\N	\N	newsletter	DE	246	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
249	Lisa	Jäger	lisa_jaeger@t-online.de.	+49 511 7344553	DE	32763	1939-02-01	2026-10-07 11:12:31+00	2026-10-23 08:51:13+00	2026-10-27 02:25:47+00	t	2026-10-13 00:31:10+00	newsletter_signup	\N	newsletter	DE	249	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
90001	Jonathan	Smithers	jonathan.smithers@example.org	+49 151 12345678	DE	10115	1980-04-02	2019-01-01 00:00:00+00	2020-01-01 00:00:00+00	2026-06-01 00:00:00+00	\N	\N	\N	\N	web	\N	251	\N	\N	\N	\N	active
210	愛	渡辺	watanabea24@docomo.ne.jp	080-6044-4126	JP	016-0580	1997-12-30	2025-07-08 13:43:52+00	2026-07-07 04:12:51+00	2026-04-16 01:12:02+00	f	\N	\N	\N	newsletter	SG	210	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
90011	Zoë	Ana	zoe@Example.DE	030 1234567	DE	10115	1970-01-01	2010-01-01 00:00:00+00	2010-01-01 00:00:00+00	2026-10-01 00:00:00+00	\N	\N	\N	\N	web	\N	253	\N	\N	\N	\N	active
39	Michael	Torres	michael.torres@yahoo.com	617-616-9254	US	96672-1266	1982-01-27	2020-01-18 03:57:44+00	2023-04-28 18:56:22+00	2026-01-28 09:07:14+00	f	\N	\N	\N	web	US	39	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
90031	Dora	Alt	dora@example.de	+49 30 7654321	DE	10117	1961-01-01	2011-01-01 00:00:00+00	2011-01-01 00:00:00+00	2016-01-01 00:00:00+00	\N	\N	\N	\N	web	\N	255	\N	\N	\N	\N	active
90002	Jonathan	Smithers	jonathan.smithers@example.org	+49 151 12345678	DE	10115	1980-04-02	2022-01-01 00:00:00+00	2022-02-01 00:00:00+00	2026-03-01 00:00:00+00	\N	\N	\N	\N	store	\N	252	\N	\N	\N	\N	active
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.orders (order_id, customer_id, amount, note) FROM stdin;
1	15	9.99	stale
2	29	9.99	stale
3	31	9.99	stale
4	39	9.99	stale
5	69	9.99	stale
7	90031	1.00	moves along
8	90031	2.00	\N
6	90002	20.50	\N
\.


--
-- Data for Name: orig_customers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.orig_customers (customer_id, given_name, family_name, email, phone, country, postcode, birth_date, created_at, updated_at, last_activity_at, marketing_opt_in, consent_at, consent_source, opted_out_at, channel, storage_region, seq, tags, blob, score, extra, status) FROM stdin;
1	Donna	Perez	donna.perez@hotmail.com	+1 773-255-0907	US	23090	2004-07-26	2018-11-01 08:27:21+00	2022-01-03 07:30:35+00	2026-09-14 12:14:42+00	t	2026-04-16 20:32:24+00	checkout	\N	web	US	1	\N	\N	\N	\N	active
2	丹	宋	dan.song@163.com	156 4275 3141	CN	392997	1981-12-17	2018-11-11 23:14:40+00	2020-10-22 12:59:14+00	2025-09-01 10:10:08+00	f	2022-12-07 09:00:22+00	checkout	2026-10-03 18:09:29+00	web	SG	2	\N	\N	\N	\N	active
4	Dan	Song	dan.song@163.com	156 4275 3141	CN	750805	1981-12-17	2018-12-05 19:28:41+00	2023-04-10 03:33:18+00	2026-07-07 09:12:42+00	f	2020-06-20 12:13:35+00	newsletter_signup	2022-10-02 11:16:15+00	newsletter	SG	4	\N	\N	\N	\N	active
5	Christine	Rousseau	christine.rousseau@gmail.com	04 45 66 34 12	FR	66515	1966-05-19	2018-12-18 11:43:16+00	2019-05-22 16:35:52+00	2026-07-23 12:47:32+00	f	2023-05-11 22:26:47+00	paper_form	2024-09-29 06:21:56+00	store	DE	5	\N	\N	\N	\N	active
7	芳	董	57529@qq.com	+86 28 6261 3666	CN	665325	1970-10-03	2019-01-09 06:49:31+00	2020-10-06 13:24:44+00	2026-04-26 12:16:11+00	f	2023-06-06 22:38:35+00	double_opt_in	2025-12-12 15:32:20+00	web	SG	7	\N	\N	\N	\N	active
8	Sabine	Werner	s.werner@gmx.net	+49 381 959500	DE	23509	1958-12-11	2019-01-21 05:07:25+00	2023-11-29 01:16:09+00	2026-07-24 07:24:00+00	f	\N	\N	\N	web	DE	8	\N	\N	\N	\N	active
10	Levi	Koster	levi.koster49@gmail.com	+31 6 25864371	NL	9190 KC	1949-05-03	2019-02-13 03:33:50+00	2023-08-14 22:31:44+00	2026-07-28 07:07:21+00	t	2026-09-04 13:39:48+00	in_store_tablet	\N	store	DE	10	\N	\N	\N	\N	active
11	Sophie	Köhelr	sophie.koehler@gmx.de	0171-1229507	DE	78656	2004-12-15	2019-02-25 20:43:39+00	2023-06-16 13:41:48+00	2024-10-10 11:51:49+00	t	2026-05-26 00:55:04+00	double_opt_in	\N	web	DE	11	\N	\N	\N	\N	active
13	Алексей	Ильин	alekseyilin1961@mail.ru	8 (499) 957-39-48	RU	592142	1961-04-07	2019-03-20 15:23:27+00	2023-02-22 05:44:53+00	2025-01-09 02:47:14+00	t	2024-03-21 22:27:32+00	double_opt_in	\N	web	RU	13	\N	\N	\N	\N	active
14	Charlotte	Keller	kellerc97@icloud.com	+49 170 1356293	DE	13884	2004-02-11	2019-03-31 21:05:43+00	2025-06-17 08:51:08+00	2024-10-20 14:36:58+00	t	2026-09-05 13:57:39+00	double_opt_in	\N	newsletter	DE	14	\N	\N	\N	\N	active
16	Francesco	Rinaldi	francesco.rinaldi@gmail.com	081 2705 108	IT	91753	2007-06-07	2019-04-24 19:46:33+00	2022-07-25 02:12:19+00	2025-06-14 00:02:15+00	f	\N	\N	\N	web	DE	16	\N	\N	\N	\N	active
17	Alessandro	Ferri	alessandro.ferri@gmail.com	+39 328 766 8002	IT	16034	1979-08-22	2019-05-06 21:26:27+00	2025-11-11 21:46:16+00	2025-12-06 13:02:20+00	t	2025-05-21 01:33:03+00	newsletter_signup	\N	newsletter	DE	17	\N	\N	\N	\N	active
19	Ximena	Martín	ximenamartin1962@gmail.com	966 273 321	ES	43139	1962-06-28	2019-05-30 13:19:19+00	2025-08-10 10:37:01+00	2026-04-19 16:15:45+00	f	\N	\N	\N	callcentre	DE	19	\N	\N	\N	\N	active
20	Catherine	Dupont	dupont.catherine@wanadoo.fr	06 56 80 66 41	FR	01797	2001-03-11	2019-06-11 16:56:08+00	2023-05-26 08:49:10+00	2025-11-25 07:11:15+00	t	2026-05-01 06:40:41+00	newsletter_signup	\N	newsletter	DE	20	\N	\N	\N	\N	active
22	Małgorzata	Tomaszewska	malgorzata.t2@op.pl	799 681 082	PL	26-209	1994-05-30	2019-07-04 15:09:14+00	2023-10-07 20:46:44+00	2024-06-25 17:46:34+00	f	2020-03-09 01:28:29+00	double_opt_in	2023-07-27 06:16:31+00	web	DE	22	\N	\N	\N	\N	active
23	陽子	佐藤	yokosato@gmail.com	+81 80-3844-8402	JP	750-8391	1973-05-20	2019-07-16 17:36:33+00	2024-09-27 10:02:26+00	2026-04-18 03:11:42+00	t	2024-06-05 02:39:33+00	phone_call	\N	callcentre	SG	23	\N	\N	\N	\N	active
25	Felix	Jung	jungf97@web.de	0157/37075266	DE	17621	1984-01-11	2019-08-08 19:48:29+00	2026-02-25 14:58:07+00	2025-06-16 01:49:07+00	t	2026-08-27 13:39:26+00	double_opt_in	\N	newsletter	DE	25	\N	\N	\N	\N	active
26	Lea	Lange	lealange1990@gmail.com	0351/4724952	DE	34526	1990-02-28	2019-08-19 21:35:54+00	2026-08-08 00:12:58+00	2024-06-09 20:58:16+00	f	2023-12-25 11:42:53+00	web_form	2024-10-02 18:13:47+00	web	DE	26	\N	\N	\N	\N	active
28	Niklas	Bergmann	niklas.bergmann@web.de	+49 157 72872372	DE	52950	1962-04-29	2019-09-12 21:21:01+00	2021-04-17 13:43:11+00	2025-09-28 01:27:41+00	t	2025-07-01 11:05:05+00	checkout	\N	web	DE	28	\N	\N	\N	\N	active
29	Krystyna	Wróblewska	krystyna.wroblewska@o2.pl	+48 724 200 158	\N	66-925	1958-01-27	2019-09-24 22:59:20+00	2024-07-30 13:33:01+00	2022-06-11 03:49:21+00	f	\N	\N	\N	newsletter	DE	29	\N	\N	\N	\N	active
31	Sarah	Moretti	sarah.moretti379@bluewin.ch	+41 61 398 52 77	CH	1024	1955-01-29	2019-10-18 04:00:43+00	2026-07-09 15:15:56+00	2022-01-13 09:59:51+00	f	\N	\N	\N	callcentre	DE	31	\N	\N	\N	\N	active
32	null	Grabowska	t.grabowska@wp.pl	22 469 72 16	PL	76-040	1942-08-17	2019-10-28 19:02:18+00	2025-01-23 00:02:50+00	2026-07-22 13:14:34+00	t	2026-10-02 11:12:58+00	paper_form	\N	store	DE	32	\N	\N	\N	\N	active
34	俊杰	孙	junjie.sun@qq.com	171 0647 0338	CN	289802	1985-10-05	2019-11-20 19:20:28+00	2021-09-22 21:16:39+00	2024-04-29 01:58:56+00	t	2024-11-28 20:46:08+00	phone_call	\N	callcentre	SG	34	\N	\N	\N	\N	active
35	Jacob	Roberts	jacobroberts1960@gmail.com	(617) 653-3729	US	25277-8841	1960-12-18	2019-12-03 00:20:04+00	2022-08-29 02:01:10+00	2026-10-16 21:32:19+00	f	\N	\N	\N	web	US	35	\N	\N	\N	\N	active
37	Pilar	Álvarez	pilar.alvarez@gmail.com	+34 726 783 197	ES	17203	1961-11-19	2019-12-26 16:08:06+00	2020-06-01 22:24:57+00	2024-05-16 09:18:23+00	t	2025-12-21 23:54:18+00	double_opt_in	\N	newsletter	DE	37	\N	\N	\N	\N	active
38	Marta	Campos Rubio	martacampos1983@hotmail.com	+34 953 637 813	ES	38203	1983-01-21	2020-01-06 08:12:56+00	2022-11-26 18:29:29+00	2026-05-05 08:50:45+00	t	2026-08-11 05:18:04+00	checkout	\N	web	DE	38	\N	\N	\N	\N	active
40	Patrick	François	patrick.francois47@wanadoo.fr	02 45 17 89 25	FR	12247	1947-11-20	2020-01-31 07:52:57+00	2020-05-11 15:57:49+00	2025-08-20 08:14:18+00	f	\N	\N	\N	newsletter	DE	40	\N	\N	\N	\N	active
41	Henry	Moore	henry.moore447@hotmail.co.uk	07454 235250	GB	AB10 4EN	1966-11-05	2020-02-11 21:02:01+00	2023-01-03 14:52:12+00	2024-05-06 17:06:55+00	t	2025-11-24 02:13:16+00	web_form	\N	web	DE	41	\N	\N	\N	\N	active
43	美紀	伊藤	miki.ito72@outlook.jp	+81 80-3871-0368	JP	161-9364	1972-08-17	2020-03-05 06:17:00+00	2021-04-19 14:21:31+00	2025-08-27 17:43:37+00	t	2025-01-13 00:14:00+00	phone_call	\N	callcentre	SG	43	\N	\N	\N	\N	active
44	Jack	Tester	testerj33@hotmail.co.uk	+44 113 376 4422	GB	BT1 0WG	1963-06-16	2020-03-16 23:01:46+00	2024-02-02 18:56:47+00	2025-11-29 16:45:53+00	t	2024-12-04 06:00:08+00	paper_form	\N	store	DE	44	\N	\N	\N	\N	active
46	María	Medina	m.medina@hotmail.es	+34 957 335 223	ES	47044	1983-07-20	2020-04-09 21:02:02+00	2021-10-31 08:38:45+00	2024-04-03 09:06:01+00	f	\N	\N	\N	store	DE	46	\N	\N	\N	\N	active
47	François	Gauthier	francoisgauthier@orange.fr	03 18 89 35 24	FR	68006	1950-04-03	2020-04-21 09:09:51+00	2023-05-05 20:42:01+00	2026-02-15 18:07:07+00	f	\N	\N	\N	store	DE	47	\N	\N	\N	\N	active
49	Mathis	Nguyen	mathisnguyen@yahoo.fr	03 96 30 69 60	FR	64979	1985-03-27	2020-05-15 09:36:07+00	2024-11-17 04:44:29+00	2026-06-11 12:32:46+00	t	2026-04-22 18:53:23+00	double_opt_in	\N	web	DE	49	\N	\N	\N	\N	active
50	Paul	Schneider		0151/13748449	DE	70023	2001-01-24	2020-05-25 22:27:08+00	2025-08-29 06:11:36+00	2026-05-04 13:31:11+00	t	2026-07-31 17:15:21+00	double_opt_in	\N	web	DE	50	\N	\N	\N	\N	active
52	Susanne	Heinrich	susanne_heinrich@t-online.de	+49 177 18180058	DE	01195	1983-10-21	2020-06-18 16:29:57+00	2026-09-10 12:12:32+00	2024-02-09 08:40:48+00	f	\N	\N	\N	store	DE	52	\N	\N	\N	\N	active
53	Pietro	Grassi	pietro.grassi498@libero.it	366 172 7943	IT	68442	1988-05-03	2020-06-30 22:53:06+00	2022-10-01 20:49:50+00	2025-03-12 06:29:37+00	t	2026-08-16 12:06:19+00	web_form	\N	web	DE	53	\N	\N	\N	\N	active
55	花子	加藤	hanako.kato@icloud.com	+81 90-3939-5221	JP	328-1892	1958-03-07	2020-07-23 21:04:48+00	2021-03-14 03:06:34+00	2026-08-17 18:30:50+00	t	2024-06-21 22:13:30+00	double_opt_in	\N	web	SG	55	\N	\N	\N	\N	active
56	Philippe	Garcia	p.garcia@orange.fr	07 75 00 48 65	FR	45141	1980-10-24	2020-08-04 23:45:16+00	2025-03-20 14:42:25+00	2026-08-01 00:05:35+00	t	2026-01-07 15:16:48+00	phone_call	\N	callcentre	DE	56	\N	\N	\N	\N	active
58	Ximena	González	ximena.g52@yahoo.es	657 456 049	ES	38512	1997-03-04	2020-08-27 03:01:38+00	2023-11-17 12:15:29+00	2025-03-21 08:22:03+00	f	\N	\N	\N	newsletter	DE	58	\N	\N	\N	\N	active
59	Michael	Meyer	michael.meyer@web.de	+49 172 7284274	DE	23270	1989-01-04	2020-09-08 19:24:33+00	2023-12-05 16:03:28+00	2024-09-10 21:54:59+00	f	\N	\N	\N	web	DE	59	\N	\N	\N	\N	active
61	Inès	Martinez	inesmartinez@laposte.net	09 80 57 06 28	FR	87784	1962-11-30	2020-09-30 19:19:46+00	2024-08-07 19:34:01+00	2024-02-19 23:39:36+00	t	2026-09-28 08:01:37+00	phone_call	\N	callcentre	DE	61	\N	\N	\N	\N	active
62	Sébastien	Simon	sebastien.simon@sfr.fr	09 67 81 28 14	FR	85788	1943-09-25	2020-10-12 23:31:17+00	2024-12-22 01:34:41+00	2025-07-19 19:05:29+00	f	\N	\N	\N	web	DE	62	\N	\N	\N	\N	active
64	Michael	Torres	michael.torres@yahoo.com	617-616-9254	US	04355	1982-01-27	2020-11-06 02:44:16+00	2022-11-16 06:27:53+00	2026-01-28 09:07:14+00	t	2024-10-26 08:19:35+00	double_opt_in	\N	newsletter	US	64	\N	\N	\N	\N	active
65	Andrés	Gutiérrez	andres.gutierrez79@hotmail.com	749 749 955	ES	42330	1979-09-16	2020-11-18 01:28:03+00	2024-05-15 23:16:58+00	2025-10-31 19:42:04+00	f	\N	\N	\N	web	DE	65	\N	\N	\N	\N	active
67	Michael	Schulte	michael.schulte52@	0676 3866293	AT	6774	1952-03-08	2020-12-10 05:49:21+00	2021-08-22 23:20:12+00	2026-04-25 07:57:48+00	f	\N	\N	\N	web	DE	67	\N	\N	\N	\N	active
68	Raquel	Sánchez	raquel.sanchez@gmail.com	55 7153 1216	MX	09725	1993-06-22	2020-12-22 08:01:23+00	2021-01-29 08:54:39+00	2025-04-18 16:50:58+00	t	2025-10-23 23:31:45+00	newsletter_signup	\N	newsletter	US	68	\N	\N	\N	\N	active
70	Paweł	Baran	baran.pawel@interia.pl	607 862 422	PL	78-566	1873-10-02	2021-01-14 00:56:58+00	2025-10-31 15:08:39+00	2025-01-02 00:57:38+00	f	2023-06-23 20:21:32+00	double_opt_in	2024-07-06 05:39:44+00	web	DE	70	\N	\N	\N	\N	active
71	蓮	佐藤	sato.ren@gmail.com	06-1380-8332	JP	866-5719	1989-10-28	2021-01-26 08:28:50+00	2025-09-20 20:56:17+00	2025-02-08 06:39:44+00	f	\N	\N	\N	newsletter	SG	71	\N	\N	\N	\N	active
73	xx	White	michelle.white@gmial.com	(919) 499-1061	US	60094	1971-07-20	2021-02-18 08:07:10+00	2025-07-29 08:23:53+00	2023-09-09 21:35:57+00	f	2024-12-23 06:26:55+00	double_opt_in	2025-06-13 09:49:33+00	web	US	73	\N	\N	\N	\N	active
74	Aarti	Khan	a.khan@rediffmail.com	99592 25719	IN	822533	2004-02-14	2021-03-01 19:22:32+00	2023-09-15 23:09:02+00	2022-03-26 10:57:51+00	f	2022-01-17 02:41:33+00	web_form	2023-04-09 14:04:29+00	web	SG	74	\N	\N	\N	\N	active
76	Elias	Fischer	elias.f86@web.de	089 50252066	DE	84392	1942-01-14	2021-03-25 11:26:46+00	2023-02-18 20:13:23+00	2026-05-08 01:27:35+00	f	2021-10-16 00:01:57+00	web_form	2022-01-28 11:47:28+00	web	DE	76	\N	\N	\N	\N	active
77	Swati	Shah	swatishah@hotmail.com	+91 94910 31806	IN	839074	1989-03-30	2021-04-07 02:34:43+00	2024-12-26 07:36:44+00	2022-07-07 07:36:37+00	f	\N	\N	\N	newsletter	SG	77	\N	\N	\N	\N	active
79	Pedro	Souza Marques		+55 85 4582-2022	BR	73271-408	1973-02-10	2021-04-30 04:23:03+00	2025-12-18 02:32:05+00	2026-06-18 12:07:40+00	t	2026-06-28 07:15:23+00	checkout	\N	web	US	79	\N	\N	\N	\N	active
80	Sara	Sanz Delgado	sara.sanz@hotmail.com	938 165 355	ES	17711	1976-09-07	2021-05-11 06:03:38+00	2021-09-10 15:40:25+00	2026-06-26 19:16:49+00	f	\N	\N	\N	web	DE	80	\N	\N	\N	\N	active
82	Giulia	Greco	giulia.greco@tiscali.it	041 2478 907	IT	92042	1966-03-09	2021-06-03 07:49:35+00	2025-12-19 04:25:02+00	2025-07-14 14:46:12+00	t	2026-09-21 00:31:21+00	double_opt_in	\N	web	DE	82	\N	\N	\N	\N	active
83	Ryszard	Pietrzak	ryszard.pietrzak@gmail.com	+48 889 343 330	PL	42-632	1950-02-19	2021-06-15 10:29:26+00	2021-10-29 12:15:51+00	2025-04-13 00:58:21+00	f	\N	\N	\N	web	DE	83	\N	\N	\N	\N	active
85	Giorgia	Bruno	giorgiabruno@libero.it	+39 338 319 0606	IT	53635	1999-10-29	2021-07-09 07:24:21+00	2024-07-19 20:24:45+00	2025-11-16 08:34:34+00	t	2026-04-12 19:56:52+00	paper_form	\N	store	DE	85	\N	\N	\N	\N	active
86	Teresa	Serra	teresa.serra@virgilio.it	389 314 6873	IT	48246	1981-03-09	2021-07-20 21:30:19+00	2023-02-10 22:54:27+00	2026-03-18 03:05:10+00	t	2025-01-18 15:00:49+00	double_opt_in	\N	newsletter	DE	86	\N	\N	\N	\N	active
88	Zoë	Stewart	zoestewart1978@outlook.com	020 7452 4579	GB	EH1 3QJ	1978-09-09	2021-08-13 21:38:22+00	2026-01-18 09:48:59+00	2025-06-18 13:11:43+00	t	2025-04-10 13:54:44+00	checkout	\N	web	DE	88	\N	\N	\N	\N	active
89	Thomas	Ziegler	thomas.ziegler48@gmx.net	0177 10962304	DE	50269	1948-06-22	2021-08-24 03:07:11+00	2024-06-09 12:24:06+00	2026-10-30 07:51:42+00	f	\N	\N	\N	newsletter	DE	89	\N	\N	\N	\N	active
91	愛	加藤	ai.kato71@gmail.com	080-6428-3531	JP	636-0423	1971-12-14	2021-09-17 13:54:52+00	2023-04-14 07:31:10+00	2025-04-01 11:24:04+00	t	2024-03-02 05:44:33+00	in_store_tablet	\N	store	SG	91	\N	\N	\N	\N	active
92	Dirk	van den Broek	vandenbroek.dirk@planet.nl	06 11567708	NL	2534 CC	1970-07-10	2021-09-29 01:15:27+00	2024-11-11 14:17:03+00	2026-04-21 14:24:06+00	t	2024-12-11 17:15:12+00	double_opt_in	\N	newsletter	DE	92	\N	\N	\N	\N	active
94	Isaac	Fletcher	isaac.fletcher222@hotmail.co.uk	+44 7847 243390	GB	BS1 1ZG	1991-04-09	2021-10-23 00:54:20+00	2024-06-28 10:47:37+00	2025-02-24 14:20:13+00	t	2025-01-17 16:22:00+00	phone_call	\N	callcentre	DE	94	\N	\N	\N	\N	active
95	Christine	Dubois	christine.dubois@gmail.com	06 12 69 66 76	FR	13443	1960-12-22	2021-11-03 13:43:10+00	2022-08-20 21:38:14+00	2025-01-22 22:02:53+00	f	\N	\N	\N	web	DE	95	\N	\N	\N	\N	active
97	Stéphane	Lopez	stephanelopez@hotmail.fr	05 30 65 91 09	FR	22126	2000-11-25	2021-11-25 21:38:17+00	2023-11-22 10:12:28+00	2026-08-01 22:09:06+00	f	2024-11-15 18:39:08+00	web_form	2025-06-01 13:13:54+00	web	DE	97	\N	\N	\N	\N	active
98	Alba	Santos León	alba.santos@hotmail.es	691 268 605	ES	38040	1983-06-03	2021-12-07 00:27:35+00	2022-11-26 14:12:57+00	2024-12-04 01:49:32+00	t	2024-12-30 09:14:44+00	newsletter_signup	\N	newsletter	DE	98	\N	\N	\N	\N	active
100	Markus	Voigt	markusvoigt1959@outlook.de	0341/1488705	DE	51708	1959-01-04	2021-12-31 19:33:46+00	2025-09-06 17:58:22+00	2024-03-19 16:35:25+00	f	2022-11-19 13:24:12+00	in_store_tablet	2026-09-17 21:10:04+00	store	DE	100	\N	\N	\N	\N	active
101	Andrea	Braun	andrea.braun670@gmx.de	0160 5638433	DE	35837	1986-05-29	2022-01-12 06:36:02+00	2022-09-18 02:35:02+00	2025-08-21 06:26:40+00	t	2026-06-25 03:27:30+00	double_opt_in	\N	web	DE	101	\N	\N	\N	\N	active
103	Susanne	Zimmermann	susanne.z64@gmx.de	+49 7071 68734	DE	14784	1969-09-09	2022-02-04 19:03:46+00	2026-01-27 10:30:48+00	2024-11-27 07:34:07+00	t	2026-02-21 09:27:57+00	in_store_tablet	\N	store	DE	103	\N	\N	\N	\N	active
104	平	黄	43234842@qq.com	021 2566 6282	CN	609051	1949-05-25	2022-02-16 21:26:30+00	2024-06-24 03:20:41+00	2024-07-11 11:34:45+00	t	2025-03-24 13:30:03+00	web_form	\N	web	SG	104	\N	\N	\N	\N	active
106	Birgit	Yılmaz	birgit.y96@freenet.de	0228/154007	DE	30453	1943-05-27	2022-03-11 12:38:30+00	2024-06-03 14:17:21+00	2025-11-13 08:35:11+00	t	2025-07-30 16:47:02+00	double_opt_in	\N	web	DE	106	\N	\N	\N	\N	active
107	Dorota	Grabowska	dorota_grabowska@onet.pl	+48 601 142 535	PL	88-548	1966-12-24	2022-03-22 03:15:24+00	2023-05-23 05:32:57+00	2024-05-09 23:09:11+00	f	\N	\N	\N	web	DE	107	\N	\N	\N	\N	active
109	Irene	Díaz Santos	diaz.irene@telefonica.net	965 629 592	ES	46168	1978-02-09	2022-04-15 23:48:57+00	2025-10-04 14:30:39+00	2025-12-16 12:28:19+00	f	\N	\N	\N	web	DE	109	\N	\N	\N	\N	active
110	Françoise	Roy	francoise.roy@rogers.com	250-740-2546	CA	N1A 1W1	1969-04-11	2022-04-26 20:47:05+00	2025-06-03 02:09:49+00	2025-02-19 19:42:12+00	t	2026-10-10 22:38:09+00	phone_call	\N	callcentre	US	110	\N	\N	\N	\N	active
112	Emma	Perrin	emma.perrin@gmail.com	06 40 20 51 22	FR	94045	1980-11-05	2022-05-21 06:25:52+00	2023-08-07 06:41:08+00	2024-11-04 08:06:48+00	f	\N	\N	\N	newsletter	DE	112	\N	\N	\N	\N	active
113	Jessica	Shaw	shaw.jessica@optusnet.com.au	(03) 8795 8728	AU	7067	1946-01-05	2022-06-01 07:09:00+00	2025-09-06 16:22:40+00	2025-06-27 21:46:08+00	f	\N	\N	\N	web	SG	113	\N	\N	\N	\N	active
115	Sergio	Romano	sergio.r36@virgilio.it	+39 055 8814 766	IT	47569	1995-11-20	2022-06-24 23:21:33+00	2023-08-08 11:13:17+00	2024-02-28 01:43:41+00	t	2025-06-08 02:23:27+00	double_opt_in	\N	newsletter	DE	115	\N	\N	\N	\N	active
116	Max	Roberts	roberts.max@virginmedia.com	+44 7883 136665	GB	N1 8RY	1955-12-21	2022-07-05 15:16:45+00	2025-10-01 02:12:40+00	2025-11-14 22:23:41+00	t	2026-03-21 21:59:55+00	checkout	\N	web	DE	116	\N	\N	\N	\N	active
118	Pietro	Valentini	pietrovalentini@alice.it	+39 091 5078 449	IT	51378	1953-11-08	2022-07-29 16:04:47+00	2022-08-12 17:32:08+00	2025-05-25 18:19:33+00	f	2023-08-28 08:00:29+00	double_opt_in	2024-05-19 03:50:39+00	newsletter	DE	118	\N	\N	\N	\N	active
119	Gauthier	François	francoisgauthier@orange.fr	+33 3 18 89 35 24	FR	68006	1950-04-03	2022-08-10 18:04:34+00	2025-09-22 06:41:18+00	2026-08-14 10:57:33+00	t	2024-12-23 06:31:40+00	double_opt_in	\N	web	DE	119	\N	\N	\N	\N	active
121	LaToya	Gonzalez	latoyagonzalez1967@gmail.com	(201) 413-7515	US	49045	1967-10-15	2022-09-02 01:30:23+00	2025-02-26 23:06:27+00	2024-07-22 02:52:57+00	f	2023-04-13 10:43:39+00	double_opt_in	2024-07-24 00:55:56+00	web	US	121	\N	\N	\N	\N	active
122	Arjun	Verma	arjun.verma@yahoo.in	+91 61508 73601	IN	618664	2000-09-18	2022-09-14 20:09:04+00	2026-07-01 02:08:45+00	2025-08-30 05:17:14+00	f	2022-10-19 14:07:21+00	paper_form	2025-12-29 16:40:03+00	store	SG	122	\N	\N	\N	\N	active
124	蓮	渡辺	ren.watanabe@yahoo.co.jp	+81 80-6009-3626	JP	687-6531	1989-09-16	2022-10-07 08:08:00+00	2025-07-28 20:57:04+00	2026-10-05 19:04:50+00	f	2023-11-26 13:53:02+00	checkout	2025-02-17 05:52:25+00	web	SG	124	\N	\N	\N	\N	active
125	Ximena	García	garcia.ximena@gmail.com	+34 732 407 619	ES	07843	1942-02-20	2022-10-20 06:22:51+00	2023-01-01 04:20:36+00	2025-12-30 04:32:41+00	t	2026-02-27 01:32:11+00	double_opt_in	\N	web	DE	125	\N	\N	\N	\N	active
127	Éric	Masson	eric.masson71@free.fr	02 95 28 74 97	FR	51813	1971-03-15	2022-11-11 18:23:14+00	2026-02-15 16:35:55+00	2025-05-10 07:10:13+00	f	2025-05-07 08:20:17+00	double_opt_in	2025-05-30 19:43:50+00	web	DE	127	\N	\N	\N	\N	active
128	Katharina	Schäfer	katharina_schaefer@hotmail.de	040-45599343	DE	45518	1983-02-04	2022-11-23 02:56:27+00	2025-11-18 22:43:23+00	2024-07-03 21:07:57+00	f	\N	\N	\N	store	DE	128	\N	\N	\N	\N	active
130	Jesús	Ramírez	j.ramirez@gmail.com	+34 919 248 170	ES	51711	1950-06-10	2022-12-16 11:07:04+00	2024-03-26 19:30:12+00	2024-04-15 18:42:59+00	f	\N	\N	\N	web	DE	130	\N	\N	\N	\N	active
131	Vanessa	Rocha	vanessa_rocha@hotmail.com	(62) 95421-5117	BR	67038-740	1948-05-15	2022-12-28 10:50:20+00	2025-12-12 02:25:19+00	2023-07-27 01:12:49+00	t	2023-04-18 23:47:51+00	web_form	\N	web	US	131	\N	\N	\N	\N	active
133	Niccolò	Monti	niccolo.monti@libero.it	340 517 8020	IT	57312	1990-04-02	2023-01-20 18:46:01+00	2023-10-24 04:37:34+00	2026-08-12 09:05:19+00	f	\N	\N	\N	web	DE	133	\N	\N	\N	\N	active
134	Ella	Price	pricee63@outlook.com	+44 20 8444 8780	GB	OX1 6AX	1987-10-11	2023-02-01 01:38:42+00	2023-10-05 16:52:12+00	2026-08-15 09:33:47+00	f	2024-05-23 11:39:47+00	double_opt_in	2026-01-15 05:18:07+00	web	DE	134	\N	\N	\N	\N	active
136	Carmen	Ramos	carmen.ramos@hotmail.com	33 7554 4298	MX	12322	1992-09-04	2023-02-25 11:34:57+00	2026-07-20 21:33:58+00	2026-10-26 19:04:29+00	f	\N	\N	\N	web	US	136	\N	\N	\N	\N	active
137	Kees	van der Meer	kees_vandermeer@ziggo.nl	06 12711740	NL	9321 VE	1946-08-13	2023-03-08 01:28:36+00	2026-09-18 10:52:21+00	2025-01-14 07:09:54+00	f	2023-04-23 19:13:59+00	checkout	2024-11-22 13:21:08+00	web	DE	137	\N	\N	\N	\N	active
139	Gisela	Koch	gisela.koch@gmail.com	089/58192084	DE	20627	1973-01-24	2023-04-01 12:35:24+00	2023-09-14 23:26:00+00	2024-10-01 21:13:31+00	f	\N	\N	\N	store	DE	139	\N	\N	\N	\N	active
140	Ruben	van der Heijden	ruben.vanderheijden@outlook.com	06 13932674	NL	1758 GW	1992-04-02	2023-04-13 07:13:45+00	2025-05-24 19:31:29+00	2026-03-30 00:18:29+00	f	\N	\N	\N	web	DE	140	\N	\N	\N	\N	active
142	Ethan	Clark	clarke67@yahoo.com.au	0428 786 092	AU	4012	1952-09-16	2023-05-05 07:39:47+00	2025-09-09 11:50:12+00	2026-02-19 13:22:40+00	t	2026-03-27 03:07:30+00	double_opt_in	\N	web	SG	142	\N	\N	\N	\N	active
143	文	曹	wencao@gmail.com	0755 7115 9684	CN	228383	1952-05-03	2023-05-18 08:52:10+00	2024-12-16 12:49:06+00	2024-09-28 15:24:23+00	f	2025-01-13 02:08:28+00	phone_call	2025-09-27 14:33:52+00	callcentre	SG	143	\N	\N	\N	\N	active
145	Linda	Thomas	linda.thomas807@yahoo.com	(312) 746-0415	US	95765	1958-04-28	2023-06-09 08:20:08+00	2025-07-05 10:41:06+00	2026-06-22 08:46:43+00	t	2025-02-18 06:36:56+00	double_opt_in	\N	web	US	145	\N	\N	\N	\N	active
146	雪	王	xue_wang@sohu.com	021 4100 5526	CN	443766	1996-02-17	2023-06-21 14:43:27+00	2025-09-17 02:20:28+00	2024-04-20 21:40:02+00	f	\N	\N	\N	store	SG	146	\N	\N	\N	\N	active
148	Jutta	Ludwig	juttaludwig@outlook.de	0351/9803358	DE	67994	1988-07-17	2023-07-14 05:58:39+00	2025-11-15 23:16:02+00	2025-12-26 20:25:34+00	t	2025-03-25 23:43:40+00	double_opt_in	\N	newsletter	DE	148	\N	\N	\N	\N	active
149	Frank	Schröder	frankschroeder@gmx.de	0170-4446733	DE	19581	1955-08-26	2023-07-27 07:00:07+00	2024-03-18 16:10:39+00	2024-12-21 21:34:35+00	t	2025-02-16 16:23:07+00	phone_call	\N	callcentre	DE	149	\N	\N	\N	\N	active
151	Uwe	Herrmann	uwe.herrmann41@web.de	0176/77836204	DE	80980	1941-02-26	2023-08-19 06:14:57+00	2025-09-11 11:25:36+00	2026-09-29 07:04:16+00	f	2025-05-14 12:35:37+00	checkout	2026-09-30 01:27:49+00	web	DE	151	\N	\N	\N	\N	active
152	丽	曾	li.zeng901@163.com	150 4132 5021	CN	575778	1970-07-02	2023-08-31 03:57:27+00	2024-07-13 04:40:36+00	2026-05-29 19:04:02+00	f	2023-12-31 16:11:21+00	double_opt_in	2026-02-19 10:17:45+00	web	SG	152	\N	\N	\N	\N	active
154	Stephane	Lopez	stephanelopez@hotmail.fr	05 30 65 91 09	FR	22126	2000-11-25	2023-09-23 17:12:45+00	2025-06-29 12:03:24+00	2024-09-09 20:38:58+00	f	\N	\N	\N	callcentre	DE	154	\N	\N	\N	\N	active
155	Lukas	Friedrich	friedrich.lukas@gmx.de	0911/4601254	DE	23453	1978-04-04	2023-10-05 09:34:17+00	2026-03-26 03:52:16+00	2026-09-23 08:10:20+00	t	2026-10-22 09:42:06+00	phone_call	\N	callcentre	DE	155	\N	\N	\N	\N	active
157	Andrew	Miller	andrew.m31@outlook.com	416.340.3552	CA	B1E 7M9	1996-12-20	2023-10-27 11:47:27+00	2025-04-03 14:24:12+00	2026-05-06 21:51:51+00	t	2024-02-24 07:10:35+00	double_opt_in	\N	web	US	157	\N	\N	\N	\N	active
158	Tobias	Arnold	arnoldt44@gmail.cm	+49 6221 220446	DE	58976	1938-03-27	2023-11-08 18:37:15+00	2023-12-25 20:12:42+00	2026-07-13 00:30:05+00	t	2025-07-16 17:01:45+00	double_opt_in	\N	web	DE	158	\N	\N	\N	\N	active
160	Margaux	Joly	margaux.joly@sfr.fr	+33 1 98 02 72 01	FR	05240	1963-02-28	2023-12-01 05:53:30+00	2025-11-16 07:18:33+00	2026-08-23 08:30:43+00	f	2024-06-14 10:00:58+00	web_form	2024-06-30 06:18:42+00	web	DE	160	\N	\N	\N	\N	active
161	Cynthia	Martinez	martinezc90@gmail.com	(240) 201-8514	US	62333	1971-12-01	2023-12-14 07:32:30+00	2024-02-09 09:49:28+00	2025-07-10 12:33:49+00	t	2025-02-04 04:29:29+00	web_form	\N	web	US	161	\N	\N	\N	\N	active
163	Anouk	van der Veen	vanderveena81@xs4all.nl	+31 50 745 0036	NL	4876 RV	1962-02-07	2024-01-05 09:17:47+00	2026-09-02 23:50:51+00	2025-04-21 17:44:02+00	f	\N	\N	\N	newsletter	DE	163	\N	\N	\N	\N	active
164	Frauke	Winter	fraukewinter1941@outlook.de	0421 3467764	DE	03137	1941-09-17	2024-01-17 10:35:09+00	2026-08-12 10:27:00+00	2024-12-29 16:59:33+00	f	2025-10-12 20:57:57+00	double_opt_in	2026-05-05 05:38:39+00	web	DE	164	\N	\N	\N	\N	active
166	Juliette	Dumont	dumont.juliette@laposte.net	+33 6 20 63 94 12	FR	02361	1966-03-27	2024-02-09 17:08:32+00	2025-06-15 01:55:01+00	2026-10-01 16:28:34+00	f	\N	\N	\N	web	DE	166	\N	\N	\N	\N	active
167	Silvia	Gentile	silvia.g34@libero.it	+39 02 8458 8594	IT	83937	1956-05-15	2024-02-22 10:03:10+00	2024-11-21 05:33:31+00	2024-03-03 01:16:55+00	t	2026-08-26 14:40:18+00	web_form	\N	web	DE	167	\N	\N	\N	\N	active
169	Laura	Costa	l.costa@libero.it	366 524 6111	IT	04973	1994-10-17	2024-03-15 11:06:39+00	2024-10-27 00:13:54+00	2024-04-12 16:42:29+00	t	2025-02-21 20:37:12+00	checkout	\N	web	DE	169	\N	\N	\N	\N	active
170	Krystyna	Michalska	krystynamichalska@wp.pl	+48 885 547 878	PL	22-744	2000-03-25	2024-03-28 08:13:59+00	2026-09-26 10:12:33+00	2026-06-19 08:36:29+00	t	2026-09-22 16:45:22+00	double_opt_in	\N	web	DE	170	\N	\N	\N	\N	active
172	Willow	Kelly	kellyw95@gmail.com	1234567890123456	GB	LS1 5YB	1961-12-02	2024-04-19 07:53:41+00	2024-10-13 14:57:48+00	2026-03-13 14:11:37+00	f	\N	\N	\N	web	DE	172	\N	\N	\N	\N	active
173	Thijs	Tesselaar	thijstesselaar1964@gmail.com	+31 6 54565783	NL	4662 ZH	1964-01-27	2024-05-02 20:33:46+00	2024-05-23 19:04:29+00	2025-04-08 22:48:05+00	t	2026-07-03 23:07:07+00	web_form	\N	web	DE	173	\N	\N	\N	\N	active
175	Petra	Pfeiffer	petra_pfeiffer@gmail.com	+49 228 688071	DE	25181	1946-02-25	2024-05-24 10:09:23+00	2026-05-07 19:58:40+00	2026-08-02 20:19:57+00	f	\N	\N	\N	store	DE	175	\N	\N	\N	\N	active
176	Daniel	Bertrand	daniel.bertrand74@free.fr	06 54 71 68 17	FR	76009	1982-05-27	2024-06-05 03:38:57+00	2026-02-18 08:43:01+00	2025-12-26 05:19:07+00	t	2026-10-03 00:36:01+00	in_store_tablet	\N	store	DE	176	\N	\N	\N	\N	active
178	Teresa	Nowak	t.nowak@wp.pl	58 851 98 58	PL	63-704	1960-02-19	2024-06-29 12:20:02+00	2026-04-15 05:07:39+00	2025-03-13 13:59:11+00	t	2026-06-29 11:00:48+00	double_opt_in	\N	web	DE	178	\N	\N	\N	\N	active
179	Hélène	Masson	\N	n/a	FR	26711	1989-02-23	2024-07-11 17:44:36+00	2025-09-24 16:08:56+00	2025-04-07 09:31:30+00	f	\N	\N	\N	store	DE	179	\N	\N	\N	\N	active
181	David	Lopez	lopez.david@gmail.com	+1 512-406-4234	US	72675	1966-11-09	2024-08-03 23:34:51+00	2026-02-21 02:15:28+00	2025-12-20 10:46:19+00	f	\N	\N	\N	web	US	181	\N	\N	\N	\N	active
182	Jutta	Schulte	schultej37@gmx.net	+49 162 1500908	DE	05922	1957-03-27	2024-08-14 16:51:17+00	2026-09-06 18:22:32+00	2026-07-24 19:21:05+00	f	\N	\N	\N	newsletter	DE	182	\N	\N	\N	\N	active
184	Birgit	Schuster	schusterb79@gmx.at	+43 664 4544752	AT	9665	1987-03-03	2024-09-06 23:55:57+00	2026-05-02 19:41:54+00	2024-12-22 00:07:09+00	t	2025-01-21 07:21:05+00	web_form	\N	web	DE	184	\N	\N	\N	\N	active
185	Laurent	Lefèvre	laurent.l12@gmail.com	03 78 91 74 61	FR	45956	1999-11-15	2024-09-19 04:24:32+00	2025-09-13 17:21:05+00	2026-03-26 13:11:05+00	f	\N	\N	\N	store	DE	185	\N	\N	\N	\N	active
187	Paula	Pérez Flores	paulaperez1979@hotmail.es	952 443 723	ES	42990	1979-03-21	2024-10-13 02:49:39+00	2026-06-13 23:17:08+00	2025-04-20 17:56:33+00	f	\N	\N	\N	web	DE	187	\N	\N	\N	\N	active
188	Franco	Monti	franco.monti@tiscali.it	041 7092 399	IT	04721	1947-10-11	2024-10-24 20:08:44+00	2025-09-25 18:16:33+00	2025-07-01 23:13:08+00	f	2026-01-16 16:35:54+00	web_form	2026-04-24 20:13:58+00	web	DE	188	\N	\N	\N	\N	active
190	Anouk	Koster	anoukkoster@gmail.com	+31 6 56959046	NL	6317 XA	1960-11-19	2024-11-15 17:33:45+00	2025-09-18 19:24:18+00	2025-01-20 18:37:56+00	f	2025-12-15 17:00:39+00	newsletter_signup	2026-02-24 22:02:34+00	newsletter	DE	190	\N	\N	\N	\N	active
191	隆	佐々木	takashi.sasaki57@outlook.jp	090-7589-1868	JP	500-6684	1957-09-12	2024-11-28 16:33:04+00	2026-10-31 23:19:41+00	2025-12-27 18:04:58+00	f	\N	\N	\N	callcentre	SG	191	\N	\N	\N	\N	active
193	Bärbel	Sommer	baerbel_sommer@web.de	0157 91372588	DE	72376	1991-09-10	2024-12-21 14:04:29+00	2026-04-18 08:39:40+00	2025-06-24 18:03:43+00	f	2025-01-15 13:57:49+00	double_opt_in	2025-11-01 05:51:18+00	web	DE	193	\N	\N	\N	\N	active
194	Kimberly	Nguyen	nguyenk32@gmail.com	(415) 328-4101	US	22622-1931	1937-01-03	2025-01-01 09:54:16+00	2025-05-04 03:57:00+00	2025-11-18 03:25:12+00	t	2026-10-13 22:31:37+00	checkout	\N	web	US	194	\N	\N	\N	\N	active
196	Amélie	de Bruijn	amelie.debruijn340@gnail.com	+32 9 318 24 12	BE	9071	1951-11-12	2025-01-25 17:00:09+00	2025-12-11 01:59:20+00	2025-09-16 20:59:17+00	t	2026-01-03 10:50:53+00	double_opt_in	\N	newsletter	DE	196	\N	\N	\N	\N	active
197	William	Rose	+44 7571 689962	william.r54@hotmail.co.uk	GB	CR2 0WD	1980-11-10	2025-02-06 05:36:43+00	2026-05-07 21:53:47+00	2026-09-05 06:13:31+00	f	2025-03-17 22:00:56+00	double_opt_in	2026-09-17 13:49:48+00	web	DE	197	\N	\N	\N	\N	active
199	Louise	Leclerc	louise.leclerc@orange.fr	+33 2 47 37 17 51	FR	51680	1957-12-26	2025-03-02 14:21:08+00	2026-06-26 19:00:57+00	2026-02-15 20:17:56+00	f	2025-11-13 13:22:13+00	checkout	2026-04-02 02:24:18+00	web	DE	199	\N	\N	\N	\N	active
200	Grace	Davis	davisg80@gmail.com	020 3798 4141	GB	E14 7LZ	1959-01-29	2025-03-14 04:57:39+00	2026-03-16 08:26:37+00	2025-09-18 23:59:13+00	t	2025-08-21 17:06:55+00	in_store_tablet	\N	store	DE	200	\N	\N	\N	\N	active
202	Lea	Kühn	lea.kuehn76@outlook.de	0231 1878193	DE	22288	1976-12-21	2025-04-06 13:07:16+00	2025-11-05 00:26:43+00	2026-09-16 02:11:30+00	f	2025-09-24 20:30:42+00	double_opt_in	2026-08-15 23:37:38+00	web	DE	202	\N	\N	\N	\N	active
203	Fernando	Pérez	fernando.perez@hotmail.es	955 409 472	ES	07636	1998-04-27	2025-04-17 21:02:57+00	2026-07-19 23:13:38+00	2025-05-06 13:45:41+00	f	\N	\N	\N	web	DE	203	\N	\N	\N	\N	active
205	Martina	Albrecht	albrecht.martina@a1.net	0512 509833	AT	8246	1938-12-02	2025-05-10 16:01:37+00	2025-09-12 19:27:26+00	2026-01-15 13:16:59+00	f	2026-04-24 05:13:45+00	phone_call	2026-09-01 16:31:35+00	callcentre	DE	205	\N	\N	\N	\N	active
206	Jana	Schmitz	schmitzj63@gmail.com	0177-43091018	DE	14950	1982-04-21	2025-05-22 12:11:51+00	2025-12-11 14:41:14+00	2026-03-07 07:12:24+00	t	2025-06-06 15:04:28+00	web_form	\N	web	DE	206	\N	\N	\N	\N	active
208	Алексей	Ильин	alekseyilin1961@mail.ru	8 (499) 957-39-48	RU	448808	1961-04-07	2025-06-15 02:47:39+00	2025-06-21 16:50:09+00	2025-09-25 06:26:21+00	t	2026-08-08 11:50:01+00	phone_call	\N	callcentre	RU	208	\N	\N	\N	\N	active
209	Noor	de Wit	noordewit1958@gmail.com	+31 20 771 6242	NL	6956 CJ	1958-08-05	2025-06-27 07:17:58+00	2026-10-28 20:15:15+00	2026-04-29 18:33:02+00	f	\N	\N	\N	web	DE	209	\N	\N	\N	\N	active
211	Vincenzo	Bianco	vincenzo_bianco@gmail.com	+39 051 2628 233	IT	08075	1948-09-20	2025-07-18 23:38:39+00	2026-05-19 22:40:32+00	2026-02-03 01:54:01+00	t	2026-03-16 17:03:15+00	double_opt_in	\N	web	DE	211	\N	\N	\N	\N	active
212	Alessandro	Longo	alessandro.longo@libero.it	051 2409 259	IT	05741	1996-10-20	2025-07-30 23:15:02+00	2025-09-15 21:33:24+00	2026-07-06 01:19:59+00	f	\N	\N	\N	web	DE	212	\N	\N	\N	\N	active
214	Bram	Prins	bram.prins@hotmail.com	06 16857126	NL	1407 NZ	1950-03-04	2025-08-23 19:36:19+00	2025-10-11 19:55:29+00	2026-01-10 15:23:16+00	t	2026-05-03 22:41:50+00	double_opt_in	\N	web	DE	214	\N	\N	\N	\N	active
215	Juliette	Bouchard	juliette.bouchard864@gmail.com	(902) 324-8720	CA	R0A 3X9	2008-06-23	2025-09-04 05:10:59+00	2026-08-02 13:11:00+00	2026-09-04 23:17:59+00	f	2026-03-13 20:05:49+00	double_opt_in	2026-07-23 04:58:03+00	newsletter	US	215	\N	\N	\N	\N	active
217	Silvia	Farina	silvia.farina74@hotmail.it	340 375 7553	IT	74091	1974-01-15	2025-09-28 17:32:56+00	2025-12-30 20:21:40+00	2026-08-07 03:07:23+00	f	2026-03-24 19:51:39+00	double_opt_in	2026-05-24 03:52:53+00	web	DE	217	\N	\N	\N	\N	active
218	愛	渡辺	watanabea24@docomo.ne.jp	+81 80-6044-4126	JP	016-0580	1997-12-30	2025-10-08 16:21:43+00	2026-07-21 21:56:56+00	2026-04-16 01:12:02+00	t	2026-01-21 11:20:50+00	checkout	\N	web	SG	218	\N	\N	\N	\N	active
220	Claudia	Schmidt	claudiaschmidt@outlook.de	0231 2695786	DE	61513	1982-01-03	2025-11-01 17:09:33+00	2026-09-09 07:13:03+00	2026-09-28 22:46:01+00	t	2026-06-03 04:25:17+00	double_opt_in	\N	newsletter	DE	220	\N	\N	\N	\N	active
221	Joshua	Davis	j.davis@test.com	702.921.1160	US	25102	1993-06-08	2025-11-13 05:51:22+00	2026-08-14 01:01:34+00	2026-05-01 06:24:08+00	t	2026-03-27 09:40:27+00	double_opt_in	\N	web	US	221	\N	\N	\N	\N	active
223	Sarita	Das	das.sarita@rediffmail.com	+91 80844 95522	IN	599092	1984-08-13	2025-12-06 23:32:55+00	2026-03-25 01:02:10+00	2026-09-11 00:09:27+00	t	2026-04-23 07:36:31+00	double_opt_in	\N	web	SG	223	\N	\N	\N	\N	active
224	Steven	White	steven_white@icloud.com	347-499-7335	US	68515	1992-01-02	2025-12-18 08:40:52+00	2026-02-19 02:28:41+00	2026-02-11 07:27:03+00	f	2026-02-13 21:16:07+00	double_opt_in	2026-03-21 07:17:20+00	web	US	224	\N	\N	\N	\N	active
226	Amanda	Johnson	johnsona34@msn.com	(510) 341-8278	US	44541	1941-08-03	2026-01-10 21:31:37+00	2026-09-21 12:58:05+00	2026-03-11 14:39:29+00	f	\N	\N	\N	store	US	226	\N	\N	\N	\N	active
227	Felix	Schröder	felix.s90@web.de	+49 381 496169	DE	92727	1987-09-13	2026-01-21 17:34:11+00	2026-03-27 05:18:03+00	2026-02-16 15:32:19+00	f	\N	\N	\N	web	DE	227	\N	\N	\N	\N	active
229	David	Flores	david.flores72@yahoo.es	933 532 942	ES	05275	1972-04-18	2026-02-14 17:38:13+00	2026-05-23 10:43:21+00	2026-07-14 18:11:06+00	t	2026-06-08 03:08:05+00	phone_call	\N	callcentre	DE	229	\N	\N	\N	\N	active
230	Max	Wright	maxwright1952@gmail.com	0117 443 6733	GB	CR2 1LP	1952-11-08	2026-02-27 07:36:58+00	2026-09-29 01:58:15+00	2026-06-03 00:40:26+00	t	2026-04-13 10:48:27+00	double_opt_in	\N	web	DE	230	\N	\N	\N	\N	active
232	Jack	Ellis	jack.ellis46@gmail.com	+44 7514 250368	GB	OX1 3UT	1946-02-26	2026-03-22 08:48:02+00	2026-03-24 05:08:41+00	2026-06-04 00:08:27+00	t	2026-08-25 06:36:07+00	double_opt_in	\N	newsletter	DE	232	\N	\N	\N	\N	active
233	Daniel	Bertrand	daniel.bertrand74@free.fr	06 54 71 68 17	FR	42437	1982-05-27	2026-04-03 18:02:17+00	2026-09-26 06:16:26+00	2026-07-13 07:16:56+00	t	2026-06-28 14:01:24+00	double_opt_in	\N	web	DE	233	\N	\N	\N	\N	active
235	Monika	Franke	monika.franke287@gmx.de	+49 211 5912578	DE	73399	1984-07-11	2026-04-26 09:43:31+00	2026-05-01 03:35:26+00	2026-09-09 22:57:03+00	t	2026-05-30 07:01:25+00	newsletter_signup	\N	newsletter	DE	235	\N	\N	\N	\N	active
236	Noor	Brouwer	noor.b32@gmail.com	040 453 8666	NL	1379 GC	1977-06-09	2026-05-07 19:15:48+00	2026-06-12 18:41:26+00	2026-07-24 20:30:44+00	f	\N	\N	\N	web	DE	236	\N	\N	\N	\N	active
238	Marie	Günther	m.guenther@yahoo.de	0160 8556274	DE	10721	1998-11-21	2026-05-30 04:35:55+00	2026-08-30 17:04:33+00	2026-10-10 20:00:11+00	t	2026-06-09 02:25:20+00	double_opt_in	\N	web	DE	238	\N	\N	\N	\N	active
239	Femke	Vos	femkevos@gmail.com	020 821 0608	NL	5579 EC	1966-08-17	2026-06-12 00:21:54+00	2026-08-04 02:22:13+00	2026-08-09 13:07:59+00	f	\N	\N	\N	callcentre	DE	239	\N	\N	\N	\N	active
241	Jülide	Huber	juelide.huber740@web.de	+49 351 6125809	DE	94995	1978-03-11	2026-07-05 03:37:51+00	2026-10-31 02:47:14+00	2026-08-29 11:38:30+00	f	\N	\N	\N	newsletter	DE	241	\N	\N	\N	\N	active
242	Ahmad	Ramadhan	a.ramadhan@gmail.com	+62 895-8427-669	ID	24099	1974-07-25	2026-07-17 08:46:14+00	2026-08-22 06:06:56+00	2026-07-28 07:01:31+00	t	2026-10-01 19:50:51+00	phone_call	\N	callcentre	SG	242	\N	\N	\N	\N	active
244	Eric	Rodriguez	e.rodriguez@gmail.com	(415) 766-5731	US	92222	1969-12-04	2026-08-08 06:46:11+00	2026-10-25 21:17:19+00	2026-09-08 17:18:36+00	t	2026-09-05 12:24:58+00	phone_call	\N	callcentre	US	244	\N	\N	\N	\N	active
245	Raphaël	Lemaire	raphael.lemaire@telenet.be	04 268 36 85	BE	2148	1954-02-13	2026-08-21 18:46:57+00	2026-09-14 14:14:21+00	2026-10-28 09:32:33+00	f	\N	\N	\N	newsletter	DE	245	\N	\N	\N	\N	active
247	Giuseppina	Esposito	giuseppina.esposito966@tiscali.it	+39 051 6223 661	IT	37656	1978-05-01	2026-09-13 11:50:49+00	2026-09-16 16:04:30+00	2026-10-09 19:09:57+00	t	2026-10-07 08:35:19+00	paper_form	\N	store	DE	247	\N	\N	\N	\N	active
248	Sarah	Parker	sarah.parker@outlook.com	0117 292 8260	GB	G1 5JG	1937-10-19	2026-09-24 03:56:41+00	2026-10-06 17:15:05+00	2026-10-14 17:02:27+00	f	\N	\N	\N	callcentre	DE	248	\N	\N	\N	\N	active
250	Иван	Григорьев	grigorevi25@yandex.ru	8 (863) 941-01-27	RU	653460	1981-01-02	2026-10-17 23:18:13+00	2026-10-23 13:02:04+00	2026-10-25 15:45:06+00	f	\N	\N	\N	newsletter	RU	250	\N	\N	\N	\N	active
3	Lena	Kraus	lenakraus1953@gmail.com	0162/6349328	DE	84166	1953-10-06	2018-11-23 14:18:26+00	2024-03-02 05:47:54+00	2024-04-05 16:03:58+00	f	2024-05-31 03:59:43+00	double_opt_in	2025-02-06 16:50:13+00	web	DE	3	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
6	Sophie	Köhler	sophie.koehler@gmx.de	0171-1229507	DE	15763	2004-12-15	2018-12-28 14:34:12+00	2021-11-05 17:08:32+00	2024-06-06 20:12:48+00	f	2021-07-19 22:49:19+00	newsletter_signup	2022-01-01 17:06:02+00	newsletter	DE	6	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
9	Nicholas	Baker	bakern39@gmail.com	347-977-3958	US	17822-1511	1974-05-14	2019-02-02 17:54:10+00	2020-03-22 03:56:12+00	2025-11-19 00:30:10+00	f	2020-12-27 11:23:57+00	phone_call	2021-10-03 01:31:07+00	callcentre	US	9	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
12	Wojciech	Wróbel	wojciech_wrobel@onet.pl	886 992 178	PL	94-259	1958-12-06	2019-03-09 14:28:58+00	2025-08-11 01:20:33+00	2024-06-21 03:13:35+00	t	2025-10-07 14:21:43+00	phone_call	\N	callcentre	DE	12	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
90031	Dora	Alt	dora@example.de	+49 30 7654321	DE	10117	1961-01-01	2011-01-01 00:00:00+00	2011-01-01 00:00:00+00	2016-01-01 00:00:00+00	\N	\N	\N	\N	web	\N	255	\N	\N	\N	\N	active
15	Jennifer	O'Neil	jennifer.oneil@icloud.com	510-253-8627	US	92693	1963-02-14	2019-04-13 22:06:00+00	2021-01-30 13:07:11+00	2021-12-15 21:40:13+00	t	2023-03-12 12:45:30+00	web_form	\N	web	US	15	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
18	Gabriel	Roussel	gabrielroussel@outlook.fr	04 13	FR	48200	1991-02-28	2019-05-18 11:29:38+00	2022-05-10 13:20:39+00	2024-03-17 16:00:25+00	t	2025-05-14 12:01:33+00	web_form	\N	web	DE	18	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
21	Gabriel	Blanc	gabriel.blanc767@free.fr	+33 6 50 77 47 18	FR	25743	1981-03-25	2019-06-21 17:58:25+00	2019-07-25 06:45:42+00	2024-04-05 15:51:51+00	t	2026-03-17 01:22:13+00	double_opt_in	\N	web	DE	21	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
24	Maria	Kamińska	maria.k25@o2.pl	661 898 490	PL	95-884	1948-09-21	2019-07-28 15:18:07+00	2026-03-16 08:51:01+00	2026-09-02 16:46:59+00	f	2019-10-28 11:56:19+00	double_opt_in	2022-12-25 22:14:27+00	newsletter	DE	24	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
27	Sven	Johansson	svenjohansson2006@outlook.com	073-100 39 92	SE	857 07	2006-06-02	2019-08-31 04:14:45+00	2020-06-11 17:58:41+00	2024-07-08 09:04:52+00	f	2024-05-22 02:16:44+00	double_opt_in	2025-12-21 02:46:06+00	web	DE	27	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
30	Léonie	Morel	leonie.morel40@free.fr	03 46 65 29 42	FR	14393	1940-04-17	2019-10-06 15:49:59+00	2020-10-07 02:56:15+00	2024-03-27 20:10:22+00	t	2025-09-03 12:55:30+00	double_opt_in	\N	web	DE	30	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
33	Felix	Jung	jungf97@web.de	+49 157 37075266	DE	17621	1984-01-11	2019-11-09 09:25:53+00	2022-07-21 11:12:53+00	2024-10-13 01:07:25+00	t	2025-11-12 10:40:25+00	double_opt_in	\N	web	DE	33	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
36	Ute	Dietrich	utedietrich@gmx.de	0160/9756686	DE	37893	1942-12-29	2019-12-15 10:00:18+00	2021-09-28 13:24:05+00	2026-03-23 18:37:50+00	f	\N	\N	\N	newsletter	DE	36	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
39	Michael	Torres	michael.torres@yahoo.com	617-616-9254	US	96672-1266	1982-01-27	2020-01-18 03:57:44+00	2023-04-28 18:56:22+00	2021-08-25 17:58:41+00	f	\N	\N	\N	web	US	39	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
42	Сергей	Яковлев	sergey.yakovlev@inbox.ru	8 (846) 758-81-19	RU	391203	1981-07-27	2020-02-23 03:40:08+00	2021-04-01 11:52:53+00	2026-04-03 09:09:23+00	f	\N	\N	\N	web	RU	42	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
45	Hendrik	Mulder	hendrik.mulder@gmail.com	+31 6 13571515	NL	2837 NN	1961-10-11	2020-03-28 05:14:59+00	2021-02-15 19:10:22+00	2026-08-29 14:10:55+00	t	2025-03-17 05:17:33+00	newsletter_signup	\N	newsletter	DE	45	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
48	Gabriel	Roussel	gabrielroussel@outlook.fr	+33 4 13 81 62 66	FR	48200	1991-02-28	2020-05-02 04:05:37+00	2022-01-21 22:31:35+00	2025-11-08 00:04:35+00	f	\N	\N	\N	store	DE	48	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
51	Moritz	Ludwig	moritzludwig@t-online.de	0152 78162750	DE	42990	1949-06-01	2020-06-06 05:08:30+00	2022-03-29 03:20:30+00	2026-01-20 18:17:33+00	t	2025-07-14 22:30:49+00	double_opt_in	\N	web	DE	51	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
54	François	Lambert	francois_lambert@gmail.com	05 77 52 98 94	FR	34326	1945-03-07	2020-07-12 19:36:19+00	2024-09-14 02:13:32+00	2026-02-15 23:41:38+00	t	2025-10-05 06:44:40+00	double_opt_in	\N	web	DE	54	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
57	悠人	中島	y.nakajima@docomo.ne.jp	080-1880-4195	JP	712-6296	1959-11-16	2020-08-15 22:08:08+00	2023-06-14 08:07:47+00	2024-10-05 03:18:04+00	t	2025-08-03 08:13:56+00	double_opt_in	\N	web	SG	57	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
60	华	郑	huazheng@sohu.com	197 4681 2943	CN	118337	1992-06-27	2020-09-19 13:03:24+00	2022-05-09 19:47:46+00	2025-02-15 03:33:50+00	t	2024-08-19 13:06:36+00	web_form	\N	web	SG	60	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
63	Inès	Robert	ines_robert@orange.fr	+33 5 58 62 87 76	FR	80467	1975-02-25	2020-10-25 22:12:31+00	2025-11-15 17:04:20+00	2025-02-13 22:59:20+00	t	2026-10-04 12:11:52+00	newsletter_signup	\N	newsletter	DE	63	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
66	Anna	Zimmermann	anna.zimmermann789@t-online.de	0231/6550292	DE	60060	1942-06-27	2020-11-29 15:29:18+00	2024-11-10 22:34:28+00	2025-05-07 21:06:14+00	f	\N	\N	\N	store	DE	66	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
69	Rajesh	Malhotra	rajesh.m26@gmail.com	67172 01140	IN	718921	1957-09-28	2021-01-02 08:10:00+00	2025-04-04 01:46:26+00	2022-04-07 23:51:27+00	f	\N	\N	\N	callcentre	SG	69	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
72	Antoine	Bertrand	antoine_bertrand@laposte.net	02 37 51 13 35	FR	44087	1965-02-06	2021-02-06 10:48:11+00	2022-06-08 23:13:22+00	2025-09-06 14:10:13+00	f	2023-03-13 05:25:19+00	newsletter_signup	2025-05-04 07:27:09+00	newsletter	DE	72	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
75	Kartika	Utomo	kartika.utomo@outlook.com	+62 821-7549-676	ID	63263	1962-03-29	2021-03-14 00:34:36+00	2023-01-09 15:22:05+00	2024-10-19 00:15:09+00	t	2024-11-04 20:07:17+00	paper_form	\N	store	SG	75	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
78	Ian	Davies	ian.davies@yahoo.com.au	(03) 9016 8070	AU	2089	1987-12-05	2021-04-17 21:00:51+00	2024-03-18 05:25:20+00	2024-08-08 19:41:42+00	t	2026-06-30 18:34:27+00	web_form	\N	web	SG	78	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
81	Tim	Schwarz	schwarzt12@web.de	0162 2755764	DE	58099	2001-05-09	2021-05-23 10:14:20+00	2021-12-13 21:03:36+00	2026-06-23 12:37:37+00	f	\N	\N	\N	web	DE	81	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
84	Bas	van Beek	bas.vanbeek266@skynet.be	03 592 43 83	BE	3253	1945-02-17	2021-06-26 17:15:06+00	2026-07-28 00:39:11+00	2024-11-18 12:32:53+00	t	2026-02-27 23:15:23+00	paper_form	\N	store	DE	84	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
87	Tomasz	Kozłowski	tomasz.kozlowski@gmail.com	576 753 439	PL	84-821	1939-10-06	2021-08-01 08:38:22+00	2025-06-26 16:50:03+00	2026-03-05 16:39:35+00	f	2024-03-09 11:36:03+00	double_opt_in	2024-07-10 11:52:03+00	web	DE	87	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
90	Zoë	Harrison	z.harrison@gmail.com	07758 964471	GB	OX1 6ZH	1970-12-21	2021-09-05 21:22:15+00	2022-07-24 05:00:20+00	2024-12-19 01:51:57+00	f	2023-07-13 05:17:37+00	web_form	2026-06-26 16:45:18+00	web	DE	90	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
93	Sylvie	Benoît	s.benoit@gmail.com	04 18 90 54 06	FR	92439	1966-11-15	2021-10-10 04:56:08+00	2021-12-30 11:15:51+00	2026-08-23 19:45:26+00	f	\N	\N	\N	callcentre	DE	93	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
96	Lisa	Janssen	lisajanssen1957@gmail.com	070 321 6255	NL	2105 EW	1957-12-10	2021-11-15 12:24:12+00	2023-03-20 08:36:05+00	2026-03-17 17:51:50+00	t	2026-03-06 22:47:58+00	double_opt_in	\N	web	DE	96	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
99	William	Hughes	william.hughes@hotmail.co.uk	0114 204 8541	GB	EC1A 2DU	1959-07-15	2021-12-19 21:59:56+00	2025-08-12 21:14:18+00	2024-05-01 03:17:03+00	f	\N	\N	\N	web	DE	99	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
102	Katie	Lloyd	katielloyd@gmail.com	07431 701623	GB	M1 3NJ	2000-07-03	2022-01-24 04:49:29+00	2022-02-12 00:53:26+00	2026-10-24 03:04:15+00	f	\N	\N	\N	web	DE	102	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
105	Ana	Barbosa Ramos	anabarbosa2008@hotmail.com	+351 214 254 443	PT	6941-514	2008-07-14	2022-02-28 02:18:11+00	2024-03-17 21:41:03+00	2025-12-02 02:30:00+00	f	2022-09-12 14:29:33+00	checkout	2024-07-12 22:39:54+00	web	DE	105	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
108	Willow	Murray	willow.murray@hotmail.co.uk	+44 7857 756900	GB	RG1 7DW	2002-12-20	2022-04-03 17:43:32+00	2026-08-26 03:57:55+00	2025-08-21 00:48:06+00	f	\N	\N	\N	newsletter	DE	108	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
111	Sophie	Friedrich	sophie.friedrich@hotmail.de	0175 7115610	DE	16726	1945-12-18	2022-05-09 04:17:49+00	2026-04-07 03:46:19+00	2025-10-07 20:17:37+00	t	2025-07-20 19:58:13+00	phone_call	\N	callcentre	DE	111	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
114	Noemi	Vitale	noemi.vitale82@gmail.com	330 106 5092	IT	44488	1982-04-30	2022-06-12 22:35:43+00	2023-10-10 10:05:13+00	2024-07-22 22:03:41+00	t	2025-07-01 10:33:06+00	checkout	\N	web	DE	114	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
117	Emily	Wright	emily.wright@yahoo.com	240-651-9875	US	33571-1561	1990-04-04	2022-07-16 23:52:40+00	2022-12-04 21:48:05+00	2026-01-13 09:04:32+00	t	2025-01-24 03:00:23+00	double_opt_in	\N	web	US	117	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
120	Cynthia	Clark	cynthia.clark@att.net	+1 480-252-6454	US	56828	1985-06-14	2022-08-21 09:43:27+00	2025-04-08 12:43:35+00	2023-07-30 19:59:56+00	t	2024-01-03 05:58:43+00	paper_form	\N	store	US	120	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
123	Sylvie	Bernard	sylviebernard1937@gmail.com	02 51 35 81 03	FR	18685	1937-07-02	2022-09-26 08:08:02+00	2024-10-14 18:14:42+00	2024-05-27 08:42:54+00	t	2025-11-14 09:27:24+00	double_opt_in	\N	web	DE	123	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
126	Fletcher	Isaac	isaac.fletcher222@hotmail.co.uk	+44 7847 243390	GB	BS1 1ZG	1991-04-09	2022-10-30 15:08:59+00	2025-09-06 02:10:37+00	2025-03-04 12:34:21+00	f	2024-09-22 20:31:44+00	paper_form	2026-01-19 13:42:04+00	store	DE	126	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
129	Maria	Mancini	maria.mancini@libero.it	+39 011 3916 125	IT	81888	1967-09-18	2022-12-05 01:57:11+00	2026-04-13 15:34:24+00	2024-08-24 16:23:26+00	t	2026-06-09 00:49:47+00	double_opt_in	\N	web	DE	129	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
132	Laura	Bennett	laura.bennett418@gmail.com	+44 20 8816 8719	GB	BS1 5AZ	1974-01-09	2023-01-08 06:48:07+00	2024-03-19 06:14:38+00	2024-10-17 00:34:25+00	f	\N	\N	\N	web	DE	132	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
135	Tim	Schäfer	x@example.com	+49 221 9152904	DE	06672	2001-11-21	2023-02-12 17:02:06+00	2023-12-25 12:10:23+00	2025-09-09 01:20:47+00	f	\N	\N	\N	web	DE	135	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
138	Наталья	Воробьёва	vorobevan63@yandex.ru	+7 903 562-09-64	RU	442014	2001-11-09	2023-03-19 15:42:55+00	2025-08-12 13:27:48+00	2024-07-17 21:13:29+00	t	2026-08-15 16:52:23+00	phone_call	\N	callcentre	RU	138	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
141	Tobias	Graf	tobias_graf@hotmail.de	030 94627743	DE	09777	1984-02-21	2023-04-23 16:35:46+00	2025-09-13 12:34:35+00	2024-07-05 05:37:39+00	t	2025-03-10 23:29:33+00	newsletter_signup	\N	newsletter	DE	141	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
144	Loïc	Simon	loicsimon@hotmail.com	04 300 44 95	BE	1147	1961-10-28	2023-05-29 19:23:03+00	2024-11-03 15:04:49+00	2025-10-01 18:10:18+00	f	\N	\N	\N	callcentre	DE	144	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
147	Donna	Flores	d.flores@yahoo.com	(919) 245-8348	US	75319	1943-07-06	2023-07-04 04:41:47+00	2023-08-15 21:06:00+00	2024-08-02 13:40:43+00	t	2026-09-04 19:51:31+00	double_opt_in	\N	web	US	147	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
150	Sofia	Gentile	gentiles38@hotmail.it	377 523 1972	IT	65835	1948-07-19	2023-08-07 02:35:27+00	2024-10-08 19:53:56+00	2026-08-10 11:45:21+00	f	\N	\N	\N	web	DE	150	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
153	Gustavo	Brandão Cardoso	gustavobrandao@uol.com.br	+55 11 98418-2730	BR	22386-093	1958-02-19	2023-09-11 08:40:02+00	2026-03-19 02:14:34+00	2025-01-29 17:10:53+00	f	\N	\N	\N	store	US	153	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
156	Steven	Martin	stevenmartin@yahoo.com	415-788-5162	US	20467	1995-01-30	2023-10-16 08:32:18+00	2026-10-02 00:02:18+00	2026-01-24 11:28:59+00	f	2025-04-30 14:17:38+00	double_opt_in	2025-06-04 01:25:32+00	web	US	156	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
159	Julien	 \t 	julien.durand66@orange.fr	05 66 36 37 85	FR	42067	1966-03-25	2023-11-20 09:49:03+00	2025-11-13 20:13:18+00	2026-01-18 17:42:05+00	f	2024-11-09 21:34:43+00	newsletter_signup	2025-02-20 03:12:49+00	newsletter	DE	159	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
162	敏	宋	min.song@163.com	0755 4094 7301	CN	731014	1993-11-04	2023-12-25 23:16:47+00	2026-02-26 16:08:46+00	2024-07-01 19:45:06+00	f	2025-07-08 04:53:01+00	web_form	2025-08-13 06:15:51+00	web	SG	162	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
165	Donna	Washington	donna.washington538@hotmail.com	+1 816-526-9137	US	22014	1900-01-01	2024-01-28 17:30:47+00	2026-10-21 15:03:54+00	2024-07-24 06:57:22+00	f	2025-07-07 17:51:49+00	paper_form	2026-07-05 04:38:56+00	store	US	165	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
168	Sylvie	Caron	caron.sylvie@laposte.net	03 10 14 81 81	FR	13963	1981-03-13	2024-03-04 21:05:01+00	2024-07-17 05:49:31+00	2026-04-09 02:26:53+00	t	2025-08-15 15:05:13+00	double_opt_in	\N	newsletter	DE	168	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
171	Sandrine	Le Gall	sandrine.legall@sfr.fr	05 32 05 33 30	FR	35119	1975-08-06	2024-04-08 01:54:27+00	2024-09-23 16:47:31+00	2024-04-18 06:33:05+00	f	\N	\N	\N	web	DE	171	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
174	Noah	Wood	noah.wood@virginmedia.com	+44 7758 056927	GB	CR2 5NL	2000-01-26	2024-05-13 20:31:18+00	2026-06-28 00:55:31+00	2026-09-23 04:33:24+00	t	2026-09-21 12:39:21+00	checkout	\N	web	DE	174	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
177	Juliette	Benoît	juliettebenoit@sfr.fr	+33 6 71 27 56 39	FR	21266	1992-01-08	2024-06-17 03:29:59+00	2025-06-04 05:01:39+00	2025-06-16 21:44:59+00	t	2026-01-13 11:34:24+00	double_opt_in	\N	web	DE	177	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
180	Benoît	Lefèvre	benoit.l56@orange.fr	01 26 92 63 24	FR	69229	1973-05-18	2024-07-21 21:40:02+00	2024-10-08 07:03:39+00	2025-11-21 16:35:57+00	t	2026-04-11 00:26:17+00	double_opt_in	\N	newsletter	DE	180	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
183	Jorge	Méndez López	jorge.mendez80@hotmail.com	932 218 804	ES	25712	1980-11-28	2024-08-25 23:58:49+00	2025-08-17 03:14:03+00	2026-09-04 06:32:35+00	f	2024-10-23 13:12:19+00	checkout	2026-02-05 19:13:13+00	web	DE	183	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
186	娟	周	juan.zhou@aliyun.com	+86 21 3744 3415	CN	368216	1975-01-01	2024-09-30 04:29:45+00	2024-10-08 02:55:26+00	2026-05-04 18:36:08+00	f	2026-02-19 20:52:50+00	paper_form	2026-09-23 11:56:31+00	store	SG	186	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
189	Tim	Becker	tim.becker03@outlook.de	0351-8221593	DE	63621	2003-11-15	2024-11-04 08:07:43+00	2026-08-20 02:09:47+00	2026-04-21 12:23:16+00	t	2026-08-05 00:20:02+00	double_opt_in	\N	web	DE	189	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
192	Preeti	Reddy	preetireddy2007@gmail.com	069549 51079	IN	217043	2007-01-20	2024-12-10 16:48:33+00	2025-09-29 06:49:18+00	2026-01-30 08:07:03+00	t	2025-06-19 05:33:18+00	newsletter_signup	\N	newsletter	SG	192	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
195	Sophia	Wilson	s.wilson@virginmedia.com	+44 7536 391915	GB	YO1 5AW	1958-04-24	2025-01-14 19:25:52+00	2026-03-03 13:10:27+00	2026-09-09 17:37:51+00	t	2025-10-25 05:19:57+00	checkout	\N	web	DE	195	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
198	Begoña	Cano	begona.cano@gmail.com	602 179 453	ES	33112	1938-07-04	2025-02-17 08:18:03+00	2026-03-03 02:15:20+00	2026-04-11 09:35:38+00	f	\N	\N	\N	callcentre	DE	198	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
201	Henry	Anderson	henry.anderson@hotmail.com	(03) 8922 0829	AU	7763	1989-11-17	2025-03-25 14:01:33+00	2026-02-24 05:15:49+00	2026-09-07 16:20:26+00	f	\N	\N	\N	callcentre	SG	201	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
204	Lisa	Janssen	Lisajanssen1957@Gmail.com	070 321 6255	NL	2105 EW	1957-12-10	2025-04-29 17:49:36+00	2025-08-10 01:17:56+00	2026-01-29 22:50:37+00	t	2025-07-28 20:55:31+00	in_store_tablet	\N	store	DE	204	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
207	Arthur	Mitchell	arthur_mitchell@btinternet.com	0117 360 3002	GB	G1 9BA	1940-06-22	2025-06-02 07:52:19+00	2026-02-19 12:29:09+00	2025-08-02 09:06:05+00	f	2026-02-04 19:06:03+00	double_opt_in	2026-10-29 21:04:28+00	web	DE	207	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
210	愛	渡辺	watanabea24@docomo.ne.jp	080-6044-4126	JP	016-0580	1997-12-30	2025-07-08 13:43:52+00	2026-07-07 04:12:51+00	2025-11-01 19:02:46+00	f	\N	\N	\N	newsletter	SG	210	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
213	Ana	Smith	ana.smith92@yahoo.com	305-749-9938	US	23026	1992-09-21	2025-08-11 11:54:31+00	2025-10-20 00:44:23+00	2025-09-11 22:55:31+00	f	2026-05-26 00:41:19+00	newsletter_signup	2026-08-13 21:07:19+00	newsletter	US	213	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
216	Martina	Villa	martina_villa@gmail.com	+39 342 697 7415	IT	52213	1992-09-25	2025-09-15 14:14:02+00	2026-07-02 02:12:23+00	2026-08-02 21:55:38+00	f	\N	\N	\N	web	DE	216	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
219	Shreya	Menon	shreya.menon@gmail.com	89220 85273	IN	773594	1938-09-10	2025-10-21 15:56:19+00	2026-08-07 16:47:12+00	2026-03-11 06:47:05+00	t	2026-09-25 12:19:13+00	paper_form	\N	store	SG	219	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
222	Екатерина	Полякова	ekaterina.polyakova@ya.ru	8 921 101-09-09	RU	356227	1977-01-26	2025-11-25 23:08:37+00	2026-07-22 15:52:27+00	2026-05-20 11:00:07+00	f	\N	\N	\N	web	RU	222	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
225	Luigi	Vitale	luigivitale@libero.it	081 6550 326	IT	56105	1964-05-27	2025-12-30 13:06:22+00	2026-09-10 02:51:07+00	2026-06-21 15:25:02+00	f	\N	\N	\N	web	DE	225	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
228	Laura	Clark	lauraclark@verizon.net	(480) 864-2477	US	22499	1994-08-05	2026-02-03 14:01:56+00	2026-06-19 03:15:53+00	2026-02-10 18:28:43+00	f	2026-07-19 09:21:57+00	paper_form	2026-08-10 07:55:55+00	store	US	228	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
231	Kazimierz	Nowak	kazimierz.nowak@wp.pl	+48 61 584 11 42	PL	78-306	1941-11-15	2026-03-09 18:43:05+00	2026-07-23 02:17:15+00	2026-08-09 21:39:56+00	t	2026-07-01 03:37:59+00	web_form	\N	web	DE	231	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
234	Marcin	Majewski	m.majewski@wp.pl	42 111 95 57	PL	63-843	1946-07-25	2026-04-14 06:07:48+00	2026-06-13 12:34:38+00	2026-09-04 07:50:11+00	f	\N	\N	\N	newsletter	DE	234	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
237	Olivier	Brunet	o.brunet@skynet.be	+32 3 671 03 41	BE	9310	1978-10-23	2026-05-18 18:50:50+00	2026-09-14 18:30:54+00	2026-05-21 23:58:12+00	t	2026-06-08 20:02:45+00	checkout	\N	web	DE	237	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
240	Ingrid	van Dijk	ingrid.vandijk809@proximus.be	+32 2 817 54 54	BE	6541	1994-01-25	2026-06-24 11:34:14+00	2026-09-24 21:41:37+00	2026-07-06 21:54:51+00	f	\N	\N	\N	store	DE	240	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
243	Giulia	Rossi	giulia.rossi@gmaill.com	055 1003 844	IT	22431	1900-01-01	2026-07-29 06:08:21+00	2026-08-21 13:54:23+00	2026-08-25 10:08:18+00	t	2026-10-31 00:00:31+00	double_opt_in	\N	web	DE	243	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
246	Isla	Edwards	i.edwards@eircom.net	01 472 2760	IE	X91 P237	2007-06-15	2026-09-02 04:28:10+00	2026-09-25 19:37:04+00	2026-10-10 19:14:45+00	f	\N	\N	\N	newsletter	DE	246	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
249	Lisa	Jäger	lisa_jaeger@t-online.de.	+49 511 7344553	DE	32763	1939-02-01	2026-10-07 11:12:31+00	2026-10-23 08:51:13+00	2026-10-27 02:25:47+00	t	2026-10-13 00:31:10+00	newsletter_signup	\N	newsletter	DE	249	{a,"b c",NULL}	\\x00ff	12.500	{"k": [1, 2.50], "n": null}	active
90001	Jonathan	Smithers	jonathan.smithers@example.org	+49 151 12345678	DE	10115	1980-04-02	2019-01-01 00:00:00+00	2020-01-01 00:00:00+00	2026-06-01 00:00:00+00	\N	\N	\N	\N	web	\N	251	\N	\N	\N	\N	active
90002	Jonathan	Smithers	jonathan.smithers@example.org	+49 151 12345678	DE	10115	1980-04-02	2022-01-01 00:00:00+00	2022-02-01 00:00:00+00	2026-03-01 00:00:00+00	\N	\N	\N	\N	store	\N	252	\N	\N	\N	\N	active
90011	Zoë	Ana	zoe@Example.DE	030 1234567	DE	10115	1970-01-01	2010-01-01 00:00:00+00	2010-01-01 00:00:00+00	2026-10-01 00:00:00+00	\N	\N	\N	\N	web	\N	253	\N	\N	\N	\N	active
90021	Österreicher	Alt	alt@example.at	+43 1 234567	AT	1010	1960-01-01	2010-01-01 00:00:00+00	2010-01-01 00:00:00+00	2015-01-01 00:00:00+00	\N	\N	\N	\N	store	\N	254	\N	\N	\N	\N	active
\.


--
-- Data for Name: orig_orders; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.orig_orders (order_id, customer_id, amount, note) FROM stdin;
1	15	9.99	stale
2	29	9.99	stale
3	31	9.99	stale
4	39	9.99	stale
5	69	9.99	stale
6	90002	20.50	\N
7	90031	1.00	moves along
8	90031	2.00	\N
\.


--
-- Data for Name: audit; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.audit (id, at, run_id, actor, action, rule, rule_source, record_key, before_image, after_image, detail, table_name, prev_hash, hash) FROM stdin;
1	2026-12-07 23:25:23.412736+00	1	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/flag.conf:16	90021	{"seq": 254, "blob": null, "tags": null, "email": "alt@example.at", "extra": null, "phone": "+43 1 234567", "score": null, "status": "active", "channel": "store", "country": "AT", "postcode": "1010", "birth_date": "1960-01-01", "consent_at": null, "created_at": "2010-01-01T00:00:00+00:00", "given_name": "Österreicher", "updated_at": "2010-01-01T00:00:00+00:00", "customer_id": 90021, "family_name": "Alt", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2015-01-01T00:00:00+00:00", "marketing_opt_in": null}	\N	flagged; entry quarantine #1	public.customers	\N	\\x029a46e7a377aef9555a450fde962c6b669b40c8812c5365059a24061c36024f
2	2026-12-07 23:25:23.571128+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	100	{"seq": 100, "blob": null, "tags": null, "email": "markusvoigt1959@outlook.de", "extra": null, "phone": "0341/1488705", "score": null, "status": "active", "channel": "store", "country": "DE", "postcode": "51708", "birth_date": "1959-01-04", "consent_at": "2022-11-19T13:24:12+00:00", "created_at": "2021-12-31T19:33:46+00:00", "given_name": "Markus", "updated_at": "2025-09-06T17:58:22+00:00", "customer_id": 100, "family_name": "Voigt", "opted_out_at": "2026-09-17T21:10:04+00:00", "consent_source": "in_store_tablet", "storage_region": "DE", "last_activity_at": "2024-03-19T16:35:25+00:00", "marketing_opt_in": false}	\N	moved to quarantine #2, with the rows of quarantine { cascade } tables	public.customers	\\x029a46e7a377aef9555a450fde962c6b669b40c8812c5365059a24061c36024f	\\xf289177a433f6951329e746523fa7d22b4f4e7abb280f61d11551064db4ac2e4
3	2026-12-07 23:25:23.5745+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	11	{"seq": 11, "blob": null, "tags": null, "email": "sophie.koehler@gmx.de", "extra": null, "phone": "0171-1229507", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "78656", "birth_date": "2004-12-15", "consent_at": "2026-05-26T00:55:04+00:00", "created_at": "2019-02-25T20:43:39+00:00", "given_name": "Sophie", "updated_at": "2023-06-16T13:41:48+00:00", "customer_id": 11, "family_name": "Köhelr", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2024-10-10T11:51:49+00:00", "marketing_opt_in": true}	\N	moved to quarantine #3, with the rows of quarantine { cascade } tables	public.customers	\\xf289177a433f6951329e746523fa7d22b4f4e7abb280f61d11551064db4ac2e4	\\x8e1153d11e8d02af3d0ee3380f073fb22b322f1e431ac09a4dbb6c7e3fd30431
4	2026-12-07 23:25:23.575463+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	128	{"seq": 128, "blob": null, "tags": null, "email": "katharina_schaefer@hotmail.de", "extra": null, "phone": "040-45599343", "score": null, "status": "active", "channel": "store", "country": "DE", "postcode": "45518", "birth_date": "1983-02-04", "consent_at": null, "created_at": "2022-11-23T02:56:27+00:00", "given_name": "Katharina", "updated_at": "2025-11-18T22:43:23+00:00", "customer_id": 128, "family_name": "Schäfer", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2024-07-03T21:07:57+00:00", "marketing_opt_in": false}	\N	moved to quarantine #4, with the rows of quarantine { cascade } tables	public.customers	\\x8e1153d11e8d02af3d0ee3380f073fb22b322f1e431ac09a4dbb6c7e3fd30431	\\xafcaf7b68ab9014ebc4eb031166f2d55f9ebd8b44331f36e36e8c3696436e978
5	2026-12-07 23:25:23.576243+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	139	{"seq": 139, "blob": null, "tags": null, "email": "gisela.koch@gmail.com", "extra": null, "phone": "089/58192084", "score": null, "status": "active", "channel": "store", "country": "DE", "postcode": "20627", "birth_date": "1973-01-24", "consent_at": null, "created_at": "2023-04-01T12:35:24+00:00", "given_name": "Gisela", "updated_at": "2023-09-14T23:26:00+00:00", "customer_id": 139, "family_name": "Koch", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2024-10-01T21:13:31+00:00", "marketing_opt_in": false}	\N	moved to quarantine #5, with the rows of quarantine { cascade } tables	public.customers	\\xafcaf7b68ab9014ebc4eb031166f2d55f9ebd8b44331f36e36e8c3696436e978	\\x3eb342816cdea1f3395badc54f4eefdbbb10dbbcee2c7a3557bc69946f4bc90d
6	2026-12-07 23:25:23.576969+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	14	{"seq": 14, "blob": null, "tags": null, "email": "kellerc97@icloud.com", "extra": null, "phone": "+49 170 1356293", "score": null, "status": "active", "channel": "newsletter", "country": "DE", "postcode": "13884", "birth_date": "2004-02-11", "consent_at": "2026-09-05T13:57:39+00:00", "created_at": "2019-03-31T21:05:43+00:00", "given_name": "Charlotte", "updated_at": "2025-06-17T08:51:08+00:00", "customer_id": 14, "family_name": "Keller", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2024-10-20T14:36:58+00:00", "marketing_opt_in": true}	\N	moved to quarantine #6, with the rows of quarantine { cascade } tables	public.customers	\\x3eb342816cdea1f3395badc54f4eefdbbb10dbbcee2c7a3557bc69946f4bc90d	\\x39e69582772179eb6e70382e9c25bf068c5f9a17544cba3e2cd9d03c40c54a38
7	2026-12-07 23:25:23.580093+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	141	{"seq": 141, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "tobias_graf@hotmail.de", "extra": {"k": [1, 2.50], "n": null}, "phone": "030 94627743", "score": 12.500, "status": "active", "channel": "newsletter", "country": "DE", "postcode": "09777", "birth_date": "1984-02-21", "consent_at": "2025-03-10T23:29:33+00:00", "created_at": "2023-04-23T16:35:46+00:00", "given_name": "Tobias", "updated_at": "2025-09-13T12:34:35+00:00", "customer_id": 141, "family_name": "Graf", "opted_out_at": null, "consent_source": "newsletter_signup", "storage_region": "DE", "last_activity_at": "2024-07-05T05:37:39+00:00", "marketing_opt_in": true}	\N	moved to quarantine #7, with the rows of quarantine { cascade } tables	public.customers	\\x39e69582772179eb6e70382e9c25bf068c5f9a17544cba3e2cd9d03c40c54a38	\\xb3bf6f14bbcc12e5ad58539b363b09154c33be0338f300ae5bf220a49c25067e
8	2026-12-07 23:25:23.582819+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	26	{"seq": 26, "blob": null, "tags": null, "email": "lealange1990@gmail.com", "extra": null, "phone": "0351/4724952", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "34526", "birth_date": "1990-02-28", "consent_at": "2023-12-25T11:42:53+00:00", "created_at": "2019-08-19T21:35:54+00:00", "given_name": "Lea", "updated_at": "2026-08-08T00:12:58+00:00", "customer_id": 26, "family_name": "Lange", "opted_out_at": "2024-10-02T18:13:47+00:00", "consent_source": "web_form", "storage_region": "DE", "last_activity_at": "2024-06-09T20:58:16+00:00", "marketing_opt_in": false}	\N	moved to quarantine #8, with the rows of quarantine { cascade } tables	public.customers	\\xb3bf6f14bbcc12e5ad58539b363b09154c33be0338f300ae5bf220a49c25067e	\\xa769d3571ec62d1fa9f7de2e0dfa1649d2d30f640ee6f26709b1ae885a866ffc
9	2026-12-07 23:25:23.587565+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	3	{"seq": 3, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "lenakraus1953@gmail.com", "extra": {"k": [1, 2.50], "n": null}, "phone": "0162/6349328", "score": 12.500, "status": "active", "channel": "web", "country": "DE", "postcode": "84166", "birth_date": "1953-10-06", "consent_at": "2024-05-31T03:59:43+00:00", "created_at": "2018-11-23T14:18:26+00:00", "given_name": "Lena", "updated_at": "2024-03-02T05:47:54+00:00", "customer_id": 3, "family_name": "Kraus", "opted_out_at": "2025-02-06T16:50:13+00:00", "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2024-04-05T16:03:58+00:00", "marketing_opt_in": false}	\N	moved to quarantine #9, with the rows of quarantine { cascade } tables	public.customers	\\xa769d3571ec62d1fa9f7de2e0dfa1649d2d30f640ee6f26709b1ae885a866ffc	\\x0f88f969849e0a8d5c336e7efcba562311ab1d494522fa7bc1ed9550ebb60e63
10	2026-12-07 23:25:23.588381+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	33	{"seq": 33, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "jungf97@web.de", "extra": {"k": [1, 2.50], "n": null}, "phone": "+49 157 37075266", "score": 12.500, "status": "active", "channel": "web", "country": "DE", "postcode": "17621", "birth_date": "1984-01-11", "consent_at": "2025-11-12T10:40:25+00:00", "created_at": "2019-11-09T09:25:53+00:00", "given_name": "Felix", "updated_at": "2022-07-21T11:12:53+00:00", "customer_id": 33, "family_name": "Jung", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2024-10-13T01:07:25+00:00", "marketing_opt_in": true}	\N	moved to quarantine #10, with the rows of quarantine { cascade } tables	public.customers	\\x0f88f969849e0a8d5c336e7efcba562311ab1d494522fa7bc1ed9550ebb60e63	\\x885fee4b74eb992a299ed8b76b8cd533a0e2754b9464cef71d8bee145c903844
11	2026-12-07 23:25:23.592547+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	52	{"seq": 52, "blob": null, "tags": null, "email": "susanne_heinrich@t-online.de", "extra": null, "phone": "+49 177 18180058", "score": null, "status": "active", "channel": "store", "country": "DE", "postcode": "01195", "birth_date": "1983-10-21", "consent_at": null, "created_at": "2020-06-18T16:29:57+00:00", "given_name": "Susanne", "updated_at": "2026-09-10T12:12:32+00:00", "customer_id": 52, "family_name": "Heinrich", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2024-02-09T08:40:48+00:00", "marketing_opt_in": false}	\N	moved to quarantine #11, with the rows of quarantine { cascade } tables	public.customers	\\x885fee4b74eb992a299ed8b76b8cd533a0e2754b9464cef71d8bee145c903844	\\x48ad684da3f53a7a6b555778c53d1f9822dcb3ed413bf540db4ed48280e10b7b
12	2026-12-07 23:25:23.595236+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	59	{"seq": 59, "blob": null, "tags": null, "email": "michael.meyer@web.de", "extra": null, "phone": "+49 172 7284274", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "23270", "birth_date": "1989-01-04", "consent_at": null, "created_at": "2020-09-08T19:24:33+00:00", "given_name": "Michael", "updated_at": "2023-12-05T16:03:28+00:00", "customer_id": 59, "family_name": "Meyer", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2024-09-10T21:54:59+00:00", "marketing_opt_in": false}	\N	moved to quarantine #12, with the rows of quarantine { cascade } tables	public.customers	\\x48ad684da3f53a7a6b555778c53d1f9822dcb3ed413bf540db4ed48280e10b7b	\\x5136a4cc6fe4a54d09b514c48b11e8ae8a0cc2d30abbe49bee8fcc7e8a04cf79
13	2026-12-07 23:25:23.599973+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	6	{"seq": 6, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "sophie.koehler@gmx.de", "extra": {"k": [1, 2.50], "n": null}, "phone": "0171-1229507", "score": 12.500, "status": "active", "channel": "newsletter", "country": "DE", "postcode": "15763", "birth_date": "2004-12-15", "consent_at": "2021-07-19T22:49:19+00:00", "created_at": "2018-12-28T14:34:12+00:00", "given_name": "Sophie", "updated_at": "2021-11-05T17:08:32+00:00", "customer_id": 6, "family_name": "Köhler", "opted_out_at": "2022-01-01T17:06:02+00:00", "consent_source": "newsletter_signup", "storage_region": "DE", "last_activity_at": "2024-06-06T20:12:48+00:00", "marketing_opt_in": false}	\N	moved to quarantine #13, with the rows of quarantine { cascade } tables	public.customers	\\x5136a4cc6fe4a54d09b514c48b11e8ae8a0cc2d30abbe49bee8fcc7e8a04cf79	\\x0b6d1706c24e3c76aeab95086c508172afc0eeaa2060228e18889a9326d0427d
14	2026-12-07 23:25:23.600824+00	2	root	quarantine	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	90031	{"seq": 255, "blob": null, "tags": null, "email": "dora@example.de", "extra": null, "phone": "+49 30 7654321", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "10117", "birth_date": "1961-01-01", "consent_at": null, "created_at": "2011-01-01T00:00:00+00:00", "given_name": "Dora", "updated_at": "2011-01-01T00:00:00+00:00", "customer_id": 90031, "family_name": "Alt", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2016-01-01T00:00:00+00:00", "marketing_opt_in": null}	\N	moved to quarantine #14, with the rows of quarantine { cascade } tables	public.customers	\\x0b6d1706c24e3c76aeab95086c508172afc0eeaa2060228e18889a9326d0427d	\\x46316a88e06c4c4e6c88f9b8026bc0e67934cf2e4e262b1b9f250bc694a07b81
15	2026-12-07 23:25:24.051696+00	3	root	normalize	email_norm	/tmp/steward-test.BQVklP/j.rules:1	204	{"seq": 204, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "Lisajanssen1957@Gmail.com", "extra": {"k": [1, 2.50], "n": null}, "phone": "070 321 6255", "score": 12.500, "status": "active", "channel": "store", "country": "NL", "postcode": "2105 EW", "birth_date": "1957-12-10", "consent_at": "2025-07-28T20:55:31+00:00", "created_at": "2025-04-29T17:49:36+00:00", "given_name": "Lisa", "updated_at": "2025-08-10T01:17:56+00:00", "customer_id": 204, "family_name": "Janssen", "opted_out_at": null, "consent_source": "in_store_tablet", "storage_region": "DE", "last_activity_at": "2026-01-29T22:50:37+00:00", "marketing_opt_in": true}	{"seq": 204, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "Lisajanssen1957@gmail.com", "extra": {"k": [1, 2.50], "n": null}, "phone": "070 321 6255", "score": 12.500, "status": "active", "channel": "store", "country": "NL", "postcode": "2105 EW", "birth_date": "1957-12-10", "consent_at": "2025-07-28T20:55:31+00:00", "created_at": "2025-04-29T17:49:36+00:00", "given_name": "Lisa", "updated_at": "2025-08-10T01:17:56+00:00", "customer_id": 204, "family_name": "Janssen", "opted_out_at": null, "consent_source": "in_store_tablet", "storage_region": "DE", "last_activity_at": "2026-01-29T22:50:37+00:00", "marketing_opt_in": true}	normalized email (rewrite #1)	public.customers	\\x46316a88e06c4c4e6c88f9b8026bc0e67934cf2e4e262b1b9f250bc694a07b81	\\xf1bf7c2829197389dfb4c23ce1438dfb7a3be5aaa035142fba92ac176f41c8ca
16	2026-12-07 23:25:24.053836+00	3	root	normalize	email_norm	/tmp/steward-test.BQVklP/j.rules:1	90011	{"seq": 253, "blob": null, "tags": null, "email": "zoe@Example.DE", "extra": null, "phone": "030 1234567", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "10115", "birth_date": "1970-01-01", "consent_at": null, "created_at": "2010-01-01T00:00:00+00:00", "given_name": "Zoë", "updated_at": "2010-01-01T00:00:00+00:00", "customer_id": 90011, "family_name": "Ana", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2026-10-01T00:00:00+00:00", "marketing_opt_in": null}	{"seq": 253, "blob": null, "tags": null, "email": "zoe@example.de", "extra": null, "phone": "030 1234567", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "10115", "birth_date": "1970-01-01", "consent_at": null, "created_at": "2010-01-01T00:00:00+00:00", "given_name": "Zoë", "updated_at": "2010-01-01T00:00:00+00:00", "customer_id": 90011, "family_name": "Ana", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2026-10-01T00:00:00+00:00", "marketing_opt_in": null}	normalized email (rewrite #2)	public.customers	\\xf1bf7c2829197389dfb4c23ce1438dfb7a3be5aaa035142fba92ac176f41c8ca	\\x31bb478aa751e1a39ccaa48339450289be97a7f52e116bdd3b2fb50c75860903
17	2026-12-07 23:25:24.067166+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	47	{"rows": [{"a": "(47,François,Gauthier,francoisgauthier@orange.fr,\\"03 18 89 35 24\\",FR,68006,1950-04-03,\\"2020-04-21 09:09:51+00\\",\\"2023-05-05 20:42:01+00\\",\\"2026-08-14 10:57:33+00\\",f,,,,store,DE,47,,,,,active)", "b": "(47,François,Gauthier,francoisgauthier@orange.fr,\\"03 18 89 35 24\\",FR,68006,1950-04-03,\\"2020-04-21 09:09:51+00\\",\\"2023-05-05 20:42:01+00\\",\\"2026-02-15 18:07:07+00\\",f,,,,store,DE,47,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "47"}, {"a": null, "b": "(119,Gauthier,François,francoisgauthier@orange.fr,\\"+33 3 18 89 35 24\\",FR,68006,1950-04-03,\\"2022-08-10 18:04:34+00\\",\\"2025-09-22 06:41:18+00\\",\\"2026-08-14 10:57:33+00\\",t,\\"2024-12-23 06:31:40+00\\",double_opt_in,,web,DE,119,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "119"}], "merge": 1, "records": [{"seq": 47, "blob": null, "tags": null, "email": "francoisgauthier@orange.fr", "extra": null, "phone": "03 18 89 35 24", "score": null, "status": "active", "channel": "store", "country": "FR", "postcode": "68006", "birth_date": "1950-04-03", "consent_at": null, "created_at": "2020-04-21T09:09:51+00:00", "given_name": "François", "updated_at": "2023-05-05T20:42:01+00:00", "customer_id": 47, "family_name": "Gauthier", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2026-02-15T18:07:07+00:00", "marketing_opt_in": false}, {"seq": 119, "blob": null, "tags": null, "email": "francoisgauthier@orange.fr", "extra": null, "phone": "+33 3 18 89 35 24", "score": null, "status": "active", "channel": "web", "country": "FR", "postcode": "68006", "birth_date": "1950-04-03", "consent_at": "2024-12-23T06:31:40+00:00", "created_at": "2022-08-10T18:04:34+00:00", "given_name": "Gauthier", "updated_at": "2025-09-22T06:41:18+00:00", "customer_id": 119, "family_name": "François", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2026-08-14T10:57:33+00:00", "marketing_opt_in": true}]}	{"seq": 47, "blob": null, "tags": null, "email": "francoisgauthier@orange.fr", "extra": null, "phone": "03 18 89 35 24", "score": null, "status": "active", "channel": "store", "country": "FR", "postcode": "68006", "birth_date": "1950-04-03", "consent_at": null, "created_at": "2020-04-21T09:09:51+00:00", "given_name": "François", "updated_at": "2023-05-05T20:42:01+00:00", "customer_id": 47, "family_name": "Gauthier", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2026-08-14T10:57:33+00:00", "marketing_opt_in": false}	merged 1 record into 47 (merge #1); losers deleted; 0 referencing rows re-pointed	public.customers	\\x31bb478aa751e1a39ccaa48339450289be97a7f52e116bdd3b2fb50c75860903	\\x025696e20c3c6accbcd72ab614700bb04d7c89b85499732c50f9449b774538fe
18	2026-12-07 23:25:24.068734+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	94	{"rows": [{"a": "(94,Isaac,Fletcher,isaac.fletcher222@hotmail.co.uk,\\"+44 7847 243390\\",GB,\\"BS1 1ZG\\",1991-04-09,\\"2021-10-23 00:54:20+00\\",\\"2024-06-28 10:47:37+00\\",\\"2025-03-04 12:34:21+00\\",t,\\"2025-01-17 16:22:00+00\\",phone_call,,callcentre,DE,94,,,,,active)", "b": "(94,Isaac,Fletcher,isaac.fletcher222@hotmail.co.uk,\\"+44 7847 243390\\",GB,\\"BS1 1ZG\\",1991-04-09,\\"2021-10-23 00:54:20+00\\",\\"2024-06-28 10:47:37+00\\",\\"2025-02-24 14:20:13+00\\",t,\\"2025-01-17 16:22:00+00\\",phone_call,,callcentre,DE,94,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "94"}, {"a": null, "b": "(126,Fletcher,Isaac,isaac.fletcher222@hotmail.co.uk,\\"+44 7847 243390\\",GB,\\"BS1 1ZG\\",1991-04-09,\\"2022-10-30 15:08:59+00\\",\\"2025-09-06 02:10:37+00\\",\\"2025-03-04 12:34:21+00\\",f,\\"2024-09-22 20:31:44+00\\",paper_form,\\"2026-01-19 13:42:04+00\\",store,DE,126,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "126"}], "merge": 2, "records": [{"seq": 94, "blob": null, "tags": null, "email": "isaac.fletcher222@hotmail.co.uk", "extra": null, "phone": "+44 7847 243390", "score": null, "status": "active", "channel": "callcentre", "country": "GB", "postcode": "BS1 1ZG", "birth_date": "1991-04-09", "consent_at": "2025-01-17T16:22:00+00:00", "created_at": "2021-10-23T00:54:20+00:00", "given_name": "Isaac", "updated_at": "2024-06-28T10:47:37+00:00", "customer_id": 94, "family_name": "Fletcher", "opted_out_at": null, "consent_source": "phone_call", "storage_region": "DE", "last_activity_at": "2025-02-24T14:20:13+00:00", "marketing_opt_in": true}, {"seq": 126, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "isaac.fletcher222@hotmail.co.uk", "extra": {"k": [1, 2.50], "n": null}, "phone": "+44 7847 243390", "score": 12.500, "status": "active", "channel": "store", "country": "GB", "postcode": "BS1 1ZG", "birth_date": "1991-04-09", "consent_at": "2024-09-22T20:31:44+00:00", "created_at": "2022-10-30T15:08:59+00:00", "given_name": "Fletcher", "updated_at": "2025-09-06T02:10:37+00:00", "customer_id": 126, "family_name": "Isaac", "opted_out_at": "2026-01-19T13:42:04+00:00", "consent_source": "paper_form", "storage_region": "DE", "last_activity_at": "2025-03-04T12:34:21+00:00", "marketing_opt_in": false}]}	{"seq": 94, "blob": null, "tags": null, "email": "isaac.fletcher222@hotmail.co.uk", "extra": null, "phone": "+44 7847 243390", "score": null, "status": "active", "channel": "callcentre", "country": "GB", "postcode": "BS1 1ZG", "birth_date": "1991-04-09", "consent_at": "2025-01-17T16:22:00+00:00", "created_at": "2021-10-23T00:54:20+00:00", "given_name": "Isaac", "updated_at": "2024-06-28T10:47:37+00:00", "customer_id": 94, "family_name": "Fletcher", "opted_out_at": null, "consent_source": "phone_call", "storage_region": "DE", "last_activity_at": "2025-03-04T12:34:21+00:00", "marketing_opt_in": true}	merged 1 record into 94 (merge #2); losers deleted; 0 referencing rows re-pointed	public.customers	\\x025696e20c3c6accbcd72ab614700bb04d7c89b85499732c50f9449b774538fe	\\x399d80a5905e829fc20917fedc879d1c778acffabbcaa37d0381fa53e0600cb6
19	2026-12-07 23:25:24.070796+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	13	{"rows": [{"a": "(13,Алексей,Ильин,alekseyilin1961@mail.ru,\\"8 (499) 957-39-48\\",RU,592142,1961-04-07,\\"2019-03-20 15:23:27+00\\",\\"2023-02-22 05:44:53+00\\",\\"2025-09-25 06:26:21+00\\",t,\\"2024-03-21 22:27:32+00\\",double_opt_in,,web,RU,13,,,,,active)", "b": "(13,Алексей,Ильин,alekseyilin1961@mail.ru,\\"8 (499) 957-39-48\\",RU,592142,1961-04-07,\\"2019-03-20 15:23:27+00\\",\\"2023-02-22 05:44:53+00\\",\\"2025-01-09 02:47:14+00\\",t,\\"2024-03-21 22:27:32+00\\",double_opt_in,,web,RU,13,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "13"}, {"a": null, "b": "(208,Алексей,Ильин,alekseyilin1961@mail.ru,\\"8 (499) 957-39-48\\",RU,448808,1961-04-07,\\"2025-06-15 02:47:39+00\\",\\"2025-06-21 16:50:09+00\\",\\"2025-09-25 06:26:21+00\\",t,\\"2026-08-08 11:50:01+00\\",phone_call,,callcentre,RU,208,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "208"}], "merge": 3, "records": [{"seq": 13, "blob": null, "tags": null, "email": "alekseyilin1961@mail.ru", "extra": null, "phone": "8 (499) 957-39-48", "score": null, "status": "active", "channel": "web", "country": "RU", "postcode": "592142", "birth_date": "1961-04-07", "consent_at": "2024-03-21T22:27:32+00:00", "created_at": "2019-03-20T15:23:27+00:00", "given_name": "Алексей", "updated_at": "2023-02-22T05:44:53+00:00", "customer_id": 13, "family_name": "Ильин", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "RU", "last_activity_at": "2025-01-09T02:47:14+00:00", "marketing_opt_in": true}, {"seq": 208, "blob": null, "tags": null, "email": "alekseyilin1961@mail.ru", "extra": null, "phone": "8 (499) 957-39-48", "score": null, "status": "active", "channel": "callcentre", "country": "RU", "postcode": "448808", "birth_date": "1961-04-07", "consent_at": "2026-08-08T11:50:01+00:00", "created_at": "2025-06-15T02:47:39+00:00", "given_name": "Алексей", "updated_at": "2025-06-21T16:50:09+00:00", "customer_id": 208, "family_name": "Ильин", "opted_out_at": null, "consent_source": "phone_call", "storage_region": "RU", "last_activity_at": "2025-09-25T06:26:21+00:00", "marketing_opt_in": true}]}	{"seq": 13, "blob": null, "tags": null, "email": "alekseyilin1961@mail.ru", "extra": null, "phone": "8 (499) 957-39-48", "score": null, "status": "active", "channel": "web", "country": "RU", "postcode": "592142", "birth_date": "1961-04-07", "consent_at": "2024-03-21T22:27:32+00:00", "created_at": "2019-03-20T15:23:27+00:00", "given_name": "Алексей", "updated_at": "2023-02-22T05:44:53+00:00", "customer_id": 13, "family_name": "Ильин", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "RU", "last_activity_at": "2025-09-25T06:26:21+00:00", "marketing_opt_in": true}	merged 1 record into 13 (merge #3); losers deleted; 0 referencing rows re-pointed	public.customers	\\x399d80a5905e829fc20917fedc879d1c778acffabbcaa37d0381fa53e0600cb6	\\x4ad6a96be0d66efc0ed420979d62b059d457ad26845f09d22a4379036dc1b0c0
20	2026-12-07 23:25:24.072896+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	97	{"rows": [{"a": "(97,Stéphane,Lopez,stephanelopez@hotmail.fr,\\"05 30 65 91 09\\",FR,22126,2000-11-25,\\"2021-11-25 21:38:17+00\\",\\"2023-11-22 10:12:28+00\\",\\"2026-08-01 22:09:06+00\\",f,\\"2024-11-15 18:39:08+00\\",web_form,\\"2025-06-01 13:13:54+00\\",web,DE,97,,,,,active)", "b": "(97,Stéphane,Lopez,stephanelopez@hotmail.fr,\\"05 30 65 91 09\\",FR,22126,2000-11-25,\\"2021-11-25 21:38:17+00\\",\\"2023-11-22 10:12:28+00\\",\\"2026-08-01 22:09:06+00\\",f,\\"2024-11-15 18:39:08+00\\",web_form,\\"2025-06-01 13:13:54+00\\",web,DE,97,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "97"}, {"a": null, "b": "(154,Stephane,Lopez,stephanelopez@hotmail.fr,\\"05 30 65 91 09\\",FR,22126,2000-11-25,\\"2023-09-23 17:12:45+00\\",\\"2025-06-29 12:03:24+00\\",\\"2024-09-09 20:38:58+00\\",f,,,,callcentre,DE,154,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "154"}], "merge": 4, "records": [{"seq": 97, "blob": null, "tags": null, "email": "stephanelopez@hotmail.fr", "extra": null, "phone": "05 30 65 91 09", "score": null, "status": "active", "channel": "web", "country": "FR", "postcode": "22126", "birth_date": "2000-11-25", "consent_at": "2024-11-15T18:39:08+00:00", "created_at": "2021-11-25T21:38:17+00:00", "given_name": "Stéphane", "updated_at": "2023-11-22T10:12:28+00:00", "customer_id": 97, "family_name": "Lopez", "opted_out_at": "2025-06-01T13:13:54+00:00", "consent_source": "web_form", "storage_region": "DE", "last_activity_at": "2026-08-01T22:09:06+00:00", "marketing_opt_in": false}, {"seq": 154, "blob": null, "tags": null, "email": "stephanelopez@hotmail.fr", "extra": null, "phone": "05 30 65 91 09", "score": null, "status": "active", "channel": "callcentre", "country": "FR", "postcode": "22126", "birth_date": "2000-11-25", "consent_at": null, "created_at": "2023-09-23T17:12:45+00:00", "given_name": "Stephane", "updated_at": "2025-06-29T12:03:24+00:00", "customer_id": 154, "family_name": "Lopez", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2024-09-09T20:38:58+00:00", "marketing_opt_in": false}]}	{"seq": 97, "blob": null, "tags": null, "email": "stephanelopez@hotmail.fr", "extra": null, "phone": "05 30 65 91 09", "score": null, "status": "active", "channel": "web", "country": "FR", "postcode": "22126", "birth_date": "2000-11-25", "consent_at": "2024-11-15T18:39:08+00:00", "created_at": "2021-11-25T21:38:17+00:00", "given_name": "Stéphane", "updated_at": "2023-11-22T10:12:28+00:00", "customer_id": 97, "family_name": "Lopez", "opted_out_at": "2025-06-01T13:13:54+00:00", "consent_source": "web_form", "storage_region": "DE", "last_activity_at": "2026-08-01T22:09:06+00:00", "marketing_opt_in": false}	merged 1 record into 97 (merge #4); losers deleted; 0 referencing rows re-pointed	public.customers	\\x4ad6a96be0d66efc0ed420979d62b059d457ad26845f09d22a4379036dc1b0c0	\\xe33f0cd6e74d74d9a79014349848590bf8646c4d9f78049627838a64b9fa0661
21	2026-12-07 23:25:24.074885+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	176	{"rows": [{"a": "(176,Daniel,Bertrand,daniel.bertrand74@free.fr,\\"06 54 71 68 17\\",FR,76009,1982-05-27,\\"2024-06-05 03:38:57+00\\",\\"2026-02-18 08:43:01+00\\",\\"2026-07-13 07:16:56+00\\",t,\\"2026-10-03 00:36:01+00\\",in_store_tablet,,store,DE,176,,,,,active)", "b": "(176,Daniel,Bertrand,daniel.bertrand74@free.fr,\\"06 54 71 68 17\\",FR,76009,1982-05-27,\\"2024-06-05 03:38:57+00\\",\\"2026-02-18 08:43:01+00\\",\\"2025-12-26 05:19:07+00\\",t,\\"2026-10-03 00:36:01+00\\",in_store_tablet,,store,DE,176,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "176"}, {"a": null, "b": "(233,Daniel,Bertrand,daniel.bertrand74@free.fr,\\"06 54 71 68 17\\",FR,42437,1982-05-27,\\"2026-04-03 18:02:17+00\\",\\"2026-09-26 06:16:26+00\\",\\"2026-07-13 07:16:56+00\\",t,\\"2026-06-28 14:01:24+00\\",double_opt_in,,web,DE,233,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "233"}], "merge": 5, "records": [{"seq": 176, "blob": null, "tags": null, "email": "daniel.bertrand74@free.fr", "extra": null, "phone": "06 54 71 68 17", "score": null, "status": "active", "channel": "store", "country": "FR", "postcode": "76009", "birth_date": "1982-05-27", "consent_at": "2026-10-03T00:36:01+00:00", "created_at": "2024-06-05T03:38:57+00:00", "given_name": "Daniel", "updated_at": "2026-02-18T08:43:01+00:00", "customer_id": 176, "family_name": "Bertrand", "opted_out_at": null, "consent_source": "in_store_tablet", "storage_region": "DE", "last_activity_at": "2025-12-26T05:19:07+00:00", "marketing_opt_in": true}, {"seq": 233, "blob": null, "tags": null, "email": "daniel.bertrand74@free.fr", "extra": null, "phone": "06 54 71 68 17", "score": null, "status": "active", "channel": "web", "country": "FR", "postcode": "42437", "birth_date": "1982-05-27", "consent_at": "2026-06-28T14:01:24+00:00", "created_at": "2026-04-03T18:02:17+00:00", "given_name": "Daniel", "updated_at": "2026-09-26T06:16:26+00:00", "customer_id": 233, "family_name": "Bertrand", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2026-07-13T07:16:56+00:00", "marketing_opt_in": true}]}	{"seq": 176, "blob": null, "tags": null, "email": "daniel.bertrand74@free.fr", "extra": null, "phone": "06 54 71 68 17", "score": null, "status": "active", "channel": "store", "country": "FR", "postcode": "76009", "birth_date": "1982-05-27", "consent_at": "2026-10-03T00:36:01+00:00", "created_at": "2024-06-05T03:38:57+00:00", "given_name": "Daniel", "updated_at": "2026-02-18T08:43:01+00:00", "customer_id": 176, "family_name": "Bertrand", "opted_out_at": null, "consent_source": "in_store_tablet", "storage_region": "DE", "last_activity_at": "2026-07-13T07:16:56+00:00", "marketing_opt_in": true}	merged 1 record into 176 (merge #5); losers deleted; 0 referencing rows re-pointed	public.customers	\\xe33f0cd6e74d74d9a79014349848590bf8646c4d9f78049627838a64b9fa0661	\\xecc8d5cf63c96dd70c8500cc5976ec7e48fb617252d77145436704199c6af549
22	2026-12-07 23:25:24.079046+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	18	{"rows": [{"a": "(18,Gabriel,Roussel,gabrielroussel@outlook.fr,\\"04 13\\",FR,48200,1991-02-28,\\"2019-05-18 11:29:38+00\\",\\"2022-05-10 13:20:39+00\\",\\"2025-11-08 00:04:35+00\\",t,\\"2025-05-14 12:01:33+00\\",web_form,,web,DE,18,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "b": "(18,Gabriel,Roussel,gabrielroussel@outlook.fr,\\"04 13\\",FR,48200,1991-02-28,\\"2019-05-18 11:29:38+00\\",\\"2022-05-10 13:20:39+00\\",\\"2024-03-17 16:00:25+00\\",t,\\"2025-05-14 12:01:33+00\\",web_form,,web,DE,18,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "18"}, {"a": null, "b": "(48,Gabriel,Roussel,gabrielroussel@outlook.fr,\\"+33 4 13 81 62 66\\",FR,48200,1991-02-28,\\"2020-05-02 04:05:37+00\\",\\"2022-01-21 22:31:35+00\\",\\"2025-11-08 00:04:35+00\\",f,,,,store,DE,48,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "48"}], "merge": 6, "records": [{"seq": 18, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "gabrielroussel@outlook.fr", "extra": {"k": [1, 2.50], "n": null}, "phone": "04 13", "score": 12.500, "status": "active", "channel": "web", "country": "FR", "postcode": "48200", "birth_date": "1991-02-28", "consent_at": "2025-05-14T12:01:33+00:00", "created_at": "2019-05-18T11:29:38+00:00", "given_name": "Gabriel", "updated_at": "2022-05-10T13:20:39+00:00", "customer_id": 18, "family_name": "Roussel", "opted_out_at": null, "consent_source": "web_form", "storage_region": "DE", "last_activity_at": "2024-03-17T16:00:25+00:00", "marketing_opt_in": true}, {"seq": 48, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "gabrielroussel@outlook.fr", "extra": {"k": [1, 2.50], "n": null}, "phone": "+33 4 13 81 62 66", "score": 12.500, "status": "active", "channel": "store", "country": "FR", "postcode": "48200", "birth_date": "1991-02-28", "consent_at": null, "created_at": "2020-05-02T04:05:37+00:00", "given_name": "Gabriel", "updated_at": "2022-01-21T22:31:35+00:00", "customer_id": 48, "family_name": "Roussel", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2025-11-08T00:04:35+00:00", "marketing_opt_in": false}]}	{"seq": 18, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "gabrielroussel@outlook.fr", "extra": {"k": [1, 2.50], "n": null}, "phone": "04 13", "score": 12.500, "status": "active", "channel": "web", "country": "FR", "postcode": "48200", "birth_date": "1991-02-28", "consent_at": "2025-05-14T12:01:33+00:00", "created_at": "2019-05-18T11:29:38+00:00", "given_name": "Gabriel", "updated_at": "2022-05-10T13:20:39+00:00", "customer_id": 18, "family_name": "Roussel", "opted_out_at": null, "consent_source": "web_form", "storage_region": "DE", "last_activity_at": "2025-11-08T00:04:35+00:00", "marketing_opt_in": true}	merged 1 record into 18 (merge #6); losers deleted; 0 referencing rows re-pointed	public.customers	\\xecc8d5cf63c96dd70c8500cc5976ec7e48fb617252d77145436704199c6af549	\\xd3ca1b1098eff2ea7a72efd5a258b7e127d61b44ed5797ec3d606810a6ab11f2
23	2026-12-07 23:25:24.080284+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	2	{"rows": [{"a": "(2,丹,宋,dan.song@163.com,\\"156 4275 3141\\",CN,392997,1981-12-17,\\"2018-11-11 23:14:40+00\\",\\"2020-10-22 12:59:14+00\\",\\"2026-07-07 09:12:42+00\\",f,\\"2022-12-07 09:00:22+00\\",checkout,\\"2026-10-03 18:09:29+00\\",web,SG,2,,,,,active)", "b": "(2,丹,宋,dan.song@163.com,\\"156 4275 3141\\",CN,392997,1981-12-17,\\"2018-11-11 23:14:40+00\\",\\"2020-10-22 12:59:14+00\\",\\"2025-09-01 10:10:08+00\\",f,\\"2022-12-07 09:00:22+00\\",checkout,\\"2026-10-03 18:09:29+00\\",web,SG,2,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "2"}, {"a": null, "b": "(4,Dan,Song,dan.song@163.com,\\"156 4275 3141\\",CN,750805,1981-12-17,\\"2018-12-05 19:28:41+00\\",\\"2023-04-10 03:33:18+00\\",\\"2026-07-07 09:12:42+00\\",f,\\"2020-06-20 12:13:35+00\\",newsletter_signup,\\"2022-10-02 11:16:15+00\\",newsletter,SG,4,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "4"}], "merge": 7, "records": [{"seq": 2, "blob": null, "tags": null, "email": "dan.song@163.com", "extra": null, "phone": "156 4275 3141", "score": null, "status": "active", "channel": "web", "country": "CN", "postcode": "392997", "birth_date": "1981-12-17", "consent_at": "2022-12-07T09:00:22+00:00", "created_at": "2018-11-11T23:14:40+00:00", "given_name": "丹", "updated_at": "2020-10-22T12:59:14+00:00", "customer_id": 2, "family_name": "宋", "opted_out_at": "2026-10-03T18:09:29+00:00", "consent_source": "checkout", "storage_region": "SG", "last_activity_at": "2025-09-01T10:10:08+00:00", "marketing_opt_in": false}, {"seq": 4, "blob": null, "tags": null, "email": "dan.song@163.com", "extra": null, "phone": "156 4275 3141", "score": null, "status": "active", "channel": "newsletter", "country": "CN", "postcode": "750805", "birth_date": "1981-12-17", "consent_at": "2020-06-20T12:13:35+00:00", "created_at": "2018-12-05T19:28:41+00:00", "given_name": "Dan", "updated_at": "2023-04-10T03:33:18+00:00", "customer_id": 4, "family_name": "Song", "opted_out_at": "2022-10-02T11:16:15+00:00", "consent_source": "newsletter_signup", "storage_region": "SG", "last_activity_at": "2026-07-07T09:12:42+00:00", "marketing_opt_in": false}]}	{"seq": 2, "blob": null, "tags": null, "email": "dan.song@163.com", "extra": null, "phone": "156 4275 3141", "score": null, "status": "active", "channel": "web", "country": "CN", "postcode": "392997", "birth_date": "1981-12-17", "consent_at": "2022-12-07T09:00:22+00:00", "created_at": "2018-11-11T23:14:40+00:00", "given_name": "丹", "updated_at": "2020-10-22T12:59:14+00:00", "customer_id": 2, "family_name": "宋", "opted_out_at": "2026-10-03T18:09:29+00:00", "consent_source": "checkout", "storage_region": "SG", "last_activity_at": "2026-07-07T09:12:42+00:00", "marketing_opt_in": false}	merged 1 record into 2 (merge #7); losers deleted; 0 referencing rows re-pointed	public.customers	\\xd3ca1b1098eff2ea7a72efd5a258b7e127d61b44ed5797ec3d606810a6ab11f2	\\x320b871bec6637480188f01c94affe1725952280970fa2c3b7e17f4c704dfeda
24	2026-12-07 23:25:24.081538+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	96	{"rows": [{"a": "(96,Lisa,Janssen,lisajanssen1957@gmail.com,\\"070 321 6255\\",NL,\\"2105 EW\\",1957-12-10,\\"2021-11-15 12:24:12+00\\",\\"2023-03-20 08:36:05+00\\",\\"2026-03-17 17:51:50+00\\",t,\\"2026-03-06 22:47:58+00\\",double_opt_in,,web,DE,96,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "b": "(96,Lisa,Janssen,lisajanssen1957@gmail.com,\\"070 321 6255\\",NL,\\"2105 EW\\",1957-12-10,\\"2021-11-15 12:24:12+00\\",\\"2023-03-20 08:36:05+00\\",\\"2026-03-17 17:51:50+00\\",t,\\"2026-03-06 22:47:58+00\\",double_opt_in,,web,DE,96,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "96"}, {"a": null, "b": "(204,Lisa,Janssen,Lisajanssen1957@gmail.com,\\"070 321 6255\\",NL,\\"2105 EW\\",1957-12-10,\\"2025-04-29 17:49:36+00\\",\\"2025-08-10 01:17:56+00\\",\\"2026-01-29 22:50:37+00\\",t,\\"2025-07-28 20:55:31+00\\",in_store_tablet,,store,DE,204,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "204"}], "merge": 8, "records": [{"seq": 96, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "lisajanssen1957@gmail.com", "extra": {"k": [1, 2.50], "n": null}, "phone": "070 321 6255", "score": 12.500, "status": "active", "channel": "web", "country": "NL", "postcode": "2105 EW", "birth_date": "1957-12-10", "consent_at": "2026-03-06T22:47:58+00:00", "created_at": "2021-11-15T12:24:12+00:00", "given_name": "Lisa", "updated_at": "2023-03-20T08:36:05+00:00", "customer_id": 96, "family_name": "Janssen", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2026-03-17T17:51:50+00:00", "marketing_opt_in": true}, {"seq": 204, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "Lisajanssen1957@gmail.com", "extra": {"k": [1, 2.50], "n": null}, "phone": "070 321 6255", "score": 12.500, "status": "active", "channel": "store", "country": "NL", "postcode": "2105 EW", "birth_date": "1957-12-10", "consent_at": "2025-07-28T20:55:31+00:00", "created_at": "2025-04-29T17:49:36+00:00", "given_name": "Lisa", "updated_at": "2025-08-10T01:17:56+00:00", "customer_id": 204, "family_name": "Janssen", "opted_out_at": null, "consent_source": "in_store_tablet", "storage_region": "DE", "last_activity_at": "2026-01-29T22:50:37+00:00", "marketing_opt_in": true}]}	{"seq": 96, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "lisajanssen1957@gmail.com", "extra": {"k": [1, 2.50], "n": null}, "phone": "070 321 6255", "score": 12.500, "status": "active", "channel": "web", "country": "NL", "postcode": "2105 EW", "birth_date": "1957-12-10", "consent_at": "2026-03-06T22:47:58+00:00", "created_at": "2021-11-15T12:24:12+00:00", "given_name": "Lisa", "updated_at": "2023-03-20T08:36:05+00:00", "customer_id": 96, "family_name": "Janssen", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2026-03-17T17:51:50+00:00", "marketing_opt_in": true}	merged 1 record into 96 (merge #8); losers deleted; 0 referencing rows re-pointed	public.customers	\\x320b871bec6637480188f01c94affe1725952280970fa2c3b7e17f4c704dfeda	\\xc63c703b8f288cd79e308efa903b228806eb6ccffe572166104038e0b7eeaeed
25	2026-12-07 23:25:24.083869+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	210	{"rows": [{"a": "(210,愛,渡辺,watanabea24@docomo.ne.jp,080-6044-4126,JP,016-0580,1997-12-30,\\"2025-07-08 13:43:52+00\\",\\"2026-07-07 04:12:51+00\\",\\"2026-04-16 01:12:02+00\\",f,,,,newsletter,SG,210,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "b": "(210,愛,渡辺,watanabea24@docomo.ne.jp,080-6044-4126,JP,016-0580,1997-12-30,\\"2025-07-08 13:43:52+00\\",\\"2026-07-07 04:12:51+00\\",\\"2025-11-01 19:02:46+00\\",f,,,,newsletter,SG,210,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "210"}, {"a": null, "b": "(218,愛,渡辺,watanabea24@docomo.ne.jp,\\"+81 80-6044-4126\\",JP,016-0580,1997-12-30,\\"2025-10-08 16:21:43+00\\",\\"2026-07-21 21:56:56+00\\",\\"2026-04-16 01:12:02+00\\",t,\\"2026-01-21 11:20:50+00\\",checkout,,web,SG,218,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "218"}], "merge": 9, "records": [{"seq": 210, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "watanabea24@docomo.ne.jp", "extra": {"k": [1, 2.50], "n": null}, "phone": "080-6044-4126", "score": 12.500, "status": "active", "channel": "newsletter", "country": "JP", "postcode": "016-0580", "birth_date": "1997-12-30", "consent_at": null, "created_at": "2025-07-08T13:43:52+00:00", "given_name": "愛", "updated_at": "2026-07-07T04:12:51+00:00", "customer_id": 210, "family_name": "渡辺", "opted_out_at": null, "consent_source": null, "storage_region": "SG", "last_activity_at": "2025-11-01T19:02:46+00:00", "marketing_opt_in": false}, {"seq": 218, "blob": null, "tags": null, "email": "watanabea24@docomo.ne.jp", "extra": null, "phone": "+81 80-6044-4126", "score": null, "status": "active", "channel": "web", "country": "JP", "postcode": "016-0580", "birth_date": "1997-12-30", "consent_at": "2026-01-21T11:20:50+00:00", "created_at": "2025-10-08T16:21:43+00:00", "given_name": "愛", "updated_at": "2026-07-21T21:56:56+00:00", "customer_id": 218, "family_name": "渡辺", "opted_out_at": null, "consent_source": "checkout", "storage_region": "SG", "last_activity_at": "2026-04-16T01:12:02+00:00", "marketing_opt_in": true}]}	{"seq": 210, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "watanabea24@docomo.ne.jp", "extra": {"k": [1, 2.50], "n": null}, "phone": "080-6044-4126", "score": 12.500, "status": "active", "channel": "newsletter", "country": "JP", "postcode": "016-0580", "birth_date": "1997-12-30", "consent_at": null, "created_at": "2025-07-08T13:43:52+00:00", "given_name": "愛", "updated_at": "2026-07-07T04:12:51+00:00", "customer_id": 210, "family_name": "渡辺", "opted_out_at": null, "consent_source": null, "storage_region": "SG", "last_activity_at": "2026-04-16T01:12:02+00:00", "marketing_opt_in": false}	merged 1 record into 210 (merge #9); losers deleted; 0 referencing rows re-pointed	public.customers	\\xc63c703b8f288cd79e308efa903b228806eb6ccffe572166104038e0b7eeaeed	\\x73b722d444c3254f1cc5e69992ab0fdd864655e0240ba2e5ed96cb42c55d2bd1
26	2026-12-07 23:25:24.087765+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	39	{"rows": [{"a": "(39,Michael,Torres,michael.torres@yahoo.com,617-616-9254,US,96672-1266,1982-01-27,\\"2020-01-18 03:57:44+00\\",\\"2023-04-28 18:56:22+00\\",\\"2026-01-28 09:07:14+00\\",f,,,,web,US,39,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "b": "(39,Michael,Torres,michael.torres@yahoo.com,617-616-9254,US,96672-1266,1982-01-27,\\"2020-01-18 03:57:44+00\\",\\"2023-04-28 18:56:22+00\\",\\"2021-08-25 17:58:41+00\\",f,,,,web,US,39,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "39"}, {"a": null, "b": "(64,Michael,Torres,michael.torres@yahoo.com,617-616-9254,US,04355,1982-01-27,\\"2020-11-06 02:44:16+00\\",\\"2022-11-16 06:27:53+00\\",\\"2026-01-28 09:07:14+00\\",t,\\"2024-10-26 08:19:35+00\\",double_opt_in,,newsletter,US,64,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "64"}], "merge": 10, "records": [{"seq": 39, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "michael.torres@yahoo.com", "extra": {"k": [1, 2.50], "n": null}, "phone": "617-616-9254", "score": 12.500, "status": "active", "channel": "web", "country": "US", "postcode": "96672-1266", "birth_date": "1982-01-27", "consent_at": null, "created_at": "2020-01-18T03:57:44+00:00", "given_name": "Michael", "updated_at": "2023-04-28T18:56:22+00:00", "customer_id": 39, "family_name": "Torres", "opted_out_at": null, "consent_source": null, "storage_region": "US", "last_activity_at": "2021-08-25T17:58:41+00:00", "marketing_opt_in": false}, {"seq": 64, "blob": null, "tags": null, "email": "michael.torres@yahoo.com", "extra": null, "phone": "617-616-9254", "score": null, "status": "active", "channel": "newsletter", "country": "US", "postcode": "04355", "birth_date": "1982-01-27", "consent_at": "2024-10-26T08:19:35+00:00", "created_at": "2020-11-06T02:44:16+00:00", "given_name": "Michael", "updated_at": "2022-11-16T06:27:53+00:00", "customer_id": 64, "family_name": "Torres", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "US", "last_activity_at": "2026-01-28T09:07:14+00:00", "marketing_opt_in": true}]}	{"seq": 39, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "michael.torres@yahoo.com", "extra": {"k": [1, 2.50], "n": null}, "phone": "617-616-9254", "score": 12.500, "status": "active", "channel": "web", "country": "US", "postcode": "96672-1266", "birth_date": "1982-01-27", "consent_at": null, "created_at": "2020-01-18T03:57:44+00:00", "given_name": "Michael", "updated_at": "2023-04-28T18:56:22+00:00", "customer_id": 39, "family_name": "Torres", "opted_out_at": null, "consent_source": null, "storage_region": "US", "last_activity_at": "2026-01-28T09:07:14+00:00", "marketing_opt_in": false}	merged 1 record into 39 (merge #10); losers deleted; 0 referencing rows re-pointed	public.customers	\\x73b722d444c3254f1cc5e69992ab0fdd864655e0240ba2e5ed96cb42c55d2bd1	\\x10cc90e8af4d9566a9acb68ee8880d9e2543c138031059651bf8074e078b9a4e
27	2026-12-07 23:25:24.08888+00	3	root	merge	people	/tmp/steward-test.BQVklP/j.rules:2	90001	{"rows": [{"a": "(6,90001,20.50,)", "b": "(6,90002,20.50,)", "c": "customer_id", "t": "public.orders", "v": "90001"}, {"a": "(90001,Jonathan,Smithers,jonathan.smithers@example.org,\\"+49 151 12345678\\",DE,10115,1980-04-02,\\"2019-01-01 00:00:00+00\\",\\"2020-01-01 00:00:00+00\\",\\"2026-06-01 00:00:00+00\\",,,,,web,,251,,,,,active)", "b": "(90001,Jonathan,Smithers,jonathan.smithers@example.org,\\"+49 151 12345678\\",DE,10115,1980-04-02,\\"2019-01-01 00:00:00+00\\",\\"2020-01-01 00:00:00+00\\",\\"2026-06-01 00:00:00+00\\",,,,,web,,251,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "90001"}, {"a": null, "b": "(90002,Jonathan,Smithers,jonathan.smithers@example.org,\\"+49 151 12345678\\",DE,10115,1980-04-02,\\"2022-01-01 00:00:00+00\\",\\"2022-02-01 00:00:00+00\\",\\"2026-03-01 00:00:00+00\\",,,,,store,,252,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "90002"}], "merge": 11, "records": [{"seq": 251, "blob": null, "tags": null, "email": "jonathan.smithers@example.org", "extra": null, "phone": "+49 151 12345678", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "10115", "birth_date": "1980-04-02", "consent_at": null, "created_at": "2019-01-01T00:00:00+00:00", "given_name": "Jonathan", "updated_at": "2020-01-01T00:00:00+00:00", "customer_id": 90001, "family_name": "Smithers", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2026-06-01T00:00:00+00:00", "marketing_opt_in": null}, {"seq": 252, "blob": null, "tags": null, "email": "jonathan.smithers@example.org", "extra": null, "phone": "+49 151 12345678", "score": null, "status": "active", "channel": "store", "country": "DE", "postcode": "10115", "birth_date": "1980-04-02", "consent_at": null, "created_at": "2022-01-01T00:00:00+00:00", "given_name": "Jonathan", "updated_at": "2022-02-01T00:00:00+00:00", "customer_id": 90002, "family_name": "Smithers", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2026-03-01T00:00:00+00:00", "marketing_opt_in": null}]}	{"seq": 251, "blob": null, "tags": null, "email": "jonathan.smithers@example.org", "extra": null, "phone": "+49 151 12345678", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "10115", "birth_date": "1980-04-02", "consent_at": null, "created_at": "2019-01-01T00:00:00+00:00", "given_name": "Jonathan", "updated_at": "2020-01-01T00:00:00+00:00", "customer_id": 90001, "family_name": "Smithers", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2026-06-01T00:00:00+00:00", "marketing_opt_in": null}	merged 1 record into 90001 (merge #11); losers deleted; 1 referencing row re-pointed	public.customers	\\x10cc90e8af4d9566a9acb68ee8880d9e2543c138031059651bf8074e078b9a4e	\\x31354d2bd1ab53d360194fcbbb5913792be72520d1de1b03e38dad0d521712b9
28	2026-12-07 23:25:24.247749+00	\N	root	release	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	90031	\N	{"seq": 255, "blob": null, "tags": null, "email": "dora@example.de", "extra": null, "phone": "+49 30 7654321", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "10117", "birth_date": "1961-01-01", "consent_at": null, "created_at": "2011-01-01T00:00:00+00:00", "given_name": "Dora", "updated_at": "2011-01-01T00:00:00+00:00", "customer_id": 90031, "family_name": "Alt", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2016-01-01T00:00:00+00:00", "marketing_opt_in": null}	released from quarantine #14 (move)	public.customers	\\x31354d2bd1ab53d360194fcbbb5913792be72520d1de1b03e38dad0d521712b9	\\xf9b8bd2c65f69fb90ef8f8fdb474547238df87fbb85aad211f3871b98bcf22fc
29	2026-12-07 23:25:24.421097+00	\N	root	undo	email_norm	/tmp/steward-test.BQVklP/j.rules:1	90011	\N	\N	undid rewrite #2	public.customers	\\xf9b8bd2c65f69fb90ef8f8fdb474547238df87fbb85aad211f3871b98bcf22fc	\\x63973e9b081fb423ed6087211a0cd8be2ac4c645792df157bccf1d5bcf74aac9
30	2026-12-07 23:25:24.623085+00	\N	root	undo	people	/tmp/steward-test.BQVklP/j.rules:2	90001	[{"a": "(6,90001,20.50,)", "b": "(6,90002,20.50,)", "c": "customer_id", "t": "public.orders", "v": "90001"}, {"a": "(90001,Jonathan,Smithers,jonathan.smithers@example.org,\\"+49 151 12345678\\",DE,10115,1980-04-02,\\"2019-01-01 00:00:00+00\\",\\"2020-01-01 00:00:00+00\\",\\"2026-06-01 00:00:00+00\\",,,,,web,,251,,,,,active)", "b": "(90001,Jonathan,Smithers,jonathan.smithers@example.org,\\"+49 151 12345678\\",DE,10115,1980-04-02,\\"2019-01-01 00:00:00+00\\",\\"2020-01-01 00:00:00+00\\",\\"2026-06-01 00:00:00+00\\",,,,,web,,251,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "90001"}, {"a": null, "b": "(90002,Jonathan,Smithers,jonathan.smithers@example.org,\\"+49 151 12345678\\",DE,10115,1980-04-02,\\"2022-01-01 00:00:00+00\\",\\"2022-02-01 00:00:00+00\\",\\"2026-03-01 00:00:00+00\\",,,,,store,,252,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "90002"}]	\N	undid merge #11: 2 rows restored	public.customers	\\x63973e9b081fb423ed6087211a0cd8be2ac4c645792df157bccf1d5bcf74aac9	\\x78fbce5047ddd4dd4f129f37b5d46b317d1d8c5f33a45ee078b521e34f59f85d
\.


--
-- Data for Name: deliveries; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.deliveries (key, run_id, jurisdiction, channel, recipients, status, spooled_at, delivered_at, attempts, last_error) FROM stdin;
\.


--
-- Data for Name: duplicates; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.duplicates (run_id, rule, cluster, record_key, centre_key, score, decision) FROM stdin;
3	people	1	2	2	1	merge
3	people	1	4	2	1	merge
3	people	2	13	13	1	merge
3	people	2	208	13	1	merge
3	people	3	47	47	1	merge
3	people	3	119	47	1	merge
3	people	4	64	64	1	merge
3	people	4	39	64	1	merge
3	people	5	94	94	1	merge
3	people	5	126	94	1	merge
3	people	6	97	97	1	merge
3	people	6	154	97	1	merge
3	people	7	176	176	1	merge
3	people	7	233	176	1	merge
3	people	8	218	218	1	merge
3	people	8	210	218	1	merge
3	people	9	18	18	0.999998	merge
3	people	9	48	18	0.999998	merge
3	people	10	96	96	1	merge
3	people	10	204	96	1	merge
3	people	11	90001	90001	1	merge
3	people	11	90002	90001	1	merge
\.


--
-- Data for Name: findings; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.findings (id, table_name, check_name, record_key, field, jurisdiction, severity, detail, status, first_run, resolved_run) FROM stdin;
1	public.customers	gone_quiet	90021	last_activity_at	at	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	1	2
2	public.customers	gone_quiet	100	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
3	public.customers	gone_quiet	11	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
4	public.customers	gone_quiet	128	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
5	public.customers	gone_quiet	139	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
6	public.customers	gone_quiet	14	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
7	public.customers	gone_quiet	141	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
8	public.customers	gone_quiet	26	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
9	public.customers	gone_quiet	3	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
10	public.customers	gone_quiet	33	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
11	public.customers	gone_quiet	52	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
12	public.customers	gone_quiet	59	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
13	public.customers	gone_quiet	6	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
14	public.customers	gone_quiet	90031	last_activity_at	de	warning	no activity for more than 24 months (stale_after; basis not stated)	resolved	2	3
15	public.customers	duplicate	119		unassigned	warning	duplicates people: cluster 3, merge (score 1.000)	open	3	\N
16	public.customers	duplicate	126		unassigned	warning	duplicates people: cluster 5, merge (score 1.000)	open	3	\N
17	public.customers	duplicate	13		unassigned	warning	duplicates people: cluster 2, merge (score 1.000)	open	3	\N
18	public.customers	duplicate	154		unassigned	warning	duplicates people: cluster 6, merge (score 1.000)	open	3	\N
19	public.customers	duplicate	176		unassigned	warning	duplicates people: cluster 7, merge (score 1.000)	open	3	\N
20	public.customers	duplicate	18		unassigned	warning	duplicates people: cluster 9, merge (score 1.000)	open	3	\N
21	public.customers	duplicate	2		unassigned	warning	duplicates people: cluster 1, merge (score 1.000)	open	3	\N
22	public.customers	duplicate	204		unassigned	warning	duplicates people: cluster 10, merge (score 1.000)	open	3	\N
23	public.customers	duplicate	208		unassigned	warning	duplicates people: cluster 2, merge (score 1.000)	open	3	\N
24	public.customers	duplicate	210		unassigned	warning	duplicates people: cluster 8, merge (score 1.000)	open	3	\N
25	public.customers	duplicate	218		unassigned	warning	duplicates people: cluster 8, merge (score 1.000)	open	3	\N
26	public.customers	duplicate	233		unassigned	warning	duplicates people: cluster 7, merge (score 1.000)	open	3	\N
27	public.customers	duplicate	39		unassigned	warning	duplicates people: cluster 4, merge (score 1.000)	open	3	\N
28	public.customers	duplicate	4		unassigned	warning	duplicates people: cluster 1, merge (score 1.000)	open	3	\N
29	public.customers	duplicate	47		unassigned	warning	duplicates people: cluster 3, merge (score 1.000)	open	3	\N
30	public.customers	duplicate	48		unassigned	warning	duplicates people: cluster 9, merge (score 1.000)	open	3	\N
31	public.customers	duplicate	64		unassigned	warning	duplicates people: cluster 4, merge (score 1.000)	open	3	\N
32	public.customers	duplicate	90001		unassigned	warning	duplicates people: cluster 11, merge (score 1.000)	open	3	\N
33	public.customers	duplicate	90002		unassigned	warning	duplicates people: cluster 11, merge (score 1.000)	open	3	\N
34	public.customers	duplicate	94		unassigned	warning	duplicates people: cluster 5, merge (score 1.000)	open	3	\N
35	public.customers	duplicate	96		unassigned	warning	duplicates people: cluster 10, merge (score 1.000)	open	3	\N
36	public.customers	duplicate	97		unassigned	warning	duplicates people: cluster 6, merge (score 1.000)	open	3	\N
37	public.customers	email_norm	197	email	unassigned	warning	email validator: whitespace	open	3	\N
38	public.customers	email_norm	204	email	unassigned	warning	valid but not in email normal form	open	3	\N
39	public.customers	email_norm	249	email	unassigned	warning	email validator: bad-domain	open	3	\N
40	public.customers	email_norm	67	email	unassigned	warning	email validator: bad-domain	open	3	\N
41	public.customers	email_norm	90011	email	unassigned	warning	valid but not in email normal form	open	3	\N
42	public.customers	email_norm.advice	158	email	unassigned	info	typo-domain:gmail.com	open	3	\N
43	public.customers	email_norm.advice	196	email	unassigned	info	typo-domain:gmail.com	open	3	\N
44	public.customers	email_norm.advice	243	email	unassigned	info	typo-domain:gmail.com	open	3	\N
45	public.customers	email_norm.advice	73	email	unassigned	info	typo-domain:gmail.com	open	3	\N
\.


--
-- Data for Name: merges; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.merges (id, at, by, run_id, table_name, rule, rule_source, survivor_key, loser_keys, rows, status, undone_at, undone_by) FROM stdin;
1	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	47	{119}	[{"a": "(47,François,Gauthier,francoisgauthier@orange.fr,\\"03 18 89 35 24\\",FR,68006,1950-04-03,\\"2020-04-21 09:09:51+00\\",\\"2023-05-05 20:42:01+00\\",\\"2026-08-14 10:57:33+00\\",f,,,,store,DE,47,,,,,active)", "b": "(47,François,Gauthier,francoisgauthier@orange.fr,\\"03 18 89 35 24\\",FR,68006,1950-04-03,\\"2020-04-21 09:09:51+00\\",\\"2023-05-05 20:42:01+00\\",\\"2026-02-15 18:07:07+00\\",f,,,,store,DE,47,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "47"}, {"a": null, "b": "(119,Gauthier,François,francoisgauthier@orange.fr,\\"+33 3 18 89 35 24\\",FR,68006,1950-04-03,\\"2022-08-10 18:04:34+00\\",\\"2025-09-22 06:41:18+00\\",\\"2026-08-14 10:57:33+00\\",t,\\"2024-12-23 06:31:40+00\\",double_opt_in,,web,DE,119,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "119"}]	merged	\N	\N
2	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	94	{126}	[{"a": "(94,Isaac,Fletcher,isaac.fletcher222@hotmail.co.uk,\\"+44 7847 243390\\",GB,\\"BS1 1ZG\\",1991-04-09,\\"2021-10-23 00:54:20+00\\",\\"2024-06-28 10:47:37+00\\",\\"2025-03-04 12:34:21+00\\",t,\\"2025-01-17 16:22:00+00\\",phone_call,,callcentre,DE,94,,,,,active)", "b": "(94,Isaac,Fletcher,isaac.fletcher222@hotmail.co.uk,\\"+44 7847 243390\\",GB,\\"BS1 1ZG\\",1991-04-09,\\"2021-10-23 00:54:20+00\\",\\"2024-06-28 10:47:37+00\\",\\"2025-02-24 14:20:13+00\\",t,\\"2025-01-17 16:22:00+00\\",phone_call,,callcentre,DE,94,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "94"}, {"a": null, "b": "(126,Fletcher,Isaac,isaac.fletcher222@hotmail.co.uk,\\"+44 7847 243390\\",GB,\\"BS1 1ZG\\",1991-04-09,\\"2022-10-30 15:08:59+00\\",\\"2025-09-06 02:10:37+00\\",\\"2025-03-04 12:34:21+00\\",f,\\"2024-09-22 20:31:44+00\\",paper_form,\\"2026-01-19 13:42:04+00\\",store,DE,126,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "126"}]	merged	\N	\N
3	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	13	{208}	[{"a": "(13,Алексей,Ильин,alekseyilin1961@mail.ru,\\"8 (499) 957-39-48\\",RU,592142,1961-04-07,\\"2019-03-20 15:23:27+00\\",\\"2023-02-22 05:44:53+00\\",\\"2025-09-25 06:26:21+00\\",t,\\"2024-03-21 22:27:32+00\\",double_opt_in,,web,RU,13,,,,,active)", "b": "(13,Алексей,Ильин,alekseyilin1961@mail.ru,\\"8 (499) 957-39-48\\",RU,592142,1961-04-07,\\"2019-03-20 15:23:27+00\\",\\"2023-02-22 05:44:53+00\\",\\"2025-01-09 02:47:14+00\\",t,\\"2024-03-21 22:27:32+00\\",double_opt_in,,web,RU,13,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "13"}, {"a": null, "b": "(208,Алексей,Ильин,alekseyilin1961@mail.ru,\\"8 (499) 957-39-48\\",RU,448808,1961-04-07,\\"2025-06-15 02:47:39+00\\",\\"2025-06-21 16:50:09+00\\",\\"2025-09-25 06:26:21+00\\",t,\\"2026-08-08 11:50:01+00\\",phone_call,,callcentre,RU,208,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "208"}]	merged	\N	\N
4	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	97	{154}	[{"a": "(97,Stéphane,Lopez,stephanelopez@hotmail.fr,\\"05 30 65 91 09\\",FR,22126,2000-11-25,\\"2021-11-25 21:38:17+00\\",\\"2023-11-22 10:12:28+00\\",\\"2026-08-01 22:09:06+00\\",f,\\"2024-11-15 18:39:08+00\\",web_form,\\"2025-06-01 13:13:54+00\\",web,DE,97,,,,,active)", "b": "(97,Stéphane,Lopez,stephanelopez@hotmail.fr,\\"05 30 65 91 09\\",FR,22126,2000-11-25,\\"2021-11-25 21:38:17+00\\",\\"2023-11-22 10:12:28+00\\",\\"2026-08-01 22:09:06+00\\",f,\\"2024-11-15 18:39:08+00\\",web_form,\\"2025-06-01 13:13:54+00\\",web,DE,97,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "97"}, {"a": null, "b": "(154,Stephane,Lopez,stephanelopez@hotmail.fr,\\"05 30 65 91 09\\",FR,22126,2000-11-25,\\"2023-09-23 17:12:45+00\\",\\"2025-06-29 12:03:24+00\\",\\"2024-09-09 20:38:58+00\\",f,,,,callcentre,DE,154,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "154"}]	merged	\N	\N
5	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	176	{233}	[{"a": "(176,Daniel,Bertrand,daniel.bertrand74@free.fr,\\"06 54 71 68 17\\",FR,76009,1982-05-27,\\"2024-06-05 03:38:57+00\\",\\"2026-02-18 08:43:01+00\\",\\"2026-07-13 07:16:56+00\\",t,\\"2026-10-03 00:36:01+00\\",in_store_tablet,,store,DE,176,,,,,active)", "b": "(176,Daniel,Bertrand,daniel.bertrand74@free.fr,\\"06 54 71 68 17\\",FR,76009,1982-05-27,\\"2024-06-05 03:38:57+00\\",\\"2026-02-18 08:43:01+00\\",\\"2025-12-26 05:19:07+00\\",t,\\"2026-10-03 00:36:01+00\\",in_store_tablet,,store,DE,176,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "176"}, {"a": null, "b": "(233,Daniel,Bertrand,daniel.bertrand74@free.fr,\\"06 54 71 68 17\\",FR,42437,1982-05-27,\\"2026-04-03 18:02:17+00\\",\\"2026-09-26 06:16:26+00\\",\\"2026-07-13 07:16:56+00\\",t,\\"2026-06-28 14:01:24+00\\",double_opt_in,,web,DE,233,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "233"}]	merged	\N	\N
6	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	18	{48}	[{"a": "(18,Gabriel,Roussel,gabrielroussel@outlook.fr,\\"04 13\\",FR,48200,1991-02-28,\\"2019-05-18 11:29:38+00\\",\\"2022-05-10 13:20:39+00\\",\\"2025-11-08 00:04:35+00\\",t,\\"2025-05-14 12:01:33+00\\",web_form,,web,DE,18,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "b": "(18,Gabriel,Roussel,gabrielroussel@outlook.fr,\\"04 13\\",FR,48200,1991-02-28,\\"2019-05-18 11:29:38+00\\",\\"2022-05-10 13:20:39+00\\",\\"2024-03-17 16:00:25+00\\",t,\\"2025-05-14 12:01:33+00\\",web_form,,web,DE,18,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "18"}, {"a": null, "b": "(48,Gabriel,Roussel,gabrielroussel@outlook.fr,\\"+33 4 13 81 62 66\\",FR,48200,1991-02-28,\\"2020-05-02 04:05:37+00\\",\\"2022-01-21 22:31:35+00\\",\\"2025-11-08 00:04:35+00\\",f,,,,store,DE,48,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "48"}]	merged	\N	\N
7	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	2	{4}	[{"a": "(2,丹,宋,dan.song@163.com,\\"156 4275 3141\\",CN,392997,1981-12-17,\\"2018-11-11 23:14:40+00\\",\\"2020-10-22 12:59:14+00\\",\\"2026-07-07 09:12:42+00\\",f,\\"2022-12-07 09:00:22+00\\",checkout,\\"2026-10-03 18:09:29+00\\",web,SG,2,,,,,active)", "b": "(2,丹,宋,dan.song@163.com,\\"156 4275 3141\\",CN,392997,1981-12-17,\\"2018-11-11 23:14:40+00\\",\\"2020-10-22 12:59:14+00\\",\\"2025-09-01 10:10:08+00\\",f,\\"2022-12-07 09:00:22+00\\",checkout,\\"2026-10-03 18:09:29+00\\",web,SG,2,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "2"}, {"a": null, "b": "(4,Dan,Song,dan.song@163.com,\\"156 4275 3141\\",CN,750805,1981-12-17,\\"2018-12-05 19:28:41+00\\",\\"2023-04-10 03:33:18+00\\",\\"2026-07-07 09:12:42+00\\",f,\\"2020-06-20 12:13:35+00\\",newsletter_signup,\\"2022-10-02 11:16:15+00\\",newsletter,SG,4,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "4"}]	merged	\N	\N
8	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	96	{204}	[{"a": "(96,Lisa,Janssen,lisajanssen1957@gmail.com,\\"070 321 6255\\",NL,\\"2105 EW\\",1957-12-10,\\"2021-11-15 12:24:12+00\\",\\"2023-03-20 08:36:05+00\\",\\"2026-03-17 17:51:50+00\\",t,\\"2026-03-06 22:47:58+00\\",double_opt_in,,web,DE,96,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "b": "(96,Lisa,Janssen,lisajanssen1957@gmail.com,\\"070 321 6255\\",NL,\\"2105 EW\\",1957-12-10,\\"2021-11-15 12:24:12+00\\",\\"2023-03-20 08:36:05+00\\",\\"2026-03-17 17:51:50+00\\",t,\\"2026-03-06 22:47:58+00\\",double_opt_in,,web,DE,96,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "96"}, {"a": null, "b": "(204,Lisa,Janssen,Lisajanssen1957@gmail.com,\\"070 321 6255\\",NL,\\"2105 EW\\",1957-12-10,\\"2025-04-29 17:49:36+00\\",\\"2025-08-10 01:17:56+00\\",\\"2026-01-29 22:50:37+00\\",t,\\"2025-07-28 20:55:31+00\\",in_store_tablet,,store,DE,204,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "204"}]	merged	\N	\N
9	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	210	{218}	[{"a": "(210,愛,渡辺,watanabea24@docomo.ne.jp,080-6044-4126,JP,016-0580,1997-12-30,\\"2025-07-08 13:43:52+00\\",\\"2026-07-07 04:12:51+00\\",\\"2026-04-16 01:12:02+00\\",f,,,,newsletter,SG,210,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "b": "(210,愛,渡辺,watanabea24@docomo.ne.jp,080-6044-4126,JP,016-0580,1997-12-30,\\"2025-07-08 13:43:52+00\\",\\"2026-07-07 04:12:51+00\\",\\"2025-11-01 19:02:46+00\\",f,,,,newsletter,SG,210,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "210"}, {"a": null, "b": "(218,愛,渡辺,watanabea24@docomo.ne.jp,\\"+81 80-6044-4126\\",JP,016-0580,1997-12-30,\\"2025-10-08 16:21:43+00\\",\\"2026-07-21 21:56:56+00\\",\\"2026-04-16 01:12:02+00\\",t,\\"2026-01-21 11:20:50+00\\",checkout,,web,SG,218,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "218"}]	merged	\N	\N
10	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	39	{64}	[{"a": "(39,Michael,Torres,michael.torres@yahoo.com,617-616-9254,US,96672-1266,1982-01-27,\\"2020-01-18 03:57:44+00\\",\\"2023-04-28 18:56:22+00\\",\\"2026-01-28 09:07:14+00\\",f,,,,web,US,39,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "b": "(39,Michael,Torres,michael.torres@yahoo.com,617-616-9254,US,96672-1266,1982-01-27,\\"2020-01-18 03:57:44+00\\",\\"2023-04-28 18:56:22+00\\",\\"2021-08-25 17:58:41+00\\",f,,,,web,US,39,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "39"}, {"a": null, "b": "(64,Michael,Torres,michael.torres@yahoo.com,617-616-9254,US,04355,1982-01-27,\\"2020-11-06 02:44:16+00\\",\\"2022-11-16 06:27:53+00\\",\\"2026-01-28 09:07:14+00\\",t,\\"2024-10-26 08:19:35+00\\",double_opt_in,,newsletter,US,64,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "64"}]	merged	\N	\N
11	2026-12-07 23:25:24.061742+00	root	3	public.customers	people	/tmp/steward-test.BQVklP/j.rules:2	90001	{90002}	[{"a": "(6,90001,20.50,)", "b": "(6,90002,20.50,)", "c": "customer_id", "t": "public.orders", "v": "90001"}, {"a": "(90001,Jonathan,Smithers,jonathan.smithers@example.org,\\"+49 151 12345678\\",DE,10115,1980-04-02,\\"2019-01-01 00:00:00+00\\",\\"2020-01-01 00:00:00+00\\",\\"2026-06-01 00:00:00+00\\",,,,,web,,251,,,,,active)", "b": "(90001,Jonathan,Smithers,jonathan.smithers@example.org,\\"+49 151 12345678\\",DE,10115,1980-04-02,\\"2019-01-01 00:00:00+00\\",\\"2020-01-01 00:00:00+00\\",\\"2026-06-01 00:00:00+00\\",,,,,web,,251,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "90001"}, {"a": null, "b": "(90002,Jonathan,Smithers,jonathan.smithers@example.org,\\"+49 151 12345678\\",DE,10115,1980-04-02,\\"2022-01-01 00:00:00+00\\",\\"2022-02-01 00:00:00+00\\",\\"2026-03-01 00:00:00+00\\",,,,,store,,252,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "90002"}]	undone	2026-12-07 23:25:24.605888+00	root
\.


--
-- Data for Name: mx_cache; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.mx_cache (domain, status, checked_at) FROM stdin;
\.


--
-- Data for Name: not_duplicates; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.not_duplicates (table_name, key_a, key_b, at, by, why) FROM stdin;
public.customers	90001	90002	2026-12-07 23:25:24.605888+00	root	merge 11 undone
\.


--
-- Data for Name: open_counts; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.open_counts (table_name, severity, n) FROM stdin;
public.customers	critical	0
public.customers	error	0
public.customers	info	4
public.customers	warning	27
\.


--
-- Data for Name: quarantine; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.quarantine (id, at, run_id, table_name, record_key, mode, check_name, rule_source, image, row_text, children, status, released_at, released_by) FROM stdin;
1	2026-12-07 23:25:23.411228+00	1	public.customers	90021	flag	gone_quiet	/tmp/steward-test.BQVklP/flag.conf:16	{"seq": 254, "blob": null, "tags": null, "email": "alt@example.at", "extra": null, "phone": "+43 1 234567", "score": null, "status": "active", "channel": "store", "country": "AT", "postcode": "1010", "birth_date": "1960-01-01", "consent_at": null, "created_at": "2010-01-01T00:00:00+00:00", "given_name": "Österreicher", "updated_at": "2010-01-01T00:00:00+00:00", "customer_id": 90021, "family_name": "Alt", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2015-01-01T00:00:00+00:00", "marketing_opt_in": null}	(90021,Österreicher,Alt,alt@example.at,"+43 1 234567",AT,1010,1960-01-01,"2010-01-01 00:00:00+00","2010-01-01 00:00:00+00","2015-01-01 00:00:00+00",,,,,store,,254,,,,,active)	[]	held	\N	\N
2	2026-12-07 23:25:23.567486+00	2	public.customers	100	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 100, "blob": null, "tags": null, "email": "markusvoigt1959@outlook.de", "extra": null, "phone": "0341/1488705", "score": null, "status": "active", "channel": "store", "country": "DE", "postcode": "51708", "birth_date": "1959-01-04", "consent_at": "2022-11-19T13:24:12+00:00", "created_at": "2021-12-31T19:33:46+00:00", "given_name": "Markus", "updated_at": "2025-09-06T17:58:22+00:00", "customer_id": 100, "family_name": "Voigt", "opted_out_at": "2026-09-17T21:10:04+00:00", "consent_source": "in_store_tablet", "storage_region": "DE", "last_activity_at": "2024-03-19T16:35:25+00:00", "marketing_opt_in": false}	(100,Markus,Voigt,markusvoigt1959@outlook.de,0341/1488705,DE,51708,1959-01-04,"2021-12-31 19:33:46+00","2025-09-06 17:58:22+00","2024-03-19 16:35:25+00",f,"2022-11-19 13:24:12+00",in_store_tablet,"2026-09-17 21:10:04+00",store,DE,100,,,,,active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
3	2026-12-07 23:25:23.567486+00	2	public.customers	11	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 11, "blob": null, "tags": null, "email": "sophie.koehler@gmx.de", "extra": null, "phone": "0171-1229507", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "78656", "birth_date": "2004-12-15", "consent_at": "2026-05-26T00:55:04+00:00", "created_at": "2019-02-25T20:43:39+00:00", "given_name": "Sophie", "updated_at": "2023-06-16T13:41:48+00:00", "customer_id": 11, "family_name": "Köhelr", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2024-10-10T11:51:49+00:00", "marketing_opt_in": true}	(11,Sophie,Köhelr,sophie.koehler@gmx.de,0171-1229507,DE,78656,2004-12-15,"2019-02-25 20:43:39+00","2023-06-16 13:41:48+00","2024-10-10 11:51:49+00",t,"2026-05-26 00:55:04+00",double_opt_in,,web,DE,11,,,,,active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
4	2026-12-07 23:25:23.567486+00	2	public.customers	128	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 128, "blob": null, "tags": null, "email": "katharina_schaefer@hotmail.de", "extra": null, "phone": "040-45599343", "score": null, "status": "active", "channel": "store", "country": "DE", "postcode": "45518", "birth_date": "1983-02-04", "consent_at": null, "created_at": "2022-11-23T02:56:27+00:00", "given_name": "Katharina", "updated_at": "2025-11-18T22:43:23+00:00", "customer_id": 128, "family_name": "Schäfer", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2024-07-03T21:07:57+00:00", "marketing_opt_in": false}	(128,Katharina,Schäfer,katharina_schaefer@hotmail.de,040-45599343,DE,45518,1983-02-04,"2022-11-23 02:56:27+00","2025-11-18 22:43:23+00","2024-07-03 21:07:57+00",f,,,,store,DE,128,,,,,active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
5	2026-12-07 23:25:23.567486+00	2	public.customers	139	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 139, "blob": null, "tags": null, "email": "gisela.koch@gmail.com", "extra": null, "phone": "089/58192084", "score": null, "status": "active", "channel": "store", "country": "DE", "postcode": "20627", "birth_date": "1973-01-24", "consent_at": null, "created_at": "2023-04-01T12:35:24+00:00", "given_name": "Gisela", "updated_at": "2023-09-14T23:26:00+00:00", "customer_id": 139, "family_name": "Koch", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2024-10-01T21:13:31+00:00", "marketing_opt_in": false}	(139,Gisela,Koch,gisela.koch@gmail.com,089/58192084,DE,20627,1973-01-24,"2023-04-01 12:35:24+00","2023-09-14 23:26:00+00","2024-10-01 21:13:31+00",f,,,,store,DE,139,,,,,active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
6	2026-12-07 23:25:23.567486+00	2	public.customers	14	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 14, "blob": null, "tags": null, "email": "kellerc97@icloud.com", "extra": null, "phone": "+49 170 1356293", "score": null, "status": "active", "channel": "newsletter", "country": "DE", "postcode": "13884", "birth_date": "2004-02-11", "consent_at": "2026-09-05T13:57:39+00:00", "created_at": "2019-03-31T21:05:43+00:00", "given_name": "Charlotte", "updated_at": "2025-06-17T08:51:08+00:00", "customer_id": 14, "family_name": "Keller", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2024-10-20T14:36:58+00:00", "marketing_opt_in": true}	(14,Charlotte,Keller,kellerc97@icloud.com,"+49 170 1356293",DE,13884,2004-02-11,"2019-03-31 21:05:43+00","2025-06-17 08:51:08+00","2024-10-20 14:36:58+00",t,"2026-09-05 13:57:39+00",double_opt_in,,newsletter,DE,14,,,,,active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
7	2026-12-07 23:25:23.567486+00	2	public.customers	141	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 141, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "tobias_graf@hotmail.de", "extra": {"k": [1, 2.50], "n": null}, "phone": "030 94627743", "score": 12.500, "status": "active", "channel": "newsletter", "country": "DE", "postcode": "09777", "birth_date": "1984-02-21", "consent_at": "2025-03-10T23:29:33+00:00", "created_at": "2023-04-23T16:35:46+00:00", "given_name": "Tobias", "updated_at": "2025-09-13T12:34:35+00:00", "customer_id": 141, "family_name": "Graf", "opted_out_at": null, "consent_source": "newsletter_signup", "storage_region": "DE", "last_activity_at": "2024-07-05T05:37:39+00:00", "marketing_opt_in": true}	(141,Tobias,Graf,tobias_graf@hotmail.de,"030 94627743",DE,09777,1984-02-21,"2023-04-23 16:35:46+00","2025-09-13 12:34:35+00","2024-07-05 05:37:39+00",t,"2025-03-10 23:29:33+00",newsletter_signup,,newsletter,DE,141,"{a,""b c"",NULL}","\\\\x00ff",12.500,"{""k"": [1, 2.50], ""n"": null}",active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
14	2026-12-07 23:25:23.567486+00	2	public.customers	90031	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 255, "blob": null, "tags": null, "email": "dora@example.de", "extra": null, "phone": "+49 30 7654321", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "10117", "birth_date": "1961-01-01", "consent_at": null, "created_at": "2011-01-01T00:00:00+00:00", "given_name": "Dora", "updated_at": "2011-01-01T00:00:00+00:00", "customer_id": 90031, "family_name": "Alt", "opted_out_at": null, "consent_source": null, "storage_region": null, "last_activity_at": "2016-01-01T00:00:00+00:00", "marketing_opt_in": null}	(90031,Dora,Alt,dora@example.de,"+49 30 7654321",DE,10117,1961-01-01,"2011-01-01 00:00:00+00","2011-01-01 00:00:00+00","2016-01-01 00:00:00+00",,,,,web,,255,,,,,active)	[{"rows": ["(7,90031,1.00,\\"moves along\\")", "(8,90031,2.00,)"], "table": "public.orders"}]	released	2026-12-07 23:25:24.233691+00	root
8	2026-12-07 23:25:23.567486+00	2	public.customers	26	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 26, "blob": null, "tags": null, "email": "lealange1990@gmail.com", "extra": null, "phone": "0351/4724952", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "34526", "birth_date": "1990-02-28", "consent_at": "2023-12-25T11:42:53+00:00", "created_at": "2019-08-19T21:35:54+00:00", "given_name": "Lea", "updated_at": "2026-08-08T00:12:58+00:00", "customer_id": 26, "family_name": "Lange", "opted_out_at": "2024-10-02T18:13:47+00:00", "consent_source": "web_form", "storage_region": "DE", "last_activity_at": "2024-06-09T20:58:16+00:00", "marketing_opt_in": false}	(26,Lea,Lange,lealange1990@gmail.com,0351/4724952,DE,34526,1990-02-28,"2019-08-19 21:35:54+00","2026-08-08 00:12:58+00","2024-06-09 20:58:16+00",f,"2023-12-25 11:42:53+00",web_form,"2024-10-02 18:13:47+00",web,DE,26,,,,,active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
9	2026-12-07 23:25:23.567486+00	2	public.customers	3	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 3, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "lenakraus1953@gmail.com", "extra": {"k": [1, 2.50], "n": null}, "phone": "0162/6349328", "score": 12.500, "status": "active", "channel": "web", "country": "DE", "postcode": "84166", "birth_date": "1953-10-06", "consent_at": "2024-05-31T03:59:43+00:00", "created_at": "2018-11-23T14:18:26+00:00", "given_name": "Lena", "updated_at": "2024-03-02T05:47:54+00:00", "customer_id": 3, "family_name": "Kraus", "opted_out_at": "2025-02-06T16:50:13+00:00", "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2024-04-05T16:03:58+00:00", "marketing_opt_in": false}	(3,Lena,Kraus,lenakraus1953@gmail.com,0162/6349328,DE,84166,1953-10-06,"2018-11-23 14:18:26+00","2024-03-02 05:47:54+00","2024-04-05 16:03:58+00",f,"2024-05-31 03:59:43+00",double_opt_in,"2025-02-06 16:50:13+00",web,DE,3,"{a,""b c"",NULL}","\\\\x00ff",12.500,"{""k"": [1, 2.50], ""n"": null}",active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
10	2026-12-07 23:25:23.567486+00	2	public.customers	33	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 33, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "jungf97@web.de", "extra": {"k": [1, 2.50], "n": null}, "phone": "+49 157 37075266", "score": 12.500, "status": "active", "channel": "web", "country": "DE", "postcode": "17621", "birth_date": "1984-01-11", "consent_at": "2025-11-12T10:40:25+00:00", "created_at": "2019-11-09T09:25:53+00:00", "given_name": "Felix", "updated_at": "2022-07-21T11:12:53+00:00", "customer_id": 33, "family_name": "Jung", "opted_out_at": null, "consent_source": "double_opt_in", "storage_region": "DE", "last_activity_at": "2024-10-13T01:07:25+00:00", "marketing_opt_in": true}	(33,Felix,Jung,jungf97@web.de,"+49 157 37075266",DE,17621,1984-01-11,"2019-11-09 09:25:53+00","2022-07-21 11:12:53+00","2024-10-13 01:07:25+00",t,"2025-11-12 10:40:25+00",double_opt_in,,web,DE,33,"{a,""b c"",NULL}","\\\\x00ff",12.500,"{""k"": [1, 2.50], ""n"": null}",active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
11	2026-12-07 23:25:23.567486+00	2	public.customers	52	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 52, "blob": null, "tags": null, "email": "susanne_heinrich@t-online.de", "extra": null, "phone": "+49 177 18180058", "score": null, "status": "active", "channel": "store", "country": "DE", "postcode": "01195", "birth_date": "1983-10-21", "consent_at": null, "created_at": "2020-06-18T16:29:57+00:00", "given_name": "Susanne", "updated_at": "2026-09-10T12:12:32+00:00", "customer_id": 52, "family_name": "Heinrich", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2024-02-09T08:40:48+00:00", "marketing_opt_in": false}	(52,Susanne,Heinrich,susanne_heinrich@t-online.de,"+49 177 18180058",DE,01195,1983-10-21,"2020-06-18 16:29:57+00","2026-09-10 12:12:32+00","2024-02-09 08:40:48+00",f,,,,store,DE,52,,,,,active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
12	2026-12-07 23:25:23.567486+00	2	public.customers	59	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 59, "blob": null, "tags": null, "email": "michael.meyer@web.de", "extra": null, "phone": "+49 172 7284274", "score": null, "status": "active", "channel": "web", "country": "DE", "postcode": "23270", "birth_date": "1989-01-04", "consent_at": null, "created_at": "2020-09-08T19:24:33+00:00", "given_name": "Michael", "updated_at": "2023-12-05T16:03:28+00:00", "customer_id": 59, "family_name": "Meyer", "opted_out_at": null, "consent_source": null, "storage_region": "DE", "last_activity_at": "2024-09-10T21:54:59+00:00", "marketing_opt_in": false}	(59,Michael,Meyer,michael.meyer@web.de,"+49 172 7284274",DE,23270,1989-01-04,"2020-09-08 19:24:33+00","2023-12-05 16:03:28+00","2024-09-10 21:54:59+00",f,,,,web,DE,59,,,,,active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
13	2026-12-07 23:25:23.567486+00	2	public.customers	6	move	gone_quiet	/tmp/steward-test.BQVklP/move.conf:16	{"seq": 6, "blob": "\\\\x00ff", "tags": ["a", "b c", null], "email": "sophie.koehler@gmx.de", "extra": {"k": [1, 2.50], "n": null}, "phone": "0171-1229507", "score": 12.500, "status": "active", "channel": "newsletter", "country": "DE", "postcode": "15763", "birth_date": "2004-12-15", "consent_at": "2021-07-19T22:49:19+00:00", "created_at": "2018-12-28T14:34:12+00:00", "given_name": "Sophie", "updated_at": "2021-11-05T17:08:32+00:00", "customer_id": 6, "family_name": "Köhler", "opted_out_at": "2022-01-01T17:06:02+00:00", "consent_source": "newsletter_signup", "storage_region": "DE", "last_activity_at": "2024-06-06T20:12:48+00:00", "marketing_opt_in": false}	(6,Sophie,Köhler,sophie.koehler@gmx.de,0171-1229507,DE,15763,2004-12-15,"2018-12-28 14:34:12+00","2021-11-05 17:08:32+00","2024-06-06 20:12:48+00",f,"2021-07-19 22:49:19+00",newsletter_signup,"2022-01-01 17:06:02+00",newsletter,DE,6,"{a,""b c"",NULL}","\\\\x00ff",12.500,"{""k"": [1, 2.50], ""n"": null}",active)	[{"rows": [], "table": "public.orders"}]	held	\N	\N
\.


--
-- Data for Name: reviews; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.reviews (id, table_name, rule, keys, keys_md5, centre_key, score, status, first_run, last_run, decided_at, decided_by, merge_id) FROM stdin;
\.


--
-- Data for Name: rewrites; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.rewrites (id, at, by, run_id, table_name, record_key, check_name, rule_source, field, rows, status, undone_at, undone_by) FROM stdin;
1	2026-12-07 23:25:24.046758+00	root	3	public.customers	204	email_norm	/tmp/steward-test.BQVklP/j.rules:1	email	[{"a": "(204,Lisa,Janssen,Lisajanssen1957@gmail.com,\\"070 321 6255\\",NL,\\"2105 EW\\",1957-12-10,\\"2025-04-29 17:49:36+00\\",\\"2025-08-10 01:17:56+00\\",\\"2026-01-29 22:50:37+00\\",t,\\"2025-07-28 20:55:31+00\\",in_store_tablet,,store,DE,204,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "b": "(204,Lisa,Janssen,Lisajanssen1957@Gmail.com,\\"070 321 6255\\",NL,\\"2105 EW\\",1957-12-10,\\"2025-04-29 17:49:36+00\\",\\"2025-08-10 01:17:56+00\\",\\"2026-01-29 22:50:37+00\\",t,\\"2025-07-28 20:55:31+00\\",in_store_tablet,,store,DE,204,\\"{a,\\"\\"b c\\"\\",NULL}\\",\\"\\\\\\\\x00ff\\",12.500,\\"{\\"\\"k\\"\\": [1, 2.50], \\"\\"n\\"\\": null}\\",active)", "c": "customer_id", "t": "public.customers", "v": "204"}]	done	\N	\N
2	2026-12-07 23:25:24.046758+00	root	3	public.customers	90011	email_norm	/tmp/steward-test.BQVklP/j.rules:1	email	[{"a": "(90011,Zoë,Ana,zoe@example.de,\\"030 1234567\\",DE,10115,1970-01-01,\\"2010-01-01 00:00:00+00\\",\\"2010-01-01 00:00:00+00\\",\\"2026-10-01 00:00:00+00\\",,,,,web,,253,,,,,active)", "b": "(90011,Zoë,Ana,zoe@Example.DE,\\"030 1234567\\",DE,10115,1970-01-01,\\"2010-01-01 00:00:00+00\\",\\"2010-01-01 00:00:00+00\\",\\"2026-10-01 00:00:00+00\\",,,,,web,,253,,,,,active)", "c": "customer_id", "t": "public.customers", "v": "90011"}]	undone	2026-12-07 23:25:24.400454+00	root
\.


--
-- Data for Name: run_jurisdictions; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.run_jurisdictions (run_id, jurisdiction, records) FROM stdin;
1	unassigned	251
1	at	4
2	unassigned	206
2	de	49
3	unassigned	242
\.


--
-- Data for Name: runs; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.runs (id, kind, table_name, mode, status, started_at, finished_at, rows_scanned, findings_total, findings_new, findings_resolved, error, steward_version, as_of, actions_taken, actions_proposed, snapshot_at) FROM stdin;
1	full	public.customers	enforce	done	2026-12-07 23:25:23.387763+00	2026-12-07 23:25:23.389949+00	255	1	1	0	\N	0.1.0	2026-11-01 00:00:00+00	1	0	2026-12-07 23:25:23.389231+00
2	full	public.customers	enforce	done	2026-12-07 23:25:23.498641+00	2026-12-07 23:25:23.514738+00	255	13	13	1	\N	0.1.0	2026-11-01 00:00:00+00	13	0	2026-12-07 23:25:23.504367+00
3	full	public.customers	enforce	done	2026-12-07 23:25:23.679591+00	2026-12-07 23:25:24.031746+00	242	31	31	13	\N	0.1.0	2026-11-01 00:00:00+00	13	0	2026-12-07 23:25:23.680985+00
\.


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: steward; Owner: -
--

COPY steward.schema_version (version, applied_at, steward_version) FROM stdin;
1	2026-12-07 23:25:23.293212+00	0.1.0
2	2026-12-07 23:25:23.293212+00	0.1.0
3	2026-12-07 23:25:23.293212+00	0.1.0
4	2026-12-07 23:25:23.293212+00	0.1.0
5	2026-12-07 23:25:23.293212+00	0.1.0
6	2026-12-07 23:25:23.293212+00	0.1.0
7	2026-12-07 23:25:23.293212+00	0.1.0
8	2026-12-07 23:25:23.293212+00	0.1.0
9	2026-12-07 23:25:23.293212+00	0.1.0
10	2026-12-07 23:25:23.293212+00	0.1.0
\.


--
-- Name: customers_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.customers_seq_seq', 255, true);


--
-- Name: orders_order_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.orders_order_id_seq', 8, true);


--
-- Name: audit_id_seq; Type: SEQUENCE SET; Schema: steward; Owner: -
--

SELECT pg_catalog.setval('steward.audit_id_seq', 30, true);


--
-- Name: findings_id_seq; Type: SEQUENCE SET; Schema: steward; Owner: -
--

SELECT pg_catalog.setval('steward.findings_id_seq', 45, true);


--
-- Name: merges_id_seq; Type: SEQUENCE SET; Schema: steward; Owner: -
--

SELECT pg_catalog.setval('steward.merges_id_seq', 11, true);


--
-- Name: quarantine_id_seq; Type: SEQUENCE SET; Schema: steward; Owner: -
--

SELECT pg_catalog.setval('steward.quarantine_id_seq', 14, true);


--
-- Name: reviews_id_seq; Type: SEQUENCE SET; Schema: steward; Owner: -
--

SELECT pg_catalog.setval('steward.reviews_id_seq', 1, false);


--
-- Name: rewrites_id_seq; Type: SEQUENCE SET; Schema: steward; Owner: -
--

SELECT pg_catalog.setval('steward.rewrites_id_seq', 2, true);


--
-- Name: runs_id_seq; Type: SEQUENCE SET; Schema: steward; Owner: -
--

SELECT pg_catalog.setval('steward.runs_id_seq', 3, true);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (customer_id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (order_id);


--
-- Name: audit audit_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.audit
    ADD CONSTRAINT audit_pkey PRIMARY KEY (id);


--
-- Name: deliveries deliveries_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.deliveries
    ADD CONSTRAINT deliveries_pkey PRIMARY KEY (key);


--
-- Name: duplicates duplicates_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.duplicates
    ADD CONSTRAINT duplicates_pkey PRIMARY KEY (run_id, rule, record_key);


--
-- Name: findings findings_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.findings
    ADD CONSTRAINT findings_pkey PRIMARY KEY (id);


--
-- Name: merges merges_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.merges
    ADD CONSTRAINT merges_pkey PRIMARY KEY (id);


--
-- Name: mx_cache mx_cache_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.mx_cache
    ADD CONSTRAINT mx_cache_pkey PRIMARY KEY (domain);


--
-- Name: not_duplicates not_duplicates_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.not_duplicates
    ADD CONSTRAINT not_duplicates_pkey PRIMARY KEY (table_name, key_a, key_b);


--
-- Name: open_counts open_counts_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.open_counts
    ADD CONSTRAINT open_counts_pkey PRIMARY KEY (table_name, severity);


--
-- Name: quarantine quarantine_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.quarantine
    ADD CONSTRAINT quarantine_pkey PRIMARY KEY (id);


--
-- Name: reviews reviews_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.reviews
    ADD CONSTRAINT reviews_pkey PRIMARY KEY (id);


--
-- Name: rewrites rewrites_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.rewrites
    ADD CONSTRAINT rewrites_pkey PRIMARY KEY (id);


--
-- Name: run_jurisdictions run_jurisdictions_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.run_jurisdictions
    ADD CONSTRAINT run_jurisdictions_pkey PRIMARY KEY (run_id, jurisdiction);


--
-- Name: runs runs_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.runs
    ADD CONSTRAINT runs_pkey PRIMARY KEY (id);


--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);


--
-- Name: audit_at; Type: INDEX; Schema: steward; Owner: -
--

CREATE INDEX audit_at ON steward.audit USING btree (at);


--
-- Name: audit_record; Type: INDEX; Schema: steward; Owner: -
--

CREATE INDEX audit_record ON steward.audit USING btree (record_key);


--
-- Name: deliveries_run; Type: INDEX; Schema: steward; Owner: -
--

CREATE INDEX deliveries_run ON steward.deliveries USING btree (run_id);


--
-- Name: findings_first_run; Type: INDEX; Schema: steward; Owner: -
--

CREATE INDEX findings_first_run ON steward.findings USING btree (first_run);


--
-- Name: findings_open_key; Type: INDEX; Schema: steward; Owner: -
--

CREATE UNIQUE INDEX findings_open_key ON steward.findings USING btree (table_name, check_name, record_key, field) WHERE (status = 'open'::text);


--
-- Name: findings_resolved_run; Type: INDEX; Schema: steward; Owner: -
--

CREATE INDEX findings_resolved_run ON steward.findings USING btree (resolved_run);


--
-- Name: quarantine_held; Type: INDEX; Schema: steward; Owner: -
--

CREATE UNIQUE INDEX quarantine_held ON steward.quarantine USING btree (table_name, record_key) WHERE (status = 'held'::text);


--
-- Name: reviews_pending; Type: INDEX; Schema: steward; Owner: -
--

CREATE UNIQUE INDEX reviews_pending ON steward.reviews USING btree (table_name, rule, keys_md5) WHERE (status = ANY (ARRAY['open'::text, 'accepted'::text]));


--
-- Name: runs_table; Type: INDEX; Schema: steward; Owner: -
--

CREATE INDEX runs_table ON steward.runs USING btree (table_name, id);


--
-- Name: findings findings_count_delete; Type: TRIGGER; Schema: steward; Owner: -
--

CREATE TRIGGER findings_count_delete AFTER DELETE ON steward.findings REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION steward.findings_count();


--
-- Name: findings findings_count_insert; Type: TRIGGER; Schema: steward; Owner: -
--

CREATE TRIGGER findings_count_insert AFTER INSERT ON steward.findings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION steward.findings_count();


--
-- Name: findings findings_count_update; Type: TRIGGER; Schema: steward; Owner: -
--

CREATE TRIGGER findings_count_update AFTER UPDATE ON steward.findings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION steward.findings_count();


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(customer_id);


--
-- Name: audit audit_run_id_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.audit
    ADD CONSTRAINT audit_run_id_fkey FOREIGN KEY (run_id) REFERENCES steward.runs(id);


--
-- Name: deliveries deliveries_run_id_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.deliveries
    ADD CONSTRAINT deliveries_run_id_fkey FOREIGN KEY (run_id) REFERENCES steward.runs(id);


--
-- Name: duplicates duplicates_run_id_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.duplicates
    ADD CONSTRAINT duplicates_run_id_fkey FOREIGN KEY (run_id) REFERENCES steward.runs(id);


--
-- Name: findings findings_first_run_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.findings
    ADD CONSTRAINT findings_first_run_fkey FOREIGN KEY (first_run) REFERENCES steward.runs(id);


--
-- Name: findings findings_resolved_run_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.findings
    ADD CONSTRAINT findings_resolved_run_fkey FOREIGN KEY (resolved_run) REFERENCES steward.runs(id);


--
-- Name: merges merges_run_id_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.merges
    ADD CONSTRAINT merges_run_id_fkey FOREIGN KEY (run_id) REFERENCES steward.runs(id);


--
-- Name: quarantine quarantine_run_id_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.quarantine
    ADD CONSTRAINT quarantine_run_id_fkey FOREIGN KEY (run_id) REFERENCES steward.runs(id);


--
-- Name: reviews reviews_first_run_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.reviews
    ADD CONSTRAINT reviews_first_run_fkey FOREIGN KEY (first_run) REFERENCES steward.runs(id);


--
-- Name: reviews reviews_last_run_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.reviews
    ADD CONSTRAINT reviews_last_run_fkey FOREIGN KEY (last_run) REFERENCES steward.runs(id);


--
-- Name: reviews reviews_merge_id_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.reviews
    ADD CONSTRAINT reviews_merge_id_fkey FOREIGN KEY (merge_id) REFERENCES steward.merges(id);


--
-- Name: rewrites rewrites_run_id_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.rewrites
    ADD CONSTRAINT rewrites_run_id_fkey FOREIGN KEY (run_id) REFERENCES steward.runs(id);


--
-- Name: run_jurisdictions run_jurisdictions_run_id_fkey; Type: FK CONSTRAINT; Schema: steward; Owner: -
--

ALTER TABLE ONLY steward.run_jurisdictions
    ADD CONSTRAINT run_jurisdictions_run_id_fkey FOREIGN KEY (run_id) REFERENCES steward.runs(id);


--
-- PostgreSQL database dump complete
--

\unrestrict Okg4WoUvEgbChIue7NZfRL0gEzw64yJcwxc7CwnNHBRMnpJueWsIyujRXwlVsMC

