/*
 * render.c - printing facts: the JSON contract of DESIGN.md (one object per
 * fact), CSV (RFC 4180), an aligned terminal table and the detailed view of
 * `entente show`.
 *
 * Every renderer builds its output in an ent_buf and writes it with one
 * fwrite per fact (or per table), so a failing stream is reported as ENT_EIO
 * and an allocation failure as ENT_ENOMEM without half-formed objects.
 * Strings from facts are expected to be UTF-8 (ingest checks it); any
 * invalid byte that slips through is replaced by U+FFFD so the JSON and the
 * table stay valid UTF-8.
 */
#include "core/value.h"
#include "entente/render.h"
#include "entente/errors.h"
#include "util/alloc.h"
#include "util/buf.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ---- UTF-8 helpers ------------------------------------------------------ */

/* Length of the valid UTF-8 sequence at s[0..n), or 0 when s[0] does not
 * start one (overlong forms, surrogates and code points past U+10FFFF are
 * invalid). */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len, i;
	unsigned long cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1Fu;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0Fu;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07u;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3Fu);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

static int utf8_ok(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0, k;
	while (i < n) {
		k = utf8_seq(p + i, n - i);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

/* Append @p s to @p b, replacing invalid UTF-8 bytes by U+FFFD and, when
 * @p flat, control characters (newlines, tabs) by a space. */
static int put_clean(ent_buf *b, const char *s, int flat)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0, k;
	int rc = ENT_OK;
	while (!rc && i < n) {
		k = utf8_seq(p + i, n - i);
		if (!k) {
			rc = ent_buf_puts(b, "\xEF\xBF\xBD");
			i++;
		} else if (flat && k == 1 && (p[i] < 0x20 || p[i] == 0x7F)) {
			rc = ent_buf_putc(b, ' ');
			i++;
		} else {
			rc = ent_buf_put(b, p + i, k);
			i += k;
		}
	}
	return rc;
}

/* Number of characters (code points; an invalid byte counts as one). */
static size_t utf8_width(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, w = 0, k;
	while (i < n) {
		k = utf8_seq(p + i, n - i);
		i += k ? k : 1;
		w++;
	}
	return w;
}

/* Byte length of the first @p chars characters of s[0..n). */
static size_t utf8_prefix(const char *s, size_t n, size_t chars)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;
	while (i < n && chars > 0) {
		k = utf8_seq(p + i, n - i);
		i += k ? k : 1;
		chars--;
	}
	return i;
}

/* ---- JSON ---------------------------------------------------------------- */

/* A JSON string literal, or null for NULL; invalid UTF-8 is repaired first. */
static int json_str(ent_buf *b, const char *s)
{
	ent_buf tmp;
	int rc;
	if (!s || utf8_ok(s))
		return ent_buf_json_str(b, s);
	ent_buf_init(&tmp, 0);
	rc = put_clean(&tmp, s, 0);
	if (!rc)
		rc = ent_buf_json_str(b, ent_buf_cstr(&tmp));
	ent_buf_destroy(&tmp);
	return rc;
}

static int json_code(ent_buf *b, const ent_code *c)
{
	return json_str(b, c->s[0] ? c->s : NULL);
}

static int json_codes(ent_buf *b, const ent_code *arr, size_t n)
{
	size_t i;
	int rc = ent_buf_putc(b, '[');
	for (i = 0; !rc && i < n && i < ENT_FACT_MAX_PARTICIPANTS; i++) {
		if (i)
			rc = ent_buf_putc(b, ',');
		if (!rc)
			rc = json_str(b, arr[i].s);
	}
	return rc ? rc : ent_buf_putc(b, ']');
}

/* A number: integers without exponent or fraction (2000000000, not 2e+09),
 * other values with enough digits to read back; null when not finite. */
static int json_num(ent_buf *b, double x)
{
	if (!isfinite(x))
		return ent_buf_puts(b, "null");
	if (x == floor(x) && fabs(x) < 1e17)
		return ent_buf_printf(b, "%.0f", x);
	return ent_buf_printf(b, "%.17g", x);
}

static int json_year(ent_buf *b, int year)
{
	return year ? ent_buf_printf(b, "%d", year) : ent_buf_puts(b, "null");
}

static int json_key(ent_buf *b, const char *key)
{
	int rc = ent_buf_putc(b, ',');
	if (!rc)
		rc = ent_buf_json_str(b, key);
	return rc ? rc : ent_buf_putc(b, ':');
}

static int json_value(ent_buf *b, const ent_value *v)
{
	int rc;
	if (!v->present)
		return ent_buf_puts(b, "null");
	rc = ent_buf_puts(b, "{\"amount\":");
	if (!rc)
		rc = json_num(b, v->amount);
	if (!rc)
		rc = ent_buf_puts(b, ",\"currency\":");
	if (!rc) {
		char cur[sizeof v->currency + 1];
		memcpy(cur, v->currency, sizeof v->currency);
		cur[sizeof v->currency] = '\0';
		rc = json_str(b, cur[0] ? cur : NULL);
	}
	if (!rc)
		rc = ent_buf_puts(b, ",\"usd\":");
	if (!rc)
		rc = v->has_usd ? json_num(b, v->usd) : ent_buf_puts(b, "null");
	if (!rc)
		rc = ent_buf_printf(b, ",\"approx\":%s}", v->approx ? "true" : "false");
	return rc;
}

static int json_items(ent_buf *b, const ent_fact *f)
{
	size_t i;
	int rc = ent_buf_putc(b, '[');
	for (i = 0; !rc && i < f->nitems; i++) {
		const ent_item *it = &f->items[i];
		if (i)
			rc = ent_buf_putc(b, ',');
		if (!rc)
			rc = ent_buf_puts(b, "{\"category\":");
		if (!rc)
			rc = json_str(b, ent_category_name(it->category));
		if (!rc)
			rc = ent_buf_puts(b, ",\"text\":");
		if (!rc)
			rc = json_str(b, it->text);
		if (!rc)
			rc = ent_buf_puts(b, ",\"designation\":");
		if (!rc)
			rc = json_str(b, it->designation);
		if (!rc)
			rc = it->quantity < 0 ? ent_buf_puts(b, ",\"quantity\":null}")
					      : ent_buf_printf(b, ",\"quantity\":%ld}", it->quantity);
	}
	return rc ? rc : ent_buf_putc(b, ']');
}

static int json_strings(ent_buf *b, char *const *v, size_t n)
{
	size_t i;
	int rc = ent_buf_putc(b, '[');
	for (i = 0; !rc && i < n; i++) {
		if (i)
			rc = ent_buf_putc(b, ',');
		if (!rc)
			rc = json_str(b, v[i]);
	}
	return rc ? rc : ent_buf_putc(b, ']');
}

static int json_evidence(ent_buf *b, const ent_fact *f)
{
	size_t i;
	int rc = ent_buf_putc(b, '[');
	for (i = 0; !rc && i < f->nevidence; i++) {
		const ent_evidence *e = &f->evidence[i];
		char doc[sizeof e->doc + 1];
		memcpy(doc, e->doc, sizeof e->doc);
		doc[sizeof e->doc] = '\0';
		if (i)
			rc = ent_buf_putc(b, ',');
		if (!rc)
			rc = ent_buf_puts(b, "{\"doc\":");
		if (!rc)
			rc = json_str(b, doc);
		if (!rc)
			rc = ent_buf_puts(b, ",\"source\":");
		if (!rc)
			rc = json_str(b, e->source);
		if (!rc)
			rc = ent_buf_printf(b, ",\"start\":%zu,\"end\":%zu,\"quote\":", e->start,
					    e->end);
		if (!rc)
			rc = json_str(b, e->quote);
		if (!rc)
			rc = ent_buf_puts(b, ",\"rule\":");
		if (!rc)
			rc = json_str(b, e->rule);
		if (!rc)
			rc = ent_buf_putc(b, '}');
	}
	return rc ? rc : ent_buf_putc(b, ']');
}

static size_t nsup(const ent_fact *f)
{
	return f->nsuppliers < ENT_FACT_MAX_ACTORS ? f->nsuppliers : ENT_FACT_MAX_ACTORS;
}
static size_t npart(const ent_fact *f)
{
	return f->npartners < ENT_FACT_MAX_ACTORS ? f->npartners : ENT_FACT_MAX_ACTORS;
}
static size_t nparti(const ent_fact *f)
{
	return f->nparticipants < ENT_FACT_MAX_PARTICIPANTS ? f->nparticipants
							    : ENT_FACT_MAX_PARTICIPANTS;
}

/* The participants of a rivalry, sorted (a copy: the fact is const). */
static size_t sorted_participants(const ent_fact *f, ent_code out[ENT_FACT_MAX_PARTICIPANTS])
{
	size_t n = nparti(f);
	memcpy(out, f->participants, n * sizeof out[0]);
	ent_fact_sort_codes(out, n);
	return n;
}

/* Run one append step unless an earlier one failed (rc is the running code). */
#define STEP(expr)                 \
	do {                       \
		if (rc == ENT_OK)  \
			rc = (expr); \
	} while (0)

static int json_fact(ent_buf *b, const ent_fact *f)
{
	ent_code sorted[ENT_FACT_MAX_PARTICIPANTS];
	size_t n;
	int rc = ent_buf_printf(b, "{\"id\":\"%" PRId64 "\",\"type\":", f->id);
	STEP(json_str(b, ent_fact_type_name(f->type)));
	switch (f->type) {
	case ENT_FACT_DEAL:
	case ENT_FACT_SUPPLY:
		if (f->type == ENT_FACT_SUPPLY) {
			/* DESIGN.md shows a single "supplier" for supply ties */
			STEP(json_key(b, "supplier"));
			STEP(nsup(f) ? json_code(b, &f->suppliers[0]) : ent_buf_puts(b, "null"));
		}
		STEP(json_key(b, "suppliers"));
		STEP(json_codes(b, f->suppliers, nsup(f)));
		STEP(json_key(b, "partners"));
		STEP(json_codes(b, f->partners, npart(f)));
		STEP(json_key(b, "recipient"));
		STEP(json_code(b, &f->recipient));
		STEP(json_key(b, "value"));
		STEP(json_value(b, &f->value));
		STEP(json_key(b, "year"));
		STEP(json_year(b, f->year));
		STEP(json_key(b, "status"));
		STEP(json_str(b, f->status == ENT_STATUS_NONE ? NULL : ent_status_name(f->status)));
		STEP(json_key(b, "items"));
		STEP(json_items(b, f));
		break;
	case ENT_FACT_EXERCISE:
		STEP(json_key(b, "name"));
		STEP(json_str(b, f->name));
		STEP(json_key(b, "participants"));
		STEP(json_codes(b, f->participants, nparti(f)));
		STEP(json_key(b, "year"));
		STEP(json_year(b, f->year));
		STEP(json_key(b, "location"));
		STEP(json_str(b, f->location));
		STEP(json_key(b, "domains"));
		STEP(json_strings(b, f->domains, f->ndomains));
		break;
	case ENT_FACT_STANCE:
		STEP(json_key(b, "actor"));
		STEP(json_code(b, &f->actor));
		STEP(json_key(b, "target"));
		STEP(json_code(b, &f->target));
		STEP(json_key(b, "polarity"));
		STEP(json_str(b, ent_polarity_name(f->polarity)));
		STEP(json_key(b, "issue"));
		STEP(json_str(b, f->issue));
		STEP(json_key(b, "year"));
		STEP(json_year(b, f->year));
		break;
	case ENT_FACT_MEMBERSHIP:
		STEP(json_key(b, "actor"));
		STEP(json_code(b, &f->actor));
		STEP(json_key(b, "bloc"));
		STEP(json_code(b, &f->target));
		STEP(json_key(b, "year"));
		STEP(json_year(b, f->year));
		break;
	case ENT_FACT_RIVALRY:
		n = sorted_participants(f, sorted);
		STEP(json_key(b, "actors"));
		STEP(json_codes(b, sorted, n));
		STEP(json_key(b, "year"));
		STEP(json_year(b, f->year));
		break;
	default:
		break;
	}
	STEP(ent_buf_printf(b, ",\"confidence\":%.2f,\"sources\":%d,\"evidence\":",
			    isfinite(f->confidence) ? f->confidence : 0.0, f->sources));
	STEP(json_evidence(b, f));
	STEP(ent_buf_putc(b, '}'));
	return rc;
}

int ent_render_fact_json(char **out, const ent_fact *f)
{
	ent_buf b;
	int rc;
	*out = NULL;
	if (!f)
		return ENT_EUSAGE;
	ent_buf_init(&b, 0);
	rc = json_fact(&b, f);
	if (rc) {
		ent_buf_destroy(&b);
		return rc == ENT_ETOOBIG ? ENT_ENOMEM : rc;
	}
	*out = ent_buf_detach(&b, NULL);
	return *out ? ENT_OK : ENT_ENOMEM;
}

/* ---- shared text pieces ------------------------------------------------- */

/* "PAK,TUR" */
static int put_codes(ent_buf *b, const ent_code *arr, size_t n, const char *sep)
{
	size_t i;
	int rc = ENT_OK;
	for (i = 0; !rc && i < n; i++) {
		if (i)
			rc = ent_buf_puts(b, sep);
		if (!rc)
			rc = put_clean(b, arr[i].s, 1);
	}
	return rc;
}

/* A short money figure: "$2.00 bn", "~$30.0 m", "EUR 300.0 m", "INR 20.00 bn". */
static int put_money(ent_buf *b, const ent_value *v) { return ent__value_short(b, v); }

/* Who a fact is about, in one short cell. */
static int put_who(ent_buf *b, const ent_fact *f)
{
	int rc = ENT_OK;
	ent_code sorted[ENT_FACT_MAX_PARTICIPANTS];
	size_t n;
	switch (f->type) {
	case ENT_FACT_DEAL:
	case ENT_FACT_SUPPLY:
		rc = nsup(f) ? put_codes(b, f->suppliers, nsup(f), ",") : ent_buf_putc(b, '?');
		if (!rc && npart(f)) {
			rc = ent_buf_putc(b, '+');
			if (!rc)
				rc = put_codes(b, f->partners, npart(f), ",");
		}
		if (!rc)
			rc = ent_buf_puts(b, " -> ");
		if (!rc)
			rc = f->recipient.s[0] ? put_clean(b, f->recipient.s, 1) : ent_buf_putc(b, '?');
		break;
	case ENT_FACT_EXERCISE:
		rc = put_codes(b, f->participants, nparti(f), ",");
		break;
	case ENT_FACT_STANCE:
		rc = put_clean(b, f->actor.s[0] ? f->actor.s : "?", 1);
		if (!rc && f->target.s[0]) {
			rc = ent_buf_puts(b, " -> ");
			if (!rc)
				rc = put_clean(b, f->target.s, 1);
		}
		break;
	case ENT_FACT_MEMBERSHIP:
		rc = put_clean(b, f->actor.s[0] ? f->actor.s : "?", 1);
		if (!rc)
			rc = ent_buf_puts(b, " in ");
		if (!rc)
			rc = put_clean(b, f->target.s[0] ? f->target.s : "?", 1);
		break;
	case ENT_FACT_RIVALRY:
		n = sorted_participants(f, sorted);
		rc = put_codes(b, sorted, n, " vs ");
		break;
	default:
		break;
	}
	return rc;
}

/* One item: "12 x Mi-17 (helicopter)", "armed drones (drone)". */
static int put_item(ent_buf *b, const ent_item *it)
{
	int rc = ENT_OK;
	const char *what = it->designation ? it->designation : it->text;
	if (it->quantity >= 0)
		rc = ent_buf_printf(b, "%ld x ", it->quantity);
	if (!rc && what && what[0]) {
		rc = put_clean(b, what, 1);
		if (!rc)
			rc = ent_buf_printf(b, " (%s)", ent_category_name(it->category));
	} else if (!rc) {
		rc = ent_buf_puts(b, ent_category_name(it->category));
	}
	return rc;
}

/* What a fact says beyond who and when, in one cell. */
static int put_what(ent_buf *b, const ent_fact *f)
{
	size_t i;
	int rc = ENT_OK;
	switch (f->type) {
	case ENT_FACT_DEAL:
	case ENT_FACT_SUPPLY:
		for (i = 0; !rc && i < f->nitems; i++) {
			if (i)
				rc = ent_buf_puts(b, ", ");
			if (!rc)
				rc = put_item(b, &f->items[i]);
		}
		break;
	case ENT_FACT_EXERCISE:
		rc = put_clean(b, f->name ? f->name : "(unnamed exercise)", 1);
		if (!rc && f->location) {
			rc = ent_buf_puts(b, " at ");
			if (!rc)
				rc = put_clean(b, f->location, 1);
		}
		for (i = 0; !rc && i < f->ndomains; i++) {
			rc = ent_buf_puts(b, i ? ", " : "; ");
			if (!rc)
				rc = put_clean(b, f->domains[i], 1);
		}
		break;
	case ENT_FACT_STANCE:
		rc = ent_buf_puts(b, ent_polarity_name(f->polarity));
		if (!rc && f->issue) {
			rc = ent_buf_puts(b, " on ");
			if (!rc)
				rc = put_clean(b, f->issue, 1);
		}
		break;
	case ENT_FACT_MEMBERSHIP:
		rc = ent_buf_puts(b, "member");
		break;
	case ENT_FACT_RIVALRY:
		rc = ent_buf_puts(b, "rivals");
		break;
	default:
		break;
	}
	return rc;
}

/* ---- CSV ------------------------------------------------------------------ */

static const char *const csv_columns[] = {
	"id", "type", "actors", "recipient", "value_usd", "currency", "amount", "year",
	"status", "categories", "name", "issue", "polarity", "confidence", "sources",
	"first_quote"};

/* Append @p s as one RFC 4180 field: quoted (with "" for ") when it holds a
 * comma, quote, CR or LF, or starts/ends with a space. */
static int csv_field(ent_buf *b, const char *s, size_t n)
{
	size_t i;
	int quote = 0, rc;
	for (i = 0; i < n; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
			quote = 1;
	if (n && (s[0] == ' ' || s[n - 1] == ' '))
		quote = 1;
	if (!quote)
		return ent_buf_put(b, s, n);
	rc = ent_buf_putc(b, '"');
	for (i = 0; !rc && i < n; i++) {
		rc = ent_buf_putc(b, s[i]);
		if (!rc && s[i] == '"')
			rc = ent_buf_putc(b, '"');
	}
	return rc ? rc : ent_buf_putc(b, '"');
}

/* Build one cell in @p cell (cleared first) and append it as a field. */
static int csv_cell(ent_buf *row, ent_buf *cell, int first)
{
	int rc = first ? ENT_OK : ent_buf_putc(row, ',');
	return rc ? rc : csv_field(row, ent_buf_cstr(cell), cell->len);
}

static int csv_num(ent_buf *b, double x)
{
	return isfinite(x) ? json_num(b, x) : ENT_OK;
}

static int csv_row(ent_buf *row, const ent_fact *f)
{
	ent_buf c;
	size_t i, j, col = 0;
	int rc = ENT_OK;
	ent_buf_init(&c, 0);
	for (col = 0; !rc && col < NELEM(csv_columns); col++) {
		ent_buf_clear(&c);
		switch (col) {
		case 0: rc = ent_buf_printf(&c, "%" PRId64, f->id); break;
		case 1: rc = ent_buf_puts(&c, ent_fact_type_name(f->type)); break;
		case 2: /* every actor in its role order, ';'-separated */
			switch (f->type) {
			case ENT_FACT_DEAL:
			case ENT_FACT_SUPPLY:
				rc = put_codes(&c, f->suppliers, nsup(f), ";");
				if (!rc && npart(f) && nsup(f))
					rc = ent_buf_putc(&c, ';');
				if (!rc)
					rc = put_codes(&c, f->partners, npart(f), ";");
				break;
			case ENT_FACT_EXERCISE:
				rc = put_codes(&c, f->participants, nparti(f), ";");
				break;
			case ENT_FACT_RIVALRY: {
				ent_code sorted[ENT_FACT_MAX_PARTICIPANTS];
				size_t n = sorted_participants(f, sorted);
				rc = put_codes(&c, sorted, n, ";");
				break;
			}
			case ENT_FACT_STANCE:
			case ENT_FACT_MEMBERSHIP:
				rc = put_clean(&c, f->actor.s, 1);
				if (!rc && f->target.s[0]) {
					rc = ent_buf_putc(&c, ';');
					if (!rc)
						rc = put_clean(&c, f->target.s, 1);
				}
				break;
			default:
				break;
			}
			break;
		case 3: rc = put_clean(&c, f->recipient.s, 1); break;
		case 4:
			if (f->value.present && f->value.has_usd)
				rc = csv_num(&c, f->value.usd);
			break;
		case 5:
			if (f->value.present) {
				char cur[sizeof f->value.currency + 1];
				memcpy(cur, f->value.currency, sizeof f->value.currency);
				cur[sizeof f->value.currency] = '\0';
				rc = put_clean(&c, cur, 1);
			}
			break;
		case 6:
			if (f->value.present)
				rc = csv_num(&c, f->value.amount);
			break;
		case 7:
			if (f->year)
				rc = ent_buf_printf(&c, "%d", f->year);
			break;
		case 8:
			if (f->status != ENT_STATUS_NONE)
				rc = ent_buf_puts(&c, ent_status_name(f->status));
			break;
		case 9: /* distinct categories, ';'-separated, in item order */
			for (i = 0; !rc && i < f->nitems; i++) {
				for (j = 0; j < i; j++)
					if (f->items[j].category == f->items[i].category)
						break;
				if (j < i)
					continue;
				if (c.len)
					rc = ent_buf_putc(&c, ';');
				if (!rc)
					rc = ent_buf_puts(&c, ent_category_name(f->items[i].category));
			}
			break;
		case 10:
			if (f->name)
				rc = put_clean(&c, f->name, 0);
			break;
		case 11:
			if (f->issue)
				rc = put_clean(&c, f->issue, 0);
			break;
		case 12:
			if (f->type == ENT_FACT_STANCE)
				rc = ent_buf_puts(&c, ent_polarity_name(f->polarity));
			break;
		case 13:
			rc = ent_buf_printf(&c, "%.2f",
					    isfinite(f->confidence) ? f->confidence : 0.0);
			break;
		case 14: rc = ent_buf_printf(&c, "%d", f->sources); break;
		case 15:
			if (f->nevidence && f->evidence[0].quote)
				rc = put_clean(&c, f->evidence[0].quote, 0);
			break;
		default:
			break;
		}
		if (!rc)
			rc = csv_cell(row, &c, col == 0);
	}
	ent_buf_destroy(&c);
	return rc ? rc : ent_buf_puts(row, "\r\n");
}

/* ---- table ------------------------------------------------------------------ */

enum { COL_ID, COL_TYPE, COL_WHO, COL_YEAR, COL_VALUE, COL_STATUS, COL_WHAT, NCOLS };

static const char *const table_head[NCOLS] = {"ID", "TYPE", "WHO", "YEAR",
					      "VALUE", "STATUS", "WHAT"};
/* Cells longer than this many characters are cut and end in "…". */
static const size_t table_max[NCOLS] = {12, 10, 28, 4, 14, 9, 60};

/* Make @p b at most @p max characters, ending in "…" when cut. */
static int truncate_cell(ent_buf *b, size_t max)
{
	size_t keep;
	if (utf8_width(ent_buf_cstr(b), b->len) <= max)
		return ENT_OK;
	keep = utf8_prefix(ent_buf_cstr(b), b->len, max > 0 ? max - 1 : 0);
	b->len = keep;
	b->ptr[keep] = '\0';
	return ent_buf_puts(b, "\xE2\x80\xA6"); /* … */
}

static int table_cells(ent_buf cells[NCOLS], const ent_fact *f)
{
	int rc = ENT_OK, i;
	for (i = 0; i < NCOLS; i++)
		ent_buf_clear(&cells[i]);
	rc = ent_buf_printf(&cells[COL_ID], "%" PRId64, f->id);
	if (!rc)
		rc = ent_buf_puts(&cells[COL_TYPE], ent_fact_type_name(f->type));
	if (!rc)
		rc = put_who(&cells[COL_WHO], f);
	if (!rc && f->year)
		rc = ent_buf_printf(&cells[COL_YEAR], "%d", f->year);
	if (!rc)
		rc = put_money(&cells[COL_VALUE], &f->value);
	if (!rc && f->status != ENT_STATUS_NONE)
		rc = ent_buf_puts(&cells[COL_STATUS], ent_status_name(f->status));
	if (!rc)
		rc = put_what(&cells[COL_WHAT], f);
	for (i = 0; !rc && i < NCOLS; i++)
		rc = truncate_cell(&cells[i], table_max[i]);
	return rc;
}

/* Append one table line: cells padded to their column width, joined by
 * " | ", the last one unpadded. */
static int table_line(ent_buf *out, ent_buf cells[NCOLS], const size_t width[NCOLS])
{
	int i, rc = ENT_OK;
	size_t w;
	for (i = 0; !rc && i < NCOLS; i++) {
		if (i)
			rc = ent_buf_puts(out, " | ");
		if (!rc)
			rc = ent_buf_put(out, ent_buf_cstr(&cells[i]), cells[i].len);
		if (!rc && i < NCOLS - 1) {
			for (w = utf8_width(ent_buf_cstr(&cells[i]), cells[i].len);
			     !rc && w < width[i]; w++)
				rc = ent_buf_putc(out, ' ');
		}
	}
	/* an empty last cell leaves trailing blanks from the separator */
	while (out->len && out->ptr[out->len - 1] == ' ')
		out->ptr[--out->len] = '\0';
	return rc ? rc : ent_buf_putc(out, '\n');
}

/* The table is built in two passes over the facts: one to measure every
 * column, one to print; cells are rebuilt rather than kept for each fact. */
static int render_table(ent_buf *out, const ent_fact_list *facts)
{
	ent_buf cells[NCOLS];
	size_t width[NCOLS], i, w, n = facts ? facts->n : 0;
	int c, rc = ENT_OK;

	for (c = 0; c < NCOLS; c++) {
		ent_buf_init(&cells[c], 0);
		width[c] = utf8_width(table_head[c], strlen(table_head[c]));
	}
	for (i = 0; !rc && i < n; i++) {
		rc = table_cells(cells, &facts->v[i]);
		for (c = 0; !rc && c < NCOLS; c++) {
			w = utf8_width(ent_buf_cstr(&cells[c]), cells[c].len);
			if (w > width[c])
				width[c] = w;
		}
	}
	for (c = 0; !rc && c < NCOLS; c++) {
		ent_buf_clear(&cells[c]);
		rc = ent_buf_puts(&cells[c], table_head[c]);
	}
	if (!rc)
		rc = table_line(out, cells, width);
	for (c = 0; !rc && c < NCOLS; c++) {
		if (c)
			rc = ent_buf_puts(out, "-+-");
		for (w = 0; !rc && w < width[c]; w++)
			rc = ent_buf_putc(out, '-');
	}
	if (!rc)
		rc = ent_buf_putc(out, '\n');
	for (i = 0; !rc && i < n; i++) {
		rc = table_cells(cells, &facts->v[i]);
		if (!rc)
			rc = table_line(out, cells, width);
	}
	for (c = 0; c < NCOLS; c++)
		ent_buf_destroy(&cells[c]);
	return rc;
}

/* ---- output ------------------------------------------------------------------ */

static int flush_buf(FILE *fp, ent_buf *b)
{
	if (b->len && fwrite(b->ptr, 1, b->len, fp) != b->len)
		return ENT_EIO;
	ent_buf_clear(b);
	return ENT_OK;
}

static int map_rc(int rc)
{
	return rc == ENT_ETOOBIG || rc == ENT_ERROR ? ENT_ENOMEM : rc;
}

int ent_render_facts(FILE *fp, const ent_fact_list *facts, ent_render_format fmt)
{
	ent_buf b;
	size_t i, n = facts ? facts->n : 0, col;
	int rc = ENT_OK;

	if (!fp)
		return ENT_EUSAGE;
	ent_buf_init(&b, 0);
	switch (fmt) {
	case ENT_RENDER_JSONL:
		for (i = 0; !rc && i < n; i++) {
			rc = json_fact(&b, &facts->v[i]);
			if (!rc)
				rc = ent_buf_putc(&b, '\n');
			if (!rc)
				rc = flush_buf(fp, &b);
		}
		break;
	case ENT_RENDER_CSV:
		for (col = 0; !rc && col < NELEM(csv_columns); col++) {
			if (col)
				rc = ent_buf_putc(&b, ',');
			if (!rc)
				rc = ent_buf_puts(&b, csv_columns[col]);
		}
		if (!rc)
			rc = ent_buf_puts(&b, "\r\n");
		for (i = 0; !rc && i < n; i++) {
			rc = csv_row(&b, &facts->v[i]);
			if (!rc)
				rc = flush_buf(fp, &b);
		}
		break;
	case ENT_RENDER_TABLE:
		rc = render_table(&b, facts);
		break;
	default:
		rc = ENT_EUSAGE;
		break;
	}
	if (!rc)
		rc = flush_buf(fp, &b);
	ent_buf_destroy(&b);
	if (!rc && fflush(fp) != 0)
		rc = ENT_EIO;
	if (!rc && ferror(fp))
		rc = ENT_EIO;
	return rc == ENT_EIO || rc == ENT_EUSAGE ? rc : map_rc(rc);
}

/* ---- detail ------------------------------------------------------------------ */

static int detail_attr(ent_buf *b, const char *name)
{
	return ent_buf_printf(b, "  %-14s", name);
}

static int detail_codes(ent_buf *b, const char *name, const ent_code *arr, size_t n)
{
	int rc = detail_attr(b, name);
	if (!rc)
		rc = n ? put_codes(b, arr, n, ", ") : ent_buf_putc(b, '-');
	return rc ? rc : ent_buf_putc(b, '\n');
}

static int detail_str(ent_buf *b, const char *name, const char *s)
{
	int rc = detail_attr(b, name);
	if (!rc)
		rc = put_clean(b, s && s[0] ? s : "-", 1);
	return rc ? rc : ent_buf_putc(b, '\n');
}

static int detail_year(ent_buf *b, int year)
{
	int rc = detail_attr(b, "year:");
	if (!rc)
		rc = year ? ent_buf_printf(b, "%d\n", year) : ent_buf_puts(b, "-\n");
	return rc;
}

static int detail_value(ent_buf *b, const ent_value *v)
{
	char cur[sizeof v->currency + 1];
	int rc = detail_attr(b, "value:");
	if (rc)
		return rc;
	if (!v->present)
		return ent_buf_puts(b, "-\n");
	memcpy(cur, v->currency, sizeof v->currency);
	cur[sizeof v->currency] = '\0';
	rc = put_money(b, v);
	if (!rc)
		rc = ent_buf_puts(b, " (");
	if (!rc)
		rc = csv_num(b, v->amount);
	if (!rc)
		rc = ent_buf_printf(b, " %s", cur[0] ? cur : "?");
	if (!rc && v->has_usd && strcmp(cur, "USD") != 0) {
		rc = ent_buf_puts(b, ", USD ");
		if (!rc)
			rc = csv_num(b, v->usd);
	}
	if (!rc && v->approx)
		rc = ent_buf_puts(b, ", approximate");
	return rc ? rc : ent_buf_puts(b, ")\n");
}

static int detail_items(ent_buf *b, const ent_fact *f)
{
	size_t i;
	int rc;
	if (!f->nitems)
		return ent_buf_printf(b, "  %-14s-\n", "items:");
	rc = ent_buf_puts(b, "  items:\n");
	for (i = 0; !rc && i < f->nitems; i++) {
		const ent_item *it = &f->items[i];
		rc = ent_buf_printf(b, "    - %s", ent_category_name(it->category));
		if (!rc && it->text) {
			rc = ent_buf_puts(b, ": ");
			if (!rc)
				rc = put_clean(b, it->text, 1);
		}
		if (!rc && it->designation) {
			rc = ent_buf_puts(b, "; designation ");
			if (!rc)
				rc = put_clean(b, it->designation, 1);
		}
		if (!rc && it->quantity >= 0)
			rc = ent_buf_printf(b, "; quantity %ld", it->quantity);
		if (!rc)
			rc = ent_buf_putc(b, '\n');
	}
	return rc;
}

/* The quote, indented, each of its lines on a line of its own. */
static int detail_quote(ent_buf *b, const char *q)
{
	const char *p = q ? q : "", *nl;
	int rc = ENT_OK;
	ent_buf line;
	ent_buf_init(&line, 0);
	do {
		nl = strchr(p, '\n');
		ent_buf_clear(&line);
		rc = ent_buf_put(&line, p, nl ? (size_t)(nl - p) : strlen(p));
		if (!rc)
			rc = ent_buf_puts(b, p == q || !q ? "    \"" : "     ");
		if (!rc)
			rc = put_clean(b, ent_buf_cstr(&line), 1);
		if (!rc)
			rc = ent_buf_puts(b, nl ? "\n" : "\"\n");
		p = nl ? nl + 1 : p;
	} while (!rc && nl);
	ent_buf_destroy(&line);
	return rc;
}

static int detail(ent_buf *b, const ent_fact *f)
{
	size_t i;
	int rc;
	ent_code sorted[ENT_FACT_MAX_PARTICIPANTS];

	rc = ent_buf_printf(b, "fact %" PRId64 ": %s", f->id, ent_fact_type_name(f->type));
	if (!rc)
		rc = ent_buf_puts(b, "  ");
	if (!rc)
		rc = put_who(b, f);
	if (!rc)
		rc = ent_buf_printf(b, "  (confidence %.2f, %d source%s)\n",
				    isfinite(f->confidence) ? f->confidence : 0.0, f->sources,
				    f->sources == 1 ? "" : "s");
	if (rc)
		return rc;
	switch (f->type) {
	case ENT_FACT_DEAL:
	case ENT_FACT_SUPPLY:
		rc = detail_codes(b, "suppliers:", f->suppliers, nsup(f));
		if (!rc)
			rc = detail_codes(b, "partners:", f->partners, npart(f));
		if (!rc)
			rc = detail_str(b, "recipient:", f->recipient.s);
		if (!rc)
			rc = detail_value(b, &f->value);
		if (!rc)
			rc = detail_year(b, f->year);
		if (!rc)
			rc = detail_str(b, "status:", f->status == ENT_STATUS_NONE
							      ? NULL
							      : ent_status_name(f->status));
		if (!rc)
			rc = detail_items(b, f);
		break;
	case ENT_FACT_EXERCISE:
		rc = detail_str(b, "name:", f->name);
		if (!rc)
			rc = detail_codes(b, "participants:", f->participants, nparti(f));
		if (!rc)
			rc = detail_year(b, f->year);
		if (!rc)
			rc = detail_str(b, "location:", f->location);
		if (!rc)
			rc = detail_attr(b, "domains:");
		for (i = 0; !rc && i < f->ndomains; i++) {
			if (i)
				rc = ent_buf_puts(b, ", ");
			if (!rc)
				rc = put_clean(b, f->domains[i], 1);
		}
		if (!rc)
			rc = ent_buf_puts(b, f->ndomains ? "\n" : "-\n");
		break;
	case ENT_FACT_STANCE:
		rc = detail_str(b, "actor:", f->actor.s);
		if (!rc)
			rc = detail_str(b, "target:", f->target.s);
		if (!rc)
			rc = detail_str(b, "polarity:", ent_polarity_name(f->polarity));
		if (!rc)
			rc = detail_str(b, "issue:", f->issue);
		if (!rc)
			rc = detail_year(b, f->year);
		break;
	case ENT_FACT_MEMBERSHIP:
		rc = detail_str(b, "actor:", f->actor.s);
		if (!rc)
			rc = detail_str(b, "bloc:", f->target.s);
		if (!rc)
			rc = detail_year(b, f->year);
		break;
	case ENT_FACT_RIVALRY: {
		size_t n = sorted_participants(f, sorted);
		rc = detail_codes(b, "actors:", sorted, n);
		if (!rc)
			rc = detail_year(b, f->year);
		break;
	}
	default:
		break;
	}
	if (!rc)
		rc = ent_buf_printf(b, "  %-14s%.2f\n  %-14s%d\n", "confidence:",
				    isfinite(f->confidence) ? f->confidence : 0.0, "sources:",
				    f->sources);
	if (!rc && !f->nevidence)
		rc = ent_buf_puts(b, "evidence: none\n");
	for (i = 0; !rc && i < f->nevidence; i++) {
		const ent_evidence *e = &f->evidence[i];
		char doc[13];
		memcpy(doc, e->doc, 12);
		doc[12] = '\0';
		rc = ent_buf_printf(b, "evidence %zu/%zu: ", i + 1, f->nevidence);
		if (!rc)
			rc = put_clean(b, e->source ? e->source : "-", 1);
		if (!rc)
			rc = ent_buf_printf(b, "\n    bytes %zu-%zu, rule ", e->start, e->end);
		if (!rc)
			rc = put_clean(b, e->rule && e->rule[0] ? e->rule : "-", 1);
		if (!rc)
			rc = ent_buf_puts(b, ", doc ");
		if (!rc)
			rc = put_clean(b, doc[0] ? doc : "-", 1);
		if (!rc)
			rc = ent_buf_putc(b, '\n');
		if (!rc)
			rc = detail_quote(b, e->quote);
	}
	return rc;
}

int ent_render_fact_detail(FILE *fp, const ent_fact *f)
{
	ent_buf b;
	int rc;
	if (!fp || !f)
		return ENT_EUSAGE;
	ent_buf_init(&b, 0);
	rc = detail(&b, f);
	if (!rc)
		rc = flush_buf(fp, &b);
	ent_buf_destroy(&b);
	if (!rc && (fflush(fp) != 0 || ferror(fp)))
		rc = ENT_EIO;
	return rc == ENT_EIO ? rc : map_rc(rc);
}

/* ---- misc ------------------------------------------------------------------ */

int ent_render_format_from_name(const char *name)
{
	if (!name)
		return -1;
	if (strcasecmp(name, "table") == 0)
		return ENT_RENDER_TABLE;
	if (strcasecmp(name, "jsonl") == 0 || strcasecmp(name, "json") == 0)
		return ENT_RENDER_JSONL;
	if (strcasecmp(name, "csv") == 0)
		return ENT_RENDER_CSV;
	return -1;
}

void ent_free(void *p) { ent__free(p); }
