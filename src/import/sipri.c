/*
 * sipri.c - reading SIPRI Arms Transfers Database trade registers.
 *
 * A register is read whole into memory (a few MB), checked and turned into
 * ent_sipri_record values; storing them is the store's business
 * (src/store/sqlite_sipri.c).  The traps of the format, and how each is
 * handled, are listed in docs/internals/SIPRI.md:
 *   - Latin-1 as exported, or UTF-8 with or without a BOM (detected);
 *   - an optional preamble whose "Data generated:" line gives the release;
 *   - a 16-column header whose three blank-named columns hold '?' flags;
 *   - no quoting (SIPRI turns commas in comments into ';'), so a record is
 *     exactly 15 commas; a record broken by a line feed inside its comments
 *     is joined: while the record read so far has fewer than 15 commas, the
 *     next physical line continues it;
 *   - names mapped through data/sipri-names.tsv and iso-codes; names marked
 *     '*' without an entry get a code derived from the name.
 */
#include "entente/sipri.h"
#include "store/store_internal.h"
#include "util/alloc.h"
#include "util/buf.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#ifndef ENT_DEFAULT_DATADIR
#define ENT_DEFAULT_DATADIR "/usr/local/share/entente"
#endif
#ifndef ENT_DEFAULT_ISOCODES
#define ENT_DEFAULT_ISOCODES "/usr/share/iso-codes/json"
#endif

/** Largest register accepted (the 2025 export is under 4 MB). */
#define SIPRI_MAX_BYTES ((size_t)512 << 20)
#define SIPRI_FIELDS 16
/** Lines read before the header before giving up on finding it. */
#define SIPRI_MAX_PREAMBLE 64

static const char *const kind_names[] = {"state",     "historical",   "unrecognised",
					 "non-state", "organisation", "unknown"};

const char *ent_sipri_kind_name(ent_sipri_kind k)
{
	return (unsigned)k < sizeof kind_names / sizeof kind_names[0] ? kind_names[k] : "?";
}

/* ---- a small string map ---------------------------------------------------- */

typedef struct map_entry {
	char *key;              /* owned; NULL = empty slot */
	ent_code code;
	ent_sipri_kind kind;
	int derive;             /* code to be derived from the name (non-state "*") */
	char *name;             /* for a code set: the first name that took the code */
} map_entry;

typedef struct map {
	map_entry *v;
	size_t cap, used;
} map;

static uint32_t fnv1a(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

static void map_free(map *m)
{
	size_t i;
	for (i = 0; i < m->cap; i++) {
		ent__free(m->v[i].key);
		ent__free(m->v[i].name);
	}
	ent__free(m->v);
	memset(m, 0, sizeof *m);
}

static map_entry *map_slot(map_entry *v, size_t cap, const char *key)
{
	size_t i = fnv1a(key) & (cap - 1);
	while (v[i].key && strcmp(v[i].key, key) != 0)
		i = (i + 1) & (cap - 1);
	return &v[i];
}

static map_entry *map_get(const map *m, const char *key)
{
	map_entry *e;
	if (!m->cap)
		return NULL;
	e = map_slot(m->v, m->cap, key);
	return e->key ? e : NULL;
}

/* The entry for @p key, created empty when absent (*created = 1).
 * @return NULL when out of memory. */
static map_entry *map_put(map *m, const char *key, int *created)
{
	map_entry *e;
	*created = 0;
	if (2 * (m->used + 1) > m->cap) {
		size_t ncap = m->cap ? 2 * m->cap : 512, i;
		map_entry *nv = ent__calloc(ncap, sizeof *nv);
		if (!nv)
			return NULL;
		for (i = 0; i < m->cap; i++)
			if (m->v[i].key)
				*map_slot(nv, ncap, m->v[i].key) = m->v[i];
		ent__free(m->v);
		m->v = nv;
		m->cap = ncap;
	}
	e = map_slot(m->v, m->cap, key);
	if (!e->key) {
		e->key = ent__strdup(key);
		if (!e->key)
			return NULL;
		m->used++;
		*created = 1;
	}
	return e;
}

/* Lower-case copy of @p s into @p out (truncated to @p size). */
static void lower(char *out, size_t size, const char *s)
{
	size_t i;
	for (i = 0; s[i] && i + 1 < size; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	out[i] = '\0';
}

/* ---- names ------------------------------------------------------------------ */

typedef struct names {
	map listed;     /* data/sipri-names.tsv, exact names */
	map iso;        /* iso-codes names, lower-cased */
	map codes1;     /* ISO 3166-1 alpha-3 codes */
	map codes3;     /* ISO 3166-3 alpha-3 codes */
	map currencies; /* ISO 4217 codes */
} names;

static void names_free(names *nm)
{
	map_free(&nm->listed);
	map_free(&nm->iso);
	map_free(&nm->codes1);
	map_free(&nm->codes3);
	map_free(&nm->currencies);
}

static const char *env_or(const char *env, const char *def)
{
	const char *v = getenv(env);
	return v && *v ? v : def;
}

static int add_iso_name(names *nm, const char *name, size_t len, const char *code,
			ent_sipri_kind kind)
{
	char key[256];
	map_entry *e;
	int created;
	if (len >= sizeof key)
		return ENT_OK;
	memcpy(key, name, len);
	key[len] = '\0';
	lower(key, sizeof key, key);
	e = map_put(&nm->iso, key, &created);
	if (!e)
		return ENT_ENOMEM;
	if (created) { /* the first (3166-1) entry wins */
		ent_code_set(&e->code, code);
		e->kind = kind;
	}
	return ENT_OK;
}

/* Load one iso-codes file: @p part is "3166-1", "3166-3" or "4217". */
static int load_iso_file(names *nm, const char *dir, const char *part, ent_error *err)
{
	char path[4096];
	json_error_t jerr;
	json_t *root, *arr;
	size_t i;
	int rc = ENT_OK, created;
	static const char *fields[] = {"name", "common_name", "official_name"};

	snprintf(path, sizeof path, "%s/iso_%s.json", dir, part);
	root = json_load_file(path, 0, &jerr);
	if (!root)
		return ent_error_set(err, ENT_EIO, "%s:%d: cannot load iso-codes: %s", path,
				     jerr.line, jerr.text);
	arr = json_object_get(root, part);
	if (!json_is_array(arr)) {
		json_decref(root);
		return ent_error_set(err, ENT_EPARSE, "%s: no \"%s\" array", path, part);
	}
	for (i = 0; i < json_array_size(arr) && rc == ENT_OK; i++) {
		json_t *o = json_array_get(arr, i);
		const char *code = json_string_value(json_object_get(o, "alpha_3"));
		size_t k;
		if (!code)
			continue;
		if (strcmp(part, "4217") == 0) {
			if (!map_put(&nm->currencies, code, &created))
				rc = ENT_ENOMEM;
			continue;
		}
		if (!map_put(strcmp(part, "3166-1") == 0 ? &nm->codes1 : &nm->codes3, code,
			     &created)) {
			rc = ENT_ENOMEM;
			break;
		}
		for (k = 0; k < 3 && rc == ENT_OK; k++) {
			const char *n = json_string_value(json_object_get(o, fields[k]));
			const char *comma;
			ent_sipri_kind kind =
				strcmp(part, "3166-1") == 0 ? ENT_SIPRI_STATE : ENT_SIPRI_HISTORICAL;
			if (!n)
				continue;
			rc = add_iso_name(nm, n, strlen(n), code, kind);
			/* "Czechoslovakia, Czechoslovak Socialist Republic" */
			comma = strchr(n, ',');
			if (rc == ENT_OK && comma)
				rc = add_iso_name(nm, n, (size_t)(comma - n), code, kind);
		}
	}
	json_decref(root);
	if (rc == ENT_ENOMEM)
		ent_error_set(err, rc, "out of memory loading %s", path);
	return rc;
}

static int kind_from_name(const char *s)
{
	size_t i;
	for (i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++)
		if (strcmp(kind_names[i], s) == 0)
			return (int)i;
	return -1;
}

/* Read data/sipri-names.tsv: name TAB code TAB kind; codes of states and
 * historical states are checked against iso-codes. */
static int load_listed(names *nm, const char *dir, ent_error *err)
{
	char path[4096], line[1024];
	FILE *fp;
	int lineno = 0, rc = ENT_OK;

	snprintf(path, sizeof path, "%s/sipri-names.tsv", dir);
	fp = fopen(path, "r");
	if (!fp)
		return ent_error_set(err, ENT_EIO, "%s: %s", path, strerror(errno));
	while (rc == ENT_OK && fgets(line, sizeof line, fp)) {
		char *f[3], *p = line;
		size_t n = strcspn(line, "\r\n"), k;
		map_entry *e;
		int kind, created;
		lineno++;
		if (line[n] == '\0' && !feof(fp)) {
			rc = ent_error_set(err, ENT_EPARSE, "%s:%d: line too long", path, lineno);
			break;
		}
		line[n] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		for (k = 0; k < 3; k++) {
			f[k] = p;
			p = strchr(p, '\t');
			if (k < 2 && !p)
				break;
			if (p)
				*p++ = '\0';
		}
		if (k < 3 || p) {
			rc = ent_error_set(err, ENT_EPARSE, "%s:%d: expected 3 tab-separated fields",
					   path, lineno);
			break;
		}
		kind = kind_from_name(f[2]);
		if (kind < 0) {
			rc = ent_error_set(err, ENT_EPARSE, "%s:%d: unknown kind '%s'", path, lineno,
					   f[2]);
			break;
		}
		if (strlen(f[1]) >= sizeof(ent_code) || !f[1][0] ||
		    (strcmp(f[1], "*") == 0 && kind != ENT_SIPRI_NONSTATE)) {
			rc = ent_error_set(err, ENT_EPARSE, "%s:%d: invalid code '%s'", path, lineno,
					   f[1]);
			break;
		}
		if ((kind == ENT_SIPRI_STATE && !map_get(&nm->codes1, f[1])) ||
		    (kind == ENT_SIPRI_HISTORICAL && !map_get(&nm->codes3, f[1]))) {
			rc = ent_error_set(err, ENT_EPARSE, "%s:%d: '%s' is not an ISO 3166-%c code",
					   path, lineno, f[1], kind == ENT_SIPRI_STATE ? '1' : '3');
			break;
		}
		e = map_put(&nm->listed, f[0], &created);
		if (!e) {
			rc = ent_error_set(err, ENT_ENOMEM, "out of memory reading %s", path);
			break;
		}
		if (!created) {
			rc = ent_error_set(err, ENT_EPARSE, "%s:%d: '%s' is listed twice", path, lineno,
					   f[0]);
			break;
		}
		e->kind = (ent_sipri_kind)kind;
		e->derive = strcmp(f[1], "*") == 0;
		if (!e->derive)
			ent_code_set(&e->code, f[1]);
	}
	if (rc == ENT_OK && ferror(fp))
		rc = ent_error_set(err, ENT_EIO, "%s: read error", path);
	fclose(fp);
	return rc;
}

static int names_load(names *nm, ent_error *err)
{
	const char *iso = env_or("ENTENTE_ISOCODES", ENT_DEFAULT_ISOCODES);
	const char *data = env_or("ENTENTE_DATA", ENT_DEFAULT_DATADIR);
	int rc;
	memset(nm, 0, sizeof *nm);
	if ((rc = load_iso_file(nm, iso, "3166-1", err)) ||
	    (rc = load_iso_file(nm, iso, "3166-3", err)) ||
	    (rc = load_iso_file(nm, iso, "4217", err)) || (rc = load_listed(nm, data, err)))
		names_free(nm);
	return rc;
}

/* The derived code of a non-state actor: "NS" and 8 hex digits of the
 * FNV-1a hash of its lower-cased name without the '*' markers. */
static void derive_code(ent_code *c, const char *name)
{
	char key[256];
	size_t n;
	lower(key, sizeof key, name);
	n = strlen(key);
	while (n && (key[n - 1] == '*' || key[n - 1] == ' '))
		key[--n] = '\0';
	snprintf(c->s, sizeof c->s, "NS%08X", (unsigned)fnv1a(key));
}

/* Map a SIPRI name.  @return 1 when mapped. */
static int resolve(const names *nm, const char *name, ent_code *code, ent_sipri_kind *kind)
{
	const map_entry *e = map_get(&nm->listed, name);
	size_t n = strlen(name);
	char key[256];
	if (e) {
		*kind = e->kind;
		if (e->derive)
			derive_code(code, name);
		else
			*code = e->code;
		return 1;
	}
	if (n >= 2 && name[n - 1] == '*' && name[n - 2] == '*')
		return 0; /* an organisation needs its code listed */
	if (n >= 1 && name[n - 1] == '*') {
		*kind = ENT_SIPRI_NONSTATE;
		derive_code(code, name);
		return 1;
	}
	lower(key, sizeof key, name);
	e = map_get(&nm->iso, key);
	if (!e)
		return 0;
	*kind = e->kind;
	*code = e->code;
	return 1;
}

/* ---- descriptions -> categories --------------------------------------------- */

typedef struct cat_rule {
	const char *words;   /* lower case, matched on word boundaries */
	ent_category cat;
} cat_rule;

/* First match wins; see docs/internals/SIPRI.md for the reasons of the order. */
static const cat_rule cat_rules[] = {
	{"anti-aircraft", ENT_CAT_AIR_DEFENCE},
	{"aa", ENT_CAT_AIR_DEFENCE},
	{"aircraft carrier", ENT_CAT_NAVAL},
	{"engine", ENT_CAT_OTHER},
	{"turbofan", ENT_CAT_OTHER},
	{"turbojet", ENT_CAT_OTHER},
	{"turboprop", ENT_CAT_OTHER},
	{"gas turbine", ENT_CAT_OTHER},
	{"reactor", ENT_CAT_OTHER},
	{"satellite", ENT_CAT_OTHER},
	{"air refuel system", ENT_CAT_OTHER},
	{"uav", ENT_CAT_DRONE},
	{"ugv", ENT_CAT_DRONE},
	{"drone", ENT_CAT_DRONE},
	{"loitering munition", ENT_CAT_DRONE},
	{"anti-radar", ENT_CAT_MISSILE},
	{"radar", ENT_CAT_RADAR},
	{"sonar", ENT_CAT_RADAR},
	{"eo", ENT_CAT_RADAR},
	{"recce system", ENT_CAT_RADAR},
	{"search system", ENT_CAT_RADAR},
	{"signals intelligence system", ENT_CAT_ELECTRONIC_WARFARE},
	{"electronic warfare system", ENT_CAT_ELECTRONIC_WARFARE},
	{"sigint system", ENT_CAT_ELECTRONIC_WARFARE},
	{"helicopter", ENT_CAT_AIRCRAFT}, /* helicopters count as aircraft (weapons.tsv) */
	{"heli", ENT_CAT_AIRCRAFT},
	{"aircraft", ENT_CAT_AIRCRAFT},
	{"airship", ENT_CAT_AIRCRAFT},
	{"air-to-air", ENT_CAT_MISSILE},
	{"bvraam", ENT_CAT_MISSILE},
	{"sraam", ENT_CAT_MISSILE},
	{"anti-ship missile", ENT_CAT_MISSILE},
	{"sam", ENT_CAT_AIR_DEFENCE},
	{"abm", ENT_CAT_AIR_DEFENCE},
	{"air-defence", ENT_CAT_AIR_DEFENCE},
	{"air defence", ENT_CAT_AIR_DEFENCE},
	{"ad system", ENT_CAT_AIR_DEFENCE},
	{"missile boat", ENT_CAT_NAVAL},
	{"coastal defence system", ENT_CAT_MISSILE},
	{"missile", ENT_CAT_MISSILE},
	{"ssm", ENT_CAT_MISSILE},
	{"asm", ENT_CAT_MISSILE},
	{"slbm", ENT_CAT_MISSILE},
	{"rocket", ENT_CAT_ROCKET},
	{"mrl", ENT_CAT_ROCKET},
	{"guided bomb", ENT_CAT_AMMUNITION},
	{"guided glide bomb", ENT_CAT_AMMUNITION},
	{"guided shell", ENT_CAT_AMMUNITION},
	{"tank destroyer", ENT_CAT_ARMOURED_VEHICLE},
	{"naval", ENT_CAT_NAVAL},
	{"anti-submarine", ENT_CAT_NAVAL},
	{"asw", ENT_CAT_NAVAL},
	{"ssb", ENT_CAT_NAVAL},
	{"fac", ENT_CAT_NAVAL},
	{"opv", ENT_CAT_NAVAL},
	{"aals", ENT_CAT_NAVAL},
	{"torpedo", ENT_CAT_NAVAL},
	{"torpdeo", ENT_CAT_NAVAL},
	{"ship", ENT_CAT_NAVAL},
	{"boat", ENT_CAT_NAVAL},
	{"gunboat", ENT_CAT_NAVAL},
	{"submarine", ENT_CAT_NAVAL},
	{"frigate", ENT_CAT_NAVAL},
	{"corvette", ENT_CAT_NAVAL},
	{"destroyer", ENT_CAT_NAVAL},
	{"cruiser", ENT_CAT_NAVAL},
	{"minesweeper", ENT_CAT_NAVAL},
	{"minehunter", ENT_CAT_NAVAL},
	{"minelayer", ENT_CAT_NAVAL},
	{"mcm", ENT_CAT_NAVAL},
	{"craft", ENT_CAT_NAVAL},
	{"tug", ENT_CAT_NAVAL},
	{"tanker", ENT_CAT_NAVAL},
	{"icebreaker", ENT_CAT_NAVAL},
	{"spg", ENT_CAT_ARTILLERY},
	{"gun", ENT_CAT_ARTILLERY},
	{"mortar", ENT_CAT_ARTILLERY},
	{"howitzer", ENT_CAT_ARTILLERY},
	{"tank", ENT_CAT_ARMOURED_VEHICLE},
	{"apc", ENT_CAT_ARMOURED_VEHICLE},
	{"ifv", ENT_CAT_ARMOURED_VEHICLE},
	{"infantry fighting vehicle", ENT_CAT_ARMOURED_VEHICLE},
	{"armoured", ENT_CAT_ARMOURED_VEHICLE},
	{"bridgelayer", ENT_CAT_ARMOURED_VEHICLE},
	{"vehicle", ENT_CAT_ARMOURED_VEHICLE},
	{"apv", ENT_CAT_ARMOURED_VEHICLE},
	{"arv", ENT_CAT_ARMOURED_VEHICLE},
	{"aev", ENT_CAT_ARMOURED_VEHICLE},
	{"amv", ENT_CAT_ARMOURED_VEHICLE},
	{"alv", ENT_CAT_ARMOURED_VEHICLE},
	{"afsv", ENT_CAT_ARMOURED_VEHICLE},
	{"av", ENT_CAT_ARMOURED_VEHICLE},
};

/* 1 when @p w occurs in @p s (both lower case) with no letter right before
 * or after it. */
static int has_word(const char *s, const char *w)
{
	size_t wl = strlen(w);
	const char *p = s;
	while ((p = strstr(p, w)) != NULL) {
		int before = p == s || !isalpha((unsigned char)p[-1]);
		int after = !isalpha((unsigned char)p[wl]);
		if (before && after)
			return 1;
		p++;
	}
	return 0;
}

ent_category ent_sipri_category(const char *description)
{
	char d[256];
	size_t i;
	if (!description)
		return ENT_CAT_OTHER;
	lower(d, sizeof d, description);
	for (i = 0; i < sizeof cat_rules / sizeof cat_rules[0]; i++)
		if (has_word(d, cat_rules[i].words))
			return cat_rules[i].cat;
	return ENT_CAT_OTHER;
}

/* ---- money in comments -------------------------------------------------------- */

/* Parse "N[.N]" at @p p; @return the end or NULL. */
static const char *number(const char *p, double *v)
{
	char *end;
	if (!isdigit((unsigned char)*p))
		return NULL;
	errno = 0;
	*v = strtod(p, &end);
	if (errno || end == p)
		return NULL;
	return end;
}

/* Parse a unit word at @p p ("m", "b", "bn", "tr", "million", "billion");
 * @return the end or NULL. */
static const char *unit(const char *p, double *mult)
{
	static const struct {
		const char *w;
		double m;
	} units[] = {{"million", 1e6}, {"billion", 1e9}, {"bn", 1e9}, {"tr", 1e12},
		     {"m", 1e6},       {"b", 1e9}};
	size_t i;
	for (i = 0; i < sizeof units / sizeof units[0]; i++) {
		size_t n = strlen(units[i].w);
		if (strncmp(p, units[i].w, n) == 0 && !isalnum((unsigned char)p[n])) {
			*mult = units[i].m;
			return p + n;
		}
	}
	return NULL;
}

/* A money figure at @p p: "$N m", "USD7.3 m", "EUR21 m", "$200-250 m",
 * "THB4b".  @p cur receives the currency.  @return the end or NULL. */
static const char *money_at(const char *s, const char *p, const map *currencies, char cur[4],
			    double *amount, int *approx)
{
	double a, b = 0, mult;
	const char *q;
	if (*p == '$') {
		memcpy(cur, "USD", 4);
		q = p + 1;
	} else if (isupper((unsigned char)p[0]) && isupper((unsigned char)p[1]) &&
		   isupper((unsigned char)p[2]) && (p == s || !isalnum((unsigned char)p[-1]))) {
		char c[4] = {p[0], p[1], p[2], 0};
		if (currencies && !map_get(currencies, c))
			return NULL;
		memcpy(cur, c, 4);
		q = p + 3;
	} else {
		return NULL;
	}
	if (*q == ' ' && isdigit((unsigned char)q[1]))
		q++;
	q = number(q, &a);
	if (!q)
		return NULL;
	*approx = 0;
	if (*q == '-' && isdigit((unsigned char)q[1])) {
		q = number(q + 1, &b);
		if (!q)
			return NULL;
		a = (a + b) / 2;
		*approx = 1;
	}
	if (*q == ' ')
		q++;
	q = unit(q, &mult);
	if (!q)
		return NULL;
	*amount = a * mult;
	return q;
}

/* See ent_sipri_parse_value; @p currencies (NULL: any three capitals)
 * are the ISO 4217 codes accepted. */
static void parse_value(const char *comment, const map *currencies, ent_value *out,
			int *part_of)
{
	const char *p;
	memset(out, 0, sizeof *out);
	if (part_of)
		*part_of = 0;
	if (!comment)
		return;
	for (p = comment; *p; p++) {
		char cur[4];
		double amount;
		int approx;
		const char *end = money_at(comment, p, currencies, cur, &amount, &approx);
		if (!end)
			continue;
		out->present = 1;
		out->amount = amount;
		memcpy(out->currency, cur, sizeof out->currency);
		out->approx = approx;
		if (strcmp(cur, "USD") == 0) {
			out->has_usd = 1;
			out->usd = amount;
		} else {
			/* "THB4b ($120 m)": the USD figure SIPRI gives beside it */
			const char *q = end;
			char c2[4];
			double usd;
			int ap2;
			while (*q == ' ')
				q++;
			if (*q == '(' && q[1] == '$' &&
			    money_at(comment, q + 1, currencies, c2, &usd, &ap2)) {
				out->has_usd = 1;
				out->usd = usd;
			}
		}
		if (part_of) {
			size_t back = (size_t)(p - comment) < 8 ? (size_t)(p - comment) : 8;
			char before[9];
			lower(before, sizeof before, p - back);
			before[back] = '\0';
			*part_of = strstr(before, "part of") != NULL;
		}
		return;
	}
}

void ent_sipri_parse_value(const char *comment, ent_value *out, int *part_of)
{
	parse_value(comment, NULL, out, part_of);
}

/* ---- the file ------------------------------------------------------------------- */

static int valid_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned char c = s[i];
		size_t k, len;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			len = 2;
		else if (c >= 0xE0 && c <= 0xEF)
			len = 3;
		else if (c >= 0xF0 && c <= 0xF4)
			len = 4;
		else
			return 0;
		if (i + len > n)
			return 0;
		for (k = 1; k < len; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
		i += len;
	}
	return 1;
}

/* Append @p n bytes of the file to @p b as UTF-8. */
static int put_text(ent_buf *b, const char *s, size_t n, int utf8)
{
	size_t i, start = 0;
	if (utf8)
		return ent_buf_put(b, s, n);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			char two[2] = {(char)(0xC0 | (c >> 6)), (char)(0x80 | (c & 0x3F))};
			if (ent_buf_put(b, s + start, i - start) || ent_buf_put(b, two, 2))
				return ENT_ENOMEM;
			start = i + 1;
		}
	}
	return ent_buf_put(b, s + start, n - start);
}

static int read_file(const char *path, char **out, size_t *len, ent_error *err)
{
	FILE *fp = fopen(path, "rb");
	char *data = NULL;
	size_t n = 0, cap = 0;
	*out = NULL;
	*len = 0;
	if (!fp)
		return ent_error_set(err, ENT_EIO, "%s: %s", path, strerror(errno));
	for (;;) {
		size_t got;
		if (cap - n < 65536) {
			size_t ncap = cap ? 2 * cap : 1 << 20;
			char *nd;
			if (ncap > SIPRI_MAX_BYTES + 1)
				ncap = SIPRI_MAX_BYTES + 1;
			if (ncap <= n) {
				ent__free(data);
				fclose(fp);
				return ent_error_set(err, ENT_ETOOBIG, "%s: larger than %zu MB", path,
						     SIPRI_MAX_BYTES >> 20);
			}
			nd = ent__realloc(data, ncap);
			if (!nd) {
				ent__free(data);
				fclose(fp);
				return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", path);
			}
			data = nd;
			cap = ncap;
		}
		got = fread(data + n, 1, cap - n - 1, fp);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(fp)) {
		ent__free(data);
		fclose(fp);
		return ent_error_set(err, ENT_EIO, "%s: read error", path);
	}
	fclose(fp);
	data[n] = '\0';
	*out = data;
	*len = n;
	return ENT_OK;
}

static int sha256_hex(char out[65], const char *data, size_t len)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0, i;
	if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL) || mdlen != 32)
		return ENT_ERROR;
	for (i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	return ENT_OK;
}

/* "13 Mar 2025 10:02:49 AM" (or "2025-03-13") -> "2025-03-13". */
static int parse_generated(const char *s, char out[32])
{
	static const char *months[] = {"jan", "feb", "mar", "apr", "may", "jun",
				       "jul", "aug", "sep", "oct", "nov", "dec"};
	int d, y, m;
	char mon[16];
	if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
		snprintf(out, 32, "%04d-%02d-%02d", y, m, d);
		return 1;
	}
	if (sscanf(s, "%d %15s %d", &d, mon, &y) != 3 || d < 1 || d > 31 || y < 1900 || y > 9999)
		return 0;
	lower(mon, sizeof mon, mon);
	for (m = 0; m < 12; m++)
		if (strncmp(mon, months[m], 3) == 0) {
			snprintf(out, 32, "%04d-%02d-%02d", y, m + 1, d);
			return 1;
		}
	return 0;
}

/* The header as SIPRI writes it; "" is a blank-named flag column. */
static const char *const header_names[SIPRI_FIELDS] = {
	"Recipient",          "Supplier",           "Year of order",
	"",                   "Number ordered",     "",
	"Weapon designation", "Weapon description", "Number delivered",
	"",                   "Year(s) of delivery", "status",
	"Comments",           "SIPRI TIV per unit", "SIPRI TIV for total order",
	"SIPRI TIV of delivered weapons"};

static char *trim(char *s)
{
	size_t n;
	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	return s;
}

/* Split @p s (modified) at commas into exactly SIPRI_FIELDS trimmed fields. */
static int split(char *s, char *f[SIPRI_FIELDS])
{
	int k = 0;
	for (;;) {
		char *c = strchr(s, ',');
		if (k == SIPRI_FIELDS)
			return 0;
		if (c)
			*c = '\0';
		f[k++] = trim(s);
		if (!c)
			break;
		s = c + 1;
	}
	return k == SIPRI_FIELDS;
}

static int check_header(char *line)
{
	char *f[SIPRI_FIELDS];
	int k;
	if (!split(line, f))
		return 0;
	for (k = 0; k < SIPRI_FIELDS; k++)
		if (strcasecmp(f[k], header_names[k]) != 0)
			return 0;
	return 1;
}

typedef struct reader {
	const char *path;
	size_t line;
	ent_error *err;
	const names *nm;
	map seen_codes; /* derived code -> first name, to catch collisions */
} reader;

static int bad(reader *rd, const char *what, const char *value)
{
	return ent_error_set(rd->err, ENT_EPARSE, "%s:%zu: %s '%s'", rd->path, rd->line, what,
			     value);
}

/* A whole non-negative integer, or -1 for an empty field. */
static int parse_count(reader *rd, const char *s, const char *what, long *out)
{
	char *end;
	if (!*s) {
		*out = -1;
		return ENT_OK;
	}
	if (!isdigit((unsigned char)*s))
		return bad(rd, what, s);
	errno = 0;
	*out = strtol(s, &end, 10);
	if (errno || *end)
		return bad(rd, what, s);
	return ENT_OK;
}

static int parse_year(reader *rd, const char *s, const char *what, int *out)
{
	if (!*s) {
		*out = -1;
		return ENT_OK;
	}
	if (strlen(s) != 4 || !isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) ||
	    !isdigit((unsigned char)s[2]) || !isdigit((unsigned char)s[3]))
		return bad(rd, what, s);
	*out = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	return ENT_OK;
}

static int parse_flag(reader *rd, const char *s, const char *what, int *out)
{
	if (!*s || strcmp(s, "?") == 0) {
		*out = *s == '?';
		return ENT_OK;
	}
	return bad(rd, what, s);
}

static int parse_tiv(reader *rd, const char *s, const char *what, double *out, int *has)
{
	char *end;
	*has = 0;
	*out = 0;
	if (!*s)
		return ENT_OK;
	errno = 0;
	*out = strtod(s, &end);
	if (errno || *end || !isdigit((unsigned char)*s) || *out < 0)
		return bad(rd, what, s);
	*has = 1;
	return ENT_OK;
}

static int map_name(reader *rd, const char *name, const char *role, ent_code *code,
		    ent_sipri_kind *kind)
{
	if (!resolve(rd->nm, name, code, kind))
		return ent_error_set(rd->err, ENT_EPARSE,
				     "%s:%zu: unmapped %s name '%s' (add it to data/sipri-names.tsv)",
				     rd->path, rd->line, role, name);
	if (*kind == ENT_SIPRI_NONSTATE) {
		int created;
		map_entry *e = map_put(&rd->seen_codes, code->s, &created);
		if (!e)
			return ent_error_set(rd->err, ENT_ENOMEM, "out of memory");
		if (created) {
			e->name = ent__strdup(name);
			if (!e->name)
				return ent_error_set(rd->err, ENT_ENOMEM, "out of memory");
		} else if (strcmp(e->name, name) != 0) {
			return ent_error_set(rd->err, ENT_EPARSE,
					     "%s:%zu: derived code %s of '%s' is also that of '%s' "
					     "(list one in data/sipri-names.tsv)",
					     rd->path, rd->line, code->s, name, e->name);
		}
	}
	return ENT_OK;
}

/* Parse one logical record (UTF-8 in @p text, @p len bytes) into @p r.
 * r->raw takes the block that holds every string of the record. */
static int parse_record(reader *rd, const char *text, size_t len, ent_sipri_record *r)
{
	char *block = ent__malloc(2 * len + 2), *f[SIPRI_FIELDS], *fields, *p;
	int rc, y;
	size_t i, ny;

	if (!block)
		return ent_error_set(rd->err, ENT_ENOMEM, "out of memory");
	memcpy(block, text, len);
	block[len] = '\0';
	r->raw = block;
	fields = block + len + 1;
	memcpy(fields, text, len + 1);
	for (p = fields; *p; p++)
		if (*p == '\n')
			*p = ' ';
	if (!split(fields, f)) {
		size_t commas = 0;
		for (i = 0; i < len; i++)
			commas += text[i] == ',';
		return ent_error_set(rd->err, ENT_EPARSE, "%s:%zu: %zu fields, expected %d", rd->path,
				     rd->line, commas + 1, SIPRI_FIELDS);
	}
	r->recipient_name = f[0];
	r->supplier_name = f[1];
	r->designation = f[6];
	r->description = f[7];
	r->status = f[11];
	r->comments = f[12];
	if (!f[0][0] || !f[1][0])
		return ent_error_set(rd->err, ENT_EPARSE, "%s:%zu: empty recipient or supplier",
				     rd->path, rd->line);
	if ((rc = map_name(rd, f[0], "recipient", &r->recipient, &r->recipient_kind)) ||
	    (rc = map_name(rd, f[1], "supplier", &r->supplier, &r->supplier_kind)) ||
	    (rc = parse_year(rd, f[2], "bad year of order", &r->order_year)) ||
	    (rc = parse_flag(rd, f[3], "bad '?' flag of the year of order", &r->order_year_uncertain)) ||
	    (rc = parse_count(rd, f[4], "bad number ordered", &r->ordered)) ||
	    (rc = parse_flag(rd, f[5], "bad '?' flag of the number ordered", &r->ordered_uncertain)) ||
	    (rc = parse_count(rd, f[8], "bad number delivered", &r->delivered)) ||
	    (rc = parse_flag(rd, f[9], "bad '?' flag of the number delivered",
			     &r->delivered_uncertain)) ||
	    (rc = parse_tiv(rd, f[13], "bad TIV per unit", &r->tiv_unit, &r->has_tiv_unit)) ||
	    (rc = parse_tiv(rd, f[14], "bad TIV for the order", &r->tiv_order, &r->has_tiv_order)) ||
	    (rc = parse_tiv(rd, f[15], "bad TIV delivered", &r->tiv_delivered,
			    &r->has_tiv_delivered)))
		return rc;
	if (strcmp(f[11], "New") != 0 && strncmp(f[11], "Second hand", 11) != 0)
		return bad(rd, "unknown status", f[11]);
	r->second_hand = strncmp(f[11], "Second hand", 11) == 0;
	if (!f[6][0])
		return bad(rd, "empty weapon designation", f[6]);
	r->category = ent_sipri_category(f[7]);

	/* delivery years "2018; 2019" */
	for (ny = f[10][0] ? 1 : 0, p = f[10]; *p; p++)
		ny += *p == ';';
	if (ny) {
		char *s = f[10];
		r->delivery_years = ent__malloc(ny * sizeof *r->delivery_years);
		if (!r->delivery_years)
			return ent_error_set(rd->err, ENT_ENOMEM, "out of memory");
		for (i = 0; i < ny; i++) {
			char *semi = strchr(s, ';'), save = 0;
			if (semi) {
				save = *semi;
				*semi = '\0';
			}
			rc = parse_year(rd, trim(s), "bad year of delivery", &y);
			if (rc == ENT_OK && y < 0)
				rc = bad(rd, "empty year of delivery in", f[10]);
			if (semi)
				*semi = save;
			if (rc)
				return rc;
			r->delivery_years[i] = y;
			s = semi ? semi + 1 : s + strlen(s);
		}
		r->ndelivery_years = ny;
	}
	parse_value(f[12], &rd->nm->currencies, &r->value, &r->value_part_of);
	return ENT_OK;
}

void ent_sipri_register_free(ent_sipri_register *r)
{
	size_t i;
	if (!r)
		return;
	for (i = 0; i < r->n; i++) {
		ent__free((char *)r->v[i].raw);
		ent__free(r->v[i].delivery_years);
	}
	ent__free(r->v);
	ent__free(r->path);
	ent__free(r);
}

typedef struct line_span {
	const char *s;
	size_t len;      /* without the line feed and a trailing CR */
	size_t next;     /* offset of the following line */
} line_span;

static int next_line(const char *data, size_t len, size_t pos, line_span *ls)
{
	const char *nl;
	if (pos >= len)
		return 0;
	nl = memchr(data + pos, '\n', len - pos);
	ls->s = data + pos;
	ls->len = nl ? (size_t)(nl - (data + pos)) : len - pos;
	ls->next = nl ? (size_t)(nl - data) + 1 : len;
	if (ls->len && ls->s[ls->len - 1] == '\r')
		ls->len--;
	return 1;
}

static size_t count_commas(const char *s, size_t n)
{
	size_t c = 0, i;
	for (i = 0; i < n; i++)
		c += s[i] == ',';
	return c;
}

int ent_sipri_read(ent_sipri_register **out, const char *path, ent_error *err)
{
	ent_sipri_register *r = NULL;
	names nm;
	reader rd;
	ent_buf text;
	line_span ls;
	char *data = NULL;
	size_t len = 0, pos = 0, cap = 0, line = 0;
	int rc, have_header = 0;

	if (!out || !path)
		return ent_error_set(err, ENT_EUSAGE, "ent_sipri_read: missing argument");
	*out = NULL;
	rc = names_load(&nm, err);
	if (rc)
		return rc;
	memset(&rd, 0, sizeof rd);
	ent_buf_init(&text, 0);
	rc = read_file(path, &data, &len, err);
	if (rc)
		goto done;
	r = ent__calloc(1, sizeof *r);
	if (!r || !(r->path = ent__strdup(path))) {
		rc = ent_error_set(err, ENT_ENOMEM, "%s: out of memory", path);
		goto done;
	}
	r->bytes = len;
	if (sha256_hex(r->sha256, data, len)) {
		rc = ent_error_set(err, ENT_ERROR, "%s: cannot compute its sha256", path);
		goto done;
	}
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		r->utf8 = 1;
		pos = 3;
	} else {
		r->utf8 = valid_utf8((const unsigned char *)data, len);
	}
	rd.path = path;
	rd.err = err;
	rd.nm = &nm;

	/* preamble and header */
	while (!have_header && next_line(data, len, pos, &ls)) {
		line++;
		pos = ls.next;
		ent_buf_clear(&text);
		if (put_text(&text, ls.s, ls.len, r->utf8)) {
			rc = ent_error_set(err, ENT_ENOMEM, "%s: out of memory", path);
			goto done;
		}
		if (strncmp(ent_buf_cstr(&text), "Data generated:", 15) == 0) {
			const char *g = ent_buf_cstr(&text) + 15;
			while (*g == ' ')
				g++;
			snprintf(r->generated, sizeof r->generated, "%s", g);
			if (!parse_generated(g, r->release)) {
				rc = ent_error_set(err, ENT_EPARSE, "%s:%zu: cannot read the date '%s'",
						   path, line, g);
				goto done;
			}
		} else if (strncmp(ent_buf_cstr(&text), "Recipient,", 10) == 0) {
			if (!check_header(text.ptr)) {
				rc = ent_error_set(err, ENT_EPARSE,
						   "%s:%zu: not the 16-column SIPRI trade-register "
						   "header",
						   path, line);
				goto done;
			}
			have_header = 1;
		} else if (line >= SIPRI_MAX_PREAMBLE) {
			break;
		}
	}
	if (!have_header) {
		rc = ent_error_set(err, ENT_EPARSE,
				   "%s: no SIPRI trade-register header ('Recipient,Supplier,...') "
				   "in the first %d lines",
				   path, SIPRI_MAX_PREAMBLE);
		goto done;
	}
	if (!r->release[0])
		snprintf(r->release, sizeof r->release, "undated-%.12s", r->sha256);

	/* records: a record has 15 commas; fewer means a line feed broke it */
	while (next_line(data, len, pos, &ls)) {
		ent_sipri_record *rec;
		size_t start = (size_t)(ls.s - data), commas, nlines = 1, first = line + 1, end;
		line++;
		pos = ls.next;
		if (ls.len == 0)
			continue; /* blank line (the end of the file) */
		ent_buf_clear(&text);
		if (put_text(&text, ls.s, ls.len, r->utf8)) {
			rc = ent_error_set(err, ENT_ENOMEM, "%s: out of memory", path);
			goto done;
		}
		commas = count_commas(ls.s, ls.len);
		end = start + ls.len;
		while (commas < SIPRI_FIELDS - 1 && next_line(data, len, pos, &ls)) {
			line++;
			pos = ls.next;
			nlines++;
			if (ent_buf_putc(&text, '\n') || put_text(&text, ls.s, ls.len, r->utf8)) {
				rc = ent_error_set(err, ENT_ENOMEM, "%s: out of memory", path);
				goto done;
			}
			commas += count_commas(ls.s, ls.len);
			end = (size_t)(ls.s - data) + ls.len;
		}
		rd.line = first;
		if (commas != SIPRI_FIELDS - 1) {
			rc = ent_error_set(err, ENT_EPARSE, "%s:%zu: %zu fields, expected %d%s", path,
					   first, commas + 1, SIPRI_FIELDS,
					   commas < SIPRI_FIELDS - 1 ? " (the file ends inside a record)"
								     : "");
			goto done;
		}
		if (r->n == cap) {
			size_t ncap = cap ? 2 * cap : 1024;
			ent_sipri_record *nv = ent__realloc(r->v, ncap * sizeof *nv);
			if (!nv) {
				rc = ent_error_set(err, ENT_ENOMEM, "%s: out of memory", path);
				goto done;
			}
			r->v = nv;
			cap = ncap;
		}
		rec = &r->v[r->n++];
		memset(rec, 0, sizeof *rec);
		rec->line = first;
		rec->nlines = nlines;
		rec->offset = start;
		rec->length = end - start;
		rc = parse_record(&rd, text.ptr, text.len, rec);
		if (rc)
			goto done;
	}
	if (r->n == 0) {
		rc = ent_error_set(err, ENT_EPARSE, "%s: no records after the header", path);
		goto done;
	}
	*out = r;
	r = NULL;
	rc = ENT_OK;

done:
	ent_sipri_register_free(r);
	ent_buf_destroy(&text);
	ent__free(data);
	map_free(&rd.seen_codes);
	names_free(&nm);
	return rc;
}

/* ---- the store side ------------------------------------------------------------- */

int ent_sipri_import(ent_store *s, const char *path, ent_sipri_stats *stats, ent_error *err)
{
	ent_sipri_register *r = NULL;
	ent_sipri_stats st;
	int rc;
	memset(&st, 0, sizeof st);
	if (stats)
		*stats = st;
	if (!s || !path)
		return ent_error_set(err, ENT_EUSAGE, "ent_sipri_import: missing argument");
	rc = ent_sipri_read(&r, path, err);
	if (rc)
		return rc;
	snprintf(st.release, sizeof st.release, "%s", r->release);
	st.records = r->n;
	rc = ent_store__sipri_import(s, r, &st, err);
	ent_sipri_register_free(r);
	if (rc == ENT_OK && stats)
		*stats = st;
	return rc;
}

int ent_sipri_tiv_by_supplier(ent_store *s, const char *recipient, int from_year, int to_year,
			      const char *release, ent_tiv_share **out, size_t *n)
{
	if (out)
		*out = NULL;
	if (n)
		*n = 0;
	if (!s || !recipient || !recipient[0] || !out || !n)
		return ENT_EUSAGE;
	return ent_store__sipri_tiv(s, recipient, from_year, to_year, release, out, n);
}

int ent_sipri_releases(ent_store *s, ent_sipri_release_info **out, size_t *n)
{
	if (out)
		*out = NULL;
	if (n)
		*n = 0;
	if (!s || !out || !n)
		return ENT_EUSAGE;
	return ent_store__sipri_releases(s, out, n);
}
