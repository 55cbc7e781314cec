/*
 * transport.c -- one delivery attempt of a spooled message, by SMTP or
 * webhook, through libcurl.
 *
 * libcurl builds the MIME message (curl_mime: quoted-printable bodies,
 * base64 attachment streamed from its file), dot-stuffs it and speaks
 * STARTTLS; we only add the headers it does not know about.  TLS is
 * required unless smtp { allow_plain yes }, and certificates are always
 * verified.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "lib/secret.h"
#include "lib/util.h"
#include "notifiers/transport.h"

/* Read a whole (small) part, turning LF into CRLF for the mail parts. */
static int
slurp(const char *path, int crlf, struct buf *b, char **cause)
{
	FILE	*fp;
	char	 chunk[8192];
	size_t	 n, i;

	if ((fp = fopen(path, "re")) == NULL) {
		*cause = xasprintf("cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		for (i = 0; i < n; i++) {
			if (crlf && chunk[i] == '\n' &&
			    (b->len == 0 || b->data[b->len - 1] != '\r'))
				buf_addc(b, '\r');
			buf_addc(b, chunk[i]);
		}
	fclose(fp);
	return 0;
}

void
mail_encode_header(struct buf *b, const char *s)
{
	const unsigned char	*p;
	size_t			 word = 0, clen;
	int			 plain = 1;

	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p >= 0x7f || *p < 0x20 || (*p == '=' && p[1] == '?'))
			plain = 0;
	if (plain && strlen(s) <= 900) {
		buf_adds(b, s);
		return;
	}
	for (p = (const unsigned char *)s; *p != '\0'; p += clen) {
		/* Never split a UTF-8 sequence across encoded words. */
		clen = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : *p >= 0xc0 ? 2 : 1;
		if (word == 0 || word + clen * 3 > 75 - 12 - 2) {
			if (word > 0)
				buf_adds(b, "?=\r\n ");
			buf_adds(b, "=?UTF-8?Q?");
			word = 0;
		}
		for (size_t i = 0; i < clen && p[i] != '\0'; i++) {
			unsigned char c = p[i];
			if (c == ' ')
				buf_addc(b, '_'), word++;
			else if ((c >= 'a' && c <= 'z') || (c >= 'A' &&
			    c <= 'Z') || (c >= '0' && c <= '9') ||
			    strchr("!*+-/", c) != NULL)
				buf_addc(b, (char)c), word++;
			else
				buf_printf(b, "=%02X", c), word += 3;
			if (p[i + 1] == '\0' && i + 1 < clen) {
				clen = i + 1;
				break;
			}
		}
	}
	buf_adds(b, "?=");
}

char *
mail_envelope_from(const char *from)
{
	const char	*lt, *gt;

	if ((lt = strrchr(from, '<')) != NULL &&
	    (gt = strchr(lt, '>')) != NULL)
		return xstrndup(lt, (size_t)(gt - lt + 1));
	return xasprintf("<%s>", from);
}

static struct curl_slist *
header(struct curl_slist *l, const char *name, const char *value)
{
	struct buf		 b;
	struct curl_slist	*n;

	buf_init(&b);
	buf_printf(&b, "%s: ", name);
	mail_encode_header(&b, value);
	buf_addc(&b, '\0');
	n = curl_slist_append(l, b.data);
	buf_free(&b);
	return n;
}

/* Permanent or worth retrying, from what the server or libcurl said. */
static int
classify(CURLcode code, long response)
{
	if (code == CURLE_LOGIN_DENIED || code == CURLE_USE_SSL_FAILED ||
	    code == CURLE_PEER_FAILED_VERIFICATION ||
	    code == CURLE_SSL_CACERT_BADFILE)
		return SEND_FAILED;
	if (response >= 500 && response < 600)
		return SEND_FAILED;
	return SEND_RETRY;
}

static CURL *
easy(const char *url, const char *ca, int timeout, char *errbuf)
{
	CURL	*c;

	if ((c = curl_easy_init()) == NULL)
		return NULL;
	errbuf[0] = '\0';
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, (long)timeout);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, (long)(timeout < 30 ?
	    timeout : 30));
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	if (ca != NULL)
		curl_easy_setopt(c, CURLOPT_CAINFO, ca);
	return c;
}

static char *
curl_cause(const char *what, CURLcode code, const char *errbuf, long resp)
{
	if (resp > 0)
		return xasprintf("%s: %s (server said %ld)", what,
		    errbuf[0] != '\0' ? errbuf : curl_easy_strerror(code), resp);
	return xasprintf("%s: %s", what, errbuf[0] != '\0' ? errbuf :
	    curl_easy_strerror(code));
}

int
mail_send(const struct mail_server *srv, const char *dir,
    const struct spool_msg *m, char **cause)
{
	CURL			*c;
	CURLcode		 code;
	curl_mime		*mime = NULL, *alt = NULL;
	curl_mimepart		*part;
	struct curl_slist	*rcpt = NULL, *hdrs = NULL, *inl = NULL;
	struct buf		 text, html, to;
	char			 errbuf[CURL_ERROR_SIZE], *p, *from = NULL;
	char			*pw = NULL;
	long			 resp = 0;
	size_t			 i;
	int			 rc = SEND_RETRY;

	if (srv->url == NULL) {
		*cause = xstrdup("no smtp { } configured");
		return SEND_RETRY;
	}
	buf_init(&text);
	buf_init(&html);
	buf_init(&to);
	if ((c = easy(srv->url, srv->ca_file, srv->timeout,
	    errbuf)) == NULL) {
		*cause = xstrdup("smtp: cannot start libcurl");
		return SEND_RETRY;
	}
	if (srv->password_file != NULL && secret_read(srv->password_file,
	    "smtp password_file", &pw, cause) != 0) {
		rc = SEND_RETRY;
		goto out;
	}
	p = spool_part(dir, m, "report.txt");
	rc = slurp(p, 1, &text, cause);
	free(p);
	if (rc == 0) {
		p = spool_part(dir, m, "report.html");
		rc = slurp(p, 1, &html, cause);
		free(p);
	}
	if (rc != 0) {
		rc = SEND_FAILED;	/* a broken message stays broken */
		goto out;
	}
	rc = SEND_RETRY;

	from = mail_envelope_from(srv->from);
	curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
	for (i = 0; i < m->nrcpt; i++) {
		rcpt = curl_slist_append(rcpt, m->rcpt[i]);
		buf_printf(&to, "%s%s", i ? ", " : "", m->rcpt[i]);
	}
	buf_addc(&to, '\0');
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(c, CURLOPT_USE_SSL, srv->plain ? (long)CURLUSESSL_NONE :
	    (long)CURLUSESSL_ALL);
	if (srv->username != NULL) {
		curl_easy_setopt(c, CURLOPT_USERNAME, srv->username);
		curl_easy_setopt(c, CURLOPT_PASSWORD, pw != NULL ? pw : "");
	}

	hdrs = header(hdrs, "Date", m->date);
	hdrs = header(hdrs, "Message-ID", m->message_id);
	hdrs = header(hdrs, "From", srv->from);
	if (srv->reply_to != NULL)
		hdrs = header(hdrs, "Reply-To", srv->reply_to);
	hdrs = header(hdrs, "To", to.data);
	hdrs = header(hdrs, "Subject", m->subject != NULL ? m->subject : "");
	hdrs = curl_slist_append(hdrs, "Auto-Submitted: auto-generated");
	p = xasprintf("X-Steward-Run: %lld", m->run);
	hdrs = curl_slist_append(hdrs, p);
	free(p);
	hdrs = header(hdrs, "X-Steward-Jurisdiction", m->jurisdiction);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);

	mime = curl_mime_init(c);
	alt = curl_mime_init(c);
	part = curl_mime_addpart(alt);
	curl_mime_data(part, text.data != NULL ? text.data : "", text.len);
	curl_mime_type(part, "text/plain; charset=utf-8");
	curl_mime_encoder(part, "quoted-printable");
	part = curl_mime_addpart(alt);
	curl_mime_data(part, html.data != NULL ? html.data : "", html.len);
	curl_mime_type(part, "text/html; charset=utf-8");
	curl_mime_encoder(part, "quoted-printable");
	part = curl_mime_addpart(mime);
	curl_mime_subparts(part, alt);
	curl_mime_type(part, "multipart/alternative");
	inl = curl_slist_append(NULL, "Content-Disposition: inline");
	curl_mime_headers(part, inl, 1);
	if (m->attachment != NULL) {
		part = curl_mime_addpart(mime);
		p = spool_part(dir, m, "findings.csv");
		/* Streamed from the file: a large CSV never sits in memory. */
		curl_mime_filedata(part, p);
		free(p);
		curl_mime_filename(part, m->attachment);
		curl_mime_type(part, "text/csv; charset=utf-8");
		curl_mime_encoder(part, "base64");
	}
	curl_easy_setopt(c, CURLOPT_MIMEPOST, mime);

	code = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &resp);
	if (code == CURLE_OK)
		rc = SEND_OK;
	else {
		rc = classify(code, resp);
		*cause = curl_cause("smtp", code, errbuf, resp);
	}
out:
	curl_easy_cleanup(c);
	curl_mime_free(mime);
	curl_slist_free_all(rcpt);
	curl_slist_free_all(hdrs);
	free(from);
	if (pw != NULL) {
		memset(pw, 0, strlen(pw));
		free(pw);
	}
	buf_free(&text);
	buf_free(&html);
	buf_free(&to);
	return rc;
}

void
webhook_sign(const char *key, size_t keylen, const char *ts, const char *body,
    size_t len, char hex[65])
{
	unsigned char	 mac[EVP_MAX_MD_SIZE];
	unsigned int	 maclen = 0, i;
	struct buf	 msg;

	buf_init(&msg);
	buf_printf(&msg, "%s.", ts);
	buf_add(&msg, body, len);
	HMAC(EVP_sha256(), key, (int)keylen, (const unsigned char *)msg.data,
	    msg.len, mac, &maclen);
	for (i = 0; i < maclen && i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", mac[i]);
	hex[2 * i] = '\0';
	buf_free(&msg);
}

static size_t
discard(char *p, size_t size, size_t n, void *arg)
{
	(void)p;
	(void)arg;
	return size * n;
}

int
webhook_send(const struct webhook_server *srv, const char *dir,
    const struct spool_msg *m, char **cause)
{
	CURL			*c;
	CURLcode		 code;
	struct curl_slist	*hdrs = NULL;
	struct buf		 body;
	char			 errbuf[CURL_ERROR_SIZE], ts[32], sig[65], *p;
	char			*secret = NULL;
	long			 resp = 0;
	int			 rc;

	if (srv->url == NULL) {
		*cause = xstrdup("no webhook { } configured");
		return SEND_RETRY;
	}
	buf_init(&body);
	p = spool_part(dir, m, "body.json");
	rc = slurp(p, 0, &body, cause);
	free(p);
	if (rc != 0) {
		buf_free(&body);
		return SEND_FAILED;
	}
	if (secret_read(srv->secret_file, "webhook secret_file",
	    &secret, cause) != 0) {
		buf_free(&body);
		return SEND_RETRY;
	}
	if ((c = easy(srv->url, srv->ca_file,
	    srv->timeout, errbuf)) == NULL) {
		*cause = xstrdup("webhook: cannot start libcurl");
		rc = SEND_RETRY;
		goto out;
	}
	/* The time is signed too, so a captured request cannot be replayed
	 * later than the receiver allows. */
	snprintf(ts, sizeof ts, "%lld", (long long)time(NULL));
	webhook_sign(secret, strlen(secret), ts, body.data != NULL ?
	    body.data : "", body.len, sig);
	hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
	p = xasprintf("X-Steward-Timestamp: %s", ts);
	hdrs = curl_slist_append(hdrs, p);
	free(p);
	p = xasprintf("X-Steward-Signature: sha256=%s", sig);
	hdrs = curl_slist_append(hdrs, p);
	free(p);
	p = xasprintf("Idempotency-Key: %s", m->key);
	hdrs = curl_slist_append(hdrs, p);
	free(p);
	hdrs = curl_slist_append(hdrs, "Expect:");
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.data != NULL ?
	    body.data : "");
	curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)body.len);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
#else
	curl_easy_setopt(c, CURLOPT_PROTOCOLS, (long)CURLPROTO_HTTPS);
#endif
	code = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &resp);
	if (code == CURLE_OK && resp >= 200 && resp < 300)
		rc = SEND_OK;
	else if (code == CURLE_OK) {
		/* 4xx but 408 and 429 is the receiver refusing it for good. */
		rc = resp >= 400 && resp < 500 && resp != 408 && resp != 429 ?
		    SEND_FAILED : SEND_RETRY;
		*cause = xasprintf("webhook: the server answered %ld", resp);
	} else {
		rc = classify(code, 0);
		*cause = curl_cause("webhook", code, errbuf, 0);
	}
	curl_easy_cleanup(c);
out:
	curl_slist_free_all(hdrs);
	memset(secret, 0, strlen(secret));
	free(secret);
	buf_free(&body);
	return rc;
}
