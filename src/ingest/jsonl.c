/*
 * jsonl.c - JSON lines: one document per non-blank line, an object with
 *   "text"       required string: the document text
 *   "url"        optional string: the document's source (else "PATH:LINE")
 *   "title"      optional string
 *   "published"  optional string: "YYYY-MM-DD", or an ISO timestamp whose
 *                first 10 characters are kept, or a bare year
 * Every line is checked on its own: bad ones are reported as "PATH:LINE: ..."
 * and skipped, the others still go through.  UTF-8 offsets in messages are
 * offsets in the whole input.
 */
#include "ingest/ingest_internal.h"
#include "util/alloc.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

static int blank_line(const char *p, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\v' && p[i] != '\f')
			return 0;
	return 1;
}

/* The next line of [p, end): its length without "\n" or "\r\n". */
static size_t line_len(const char *p, const char *end, const char **next)
{
	const char *e = memchr(p, '\n', (size_t)(end - p));
	size_t n;
	if (!e) {
		*next = end;
		n = (size_t)(end - p);
	} else {
		*next = e + 1;
		n = (size_t)(e - p);
	}
	if (n && p[n - 1] == '\r')
		n--;
	return n;
}

static size_t skip_bom(const char *data, size_t len)
{
	return (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
}

int ent_ingest__jsonl_sniff(const char *data, size_t len)
{
	const char *p = data + skip_bom(data, len), *end = data + len, *next;
	while (p < end) {
		size_t n = line_len(p, end, &next);
		if (!blank_line(p, n)) {
			json_error_t err;
			json_t *v = json_loadb(p, n, JSON_DECODE_ANY, &err);
			int ok = v && json_is_object(v) && json_object_get(v, "text");
			json_decref(v);
			return ok;
		}
		p = next;
	}
	return 0;
}

static const char *opt_string(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* One non-blank line; reports its own problems.  @return as emit. */
static int one_line(ent_ingest__ctx *ctx, const char *p, size_t n, size_t base,
		    const char *where, size_t lineno)
{
	json_error_t err;
	json_t *obj, *t;
	const char *url, *title, *pub;
	char date[11];
	size_t bad;
	int rc;
	if (!ent_utf8_valid(p, n, &bad)) {
		ent_ingest__report(ctx, where, ENT_EPARSE, "%s: invalid UTF-8 at byte %zu", where,
				   base + bad);
		return ENT_OK;
	}
	obj = json_loadb(p, n, JSON_DECODE_ANY, &err);
	if (!obj) {
		ent_ingest__report(ctx, where, ENT_EPARSE, "%s: invalid JSON at column %d: %s",
				   where, err.column, err.text);
		return ENT_OK;
	}
	if (!json_is_object(obj)) {
		json_decref(obj);
		ent_ingest__report(ctx, where, ENT_EPARSE, "%s: not a JSON object", where);
		return ENT_OK;
	}
	t = json_object_get(obj, "text");
	if (!json_is_string(t)) {
		json_decref(obj);
		ent_ingest__report(ctx, where, ENT_EPARSE, "%s: no string \"text\" field", where);
		return ENT_OK;
	}
	/* jansson guarantees UTF-8 and, without JSON_ALLOW_NUL, no NUL; the
	 * offsets of the decoded text are not file offsets, hence base 0 */
	if (!ent_ingest__check(ctx, where, json_string_value(t), json_string_length(t), 0,
			       "data", 1)) {
		json_decref(obj);
		return ENT_OK;
	}
	url = opt_string(obj, "url");
	if (url && !*url)
		url = NULL;
	title = opt_string(obj, "title");
	if (title && !*title)
		title = NULL;
	pub = opt_string(obj, "published");
	if (!pub || !ent_ingest__iso_date(pub, strlen(pub), date))
		date[0] = '\0';
	rc = ent_ingest__emit(ctx, json_string_value(t), json_string_length(t), url ? url : where,
			      title, date[0] ? date : NULL, ENT_FORMAT_JSONL, lineno);
	json_decref(obj);
	return rc;
}

int ent_ingest__jsonl(ent_ingest__ctx *ctx, const char *data, size_t len, const char *source)
{
	const char *p = data + skip_bom(data, len), *end = data + len, *next;
	size_t lineno = 0, wlen = strlen(source) + 24;
	char *where = ent__malloc(wlen);
	int rc = ENT_OK;
	if (!where)
		return ENT_ENOMEM;
	while (p < end && !rc) {
		size_t n = line_len(p, end, &next);
		lineno++;
		if (!blank_line(p, n)) {
			snprintf(where, wlen, "%s:%zu", source, lineno);
			rc = one_line(ctx, p, n, (size_t)(p - data), where, lineno);
		}
		p = next;
	}
	ent__free(where);
	return rc;
}
