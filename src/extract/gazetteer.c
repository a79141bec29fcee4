/*
 * gazetteer.c - names of actors, weapons and issues, matched over tokens.
 *
 * States come from iso-codes' iso_3166-1.json (name, official name, common
 * name); everything else from the TSV files of the data directory:
 * states.tsv (other names, demonyms, capitals), blocs.tsv, firms.tsv,
 * weapons.tsv, issues.tsv, exporters.tsv (a prior on who supplies whom),
 * leaders.tsv (heads of state and government, foreign and defence ministers),
 * exercises.tsv (names of recurring exercises) and media.tsv (news outlets
 * named after a state, whose names must hide the state in them).
 *
 * Phrases are stored under the keys their tokens produce (token.c), joined
 * by single spaces, in an open-addressing hash table that also holds every
 * proper prefix of every phrase; matching walks forward token by token while
 * the growing key is a known prefix, remembering the longest full phrase.
 * Proper names must start with a capital in the text; short all-capital
 * aliases ("US", "OIC", "HAL") must be all capitals.  Exercise names have a
 * table of their own: they are no mentions, and a name that holds a state
 * ("Cope India") or is a firm's ("Indra") leaves those to the main table.
 */
#include "extract/extract_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"
#include "util/buf.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GZ_MAX_TOKENS 10
#define GZ_KEY_MAX 512

typedef struct slot {
	char *key;      /* NULL: empty */
	int entry;      /* index into entries, -1 for a pure prefix */
} slot;

/* The members of a small bloc (bloc-members.tsv). */
typedef struct bloc_members {
	char code[16];
	char members[ENT_BLOC_MEMBERS_MAX][4];
	int n;
} bloc_members;

typedef struct exporter {
	char code[12];
	double tiv;
} exporter;

typedef struct leader {
	char code[12];
	int from, to;           /* years in office */
	const char *surname;    /* interned key of the surname */
} leader;

/* One open-addressing table of phrase keys and their prefixes. */
typedef struct ptable {
	slot *slots;
	size_t nslots, used;
} ptable;

struct gazetteer {
	ptable names;           /* states, firms, blocs, weapons, issues, leaders */
	ptable drills;          /* exercise names (exercises.tsv) */
	uint64_t drill_first[64]; /* bit (hash(key) & 4095): a key that may open
				     an exercise name (one test for most words) */
	gz_entry *entries;
	size_t nentries, centries;
	char **strings;         /* canonical names, owned */
	size_t nstrings, cstrings;
	exporter *exporters;
	size_t nexporters, cexporters;
	leader *leaders;
	size_t nleaders, cleaders;
	bloc_members *blocs;    /* bloc-members.tsv */
	size_t nblocs, cblocs;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ULL;
	}
	return h;
}

static slot *find(const ptable *p, const char *key)
{
	size_t i = (size_t)(hash(key) & (p->nslots - 1));
	while (p->slots[i].key) {
		if (strcmp(p->slots[i].key, key) == 0)
			return &p->slots[i];
		i = (i + 1) & (p->nslots - 1);
	}
	return NULL;
}

static int rehash(ptable *p, size_t first)
{
	size_t n = p->nslots ? p->nslots * 2 : first, i;
	slot *ns = ent__calloc(n, sizeof *ns);
	slot *old = p->slots;
	size_t oldn = p->nslots;
	if (!ns)
		return ENT_ENOMEM;
	p->slots = ns;
	p->nslots = n;
	for (i = 0; i < oldn; i++) {
		if (old[i].key) {
			size_t j = (size_t)(hash(old[i].key) & (n - 1));
			while (ns[j].key)
				j = (j + 1) & (n - 1);
			ns[j] = old[i];
		}
	}
	ent__free(old);
	return ENT_OK;
}

/* Insert key -> entry (entry -1 = prefix) into table p.  A full entry
 * never downgrades to a prefix; the first full entry for a key wins. */
static int put(gazetteer *g, ptable *p, const char *key, int entry)
{
	slot *s;
	size_t i;
	if ((p->used + 1) * 2 > p->nslots && rehash(p, 512))
		return ENT_ENOMEM;
	s = find(p, key);
	if (s) {
		if (s->entry < 0 && entry >= 0)
			s->entry = entry;
		else if (s->entry >= 0 && entry >= 0 && s->entry != entry) {
			/* a demonym listed for two states ("Congolese"): the
			 * first stays, the second is its alternative */
			gz_entry *a = &g->entries[s->entry], *b = &g->entries[entry];
			if (a->kind == GZ_DEMONYM && b->kind == GZ_DEMONYM && !a->alt[0] &&
			    strcmp(a->code, b->code) != 0)
				memcpy(a->alt, b->code, sizeof a->alt);
		}
		return ENT_OK;
	}
	i = (size_t)(hash(key) & (p->nslots - 1));
	while (p->slots[i].key)
		i = (i + 1) & (p->nslots - 1);
	p->slots[i].key = ent__strdup(key);
	if (!p->slots[i].key)
		return ENT_ENOMEM;
	p->slots[i].entry = entry;
	p->used++;
	return ENT_OK;
}

/* Room for one more element in the array *p of *cap elements of size
 * bytes, n of them used: the capacity doubles, from first.  ENT_OK, or
 * ENT_ENOMEM with the array untouched. */
static int grow(void **p, size_t *cap, size_t n, size_t size, size_t first)
{
	void *np;
	size_t nc;
	if (n < *cap)
		return ENT_OK;
	nc = *cap ? *cap * 2 : first;
	np = ent__realloc(*p, nc * size);
	if (!np)
		return ENT_ENOMEM;
	*p = np;
	*cap = nc;
	return ENT_OK;
}

static const char *intern(gazetteer *g, const char *s)
{
	char *d;
	if (!s)
		return NULL;
	if (grow((void **)&g->strings, &g->cstrings, g->nstrings, sizeof *g->strings, 256))
		return NULL;
	d = ent__strdup(s);
	if (d)
		g->strings[g->nstrings++] = d;
	return d;
}

/* Add a phrase with its entry.  Phrases that tokenise to nothing are ignored. */
static int add_phrase(gazetteer *g, const char *phrase, gz_kind kind, const char *code,
		      int category, const char *canon)
{
	tokens t;
	char key[GZ_KEY_MAX];
	size_t i, klen = 0, letters = 0, uppers = 0;
	gz_entry *e;
	int rc = ENT_OK, idx;

	if (ent__tokenize(&t, phrase, strlen(phrase)))
		return ENT_ENOMEM;
	if (t.n == 0 || t.n > GZ_MAX_TOKENS) {
		ent__tokens_destroy(&t);
		return ENT_OK;
	}
	if (grow((void **)&g->entries, &g->centries, g->nentries, sizeof *g->entries,
		 1024)) {
		ent__tokens_destroy(&t);
		return ENT_ENOMEM;
	}
	idx = (int)g->nentries;
	e = &g->entries[g->nentries++];
	memset(e, 0, sizeof *e);
	e->kind = (uint8_t)kind;
	e->category = (int8_t)category;
	e->ntok = (uint16_t)t.n;
	if (code && strcmp(code, "-") != 0)
		ent_code_set((ent_code *)e->code, code);
	e->canon = canon && strcmp(canon, "-") != 0 ? intern(g, canon) : NULL;
	for (i = 0; phrase[i]; i++) {
		char c = phrase[i];
		if (c >= 'A' && c <= 'Z')
			letters++, uppers++;
		else if (c >= 'a' && c <= 'z')
			letters++;
	}
	if (letters && letters == uppers && letters <= 5)
		e->case_rule = 2;
	else if (kind == GZ_EXERCISE || kind == GZ_MEDIA)
		e->case_rule = 3;
	else if (kind != GZ_WEAPON || (phrase[0] >= 'A' && phrase[0] <= 'Z'))
		e->case_rule = 1;
	/* an exercise's words with a capital in the data file need one in
	 * the text ("Spears of Victory", "Croix du Sud") */
	for (i = 0; i < t.n; i++)
		if (t.v[i].upper)
			e->capmask |= (uint16_t)(1u << i);

	for (i = 0; i < t.n && rc == ENT_OK; i++) {
		size_t kl = t.v[i].keylen;
		if (klen + kl + 2 >= sizeof key)
			break;
		if (i)
			key[klen++] = ' ';
		memcpy(key + klen, TKEY(&t, i), kl);
		klen += kl;
		key[klen] = '\0';
		rc = put(g, kind == GZ_EXERCISE ? &g->drills : &g->names, key,
			 i + 1 == t.n ? idx : -1);
		if (kind == GZ_EXERCISE && i == 0) {
			uint64_t b = hash(key) & 4095;
			g->drill_first[b >> 6] |= (uint64_t)1 << (b & 63);
		}
	}
	ent__tokens_destroy(&t);
	return rc;
}

/* ---- loading ---------------------------------------------------------------- */

typedef int (*row_fn)(gazetteer *g, char **f, int nf, const char *path, int line,
		      ent_error *err);

/* Read a TSV file: '#' comments and blank lines skipped, each row split on
 * tabs and handed to fn with its line number. */
static int read_tsv(gazetteer *g, const char *dir, const char *name, int ncols, row_fn fn,
		    ent_error *err)
{
	char path[4096];
	char line[2048];
	FILE *fp;
	int lineno = 0, rc = ENT_OK;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	fp = fopen(path, "r");
	if (!fp)
		return ent_error_set(err, ENT_EIO, "%s: cannot read gazetteer file: %s", path,
				     strerror(errno));
	while (rc == ENT_OK && fgets(line, sizeof line, fp)) {
		char *f[8];
		int nf = 0;
		char *p = line, *q;
		size_t l = strlen(line);
		lineno++;
		while (l && (line[l - 1] == '\n' || line[l - 1] == '\r'))
			line[--l] = '\0';
		if (!l || line[0] == '#')
			continue;
		while (nf < 8) {
			f[nf++] = p;
			q = strchr(p, '\t');
			if (!q)
				break;
			*q = '\0';
			p = q + 1;
		}
		if (nf < ncols) {
			rc = ent_error_set(err, ENT_EPARSE,
					   "%s:%d: expected %d tab-separated columns, found %d",
					   path, lineno, ncols, nf);
			break;
		}
		rc = fn(g, f, nf, path, lineno, err);
	}
	fclose(fp);
	return rc;
}

static int row_state(gazetteer *g, char **f, int nf, const char *path, int line,
		     ent_error *err)
{
	gz_kind k;
	if (strcmp(f[0], "name") == 0)
		k = GZ_STATE;
	else if (strcmp(f[0], "demonym") == 0)
		k = GZ_DEMONYM;
	else if (strcmp(f[0], "capital") == 0)
		k = GZ_CAPITAL;
	else if (strcmp(f[0], "prefix") == 0)
		k = GZ_PREFIX;
	else
		return ent_error_set(err, ENT_EPARSE, "%s:%d: unknown kind '%s'", path, line, f[0]);
	if (strlen(f[1]) != 3)
		return ent_error_set(err, ENT_EPARSE, "%s:%d: '%s' is not an ISO3 code", path, line,
				     f[1]);
	return add_phrase(g, f[2], k, f[1], -1, NULL);
}

static int row_bloc(gazetteer *g, char **f, int nf, const char *path, int line,
		    ent_error *err)
{
	return add_phrase(g, f[1], GZ_BLOC, f[0], -1, f[0]);
}

/* A row of a home state (ISO3) and a name that stands for it as kind k
 * (firms.tsv, media.tsv). */
static int row_coded_name(gazetteer *g, char **f, gz_kind k, const char *path, int line,
			  ent_error *err)
{
	if (strlen(f[0]) != 3)
		return ent_error_set(err, ENT_EPARSE, "%s:%d: '%s' is not an ISO3 code", path, line,
				     f[0]);
	return add_phrase(g, f[1], k, f[0], -1, f[1]);
}

static int row_firm(gazetteer *g, char **f, int nf, const char *path, int line,
		    ent_error *err)
{
	return row_coded_name(g, f, GZ_FIRM, path, line, err);
}

static int row_weapon(gazetteer *g, char **f, int nf, const char *path, int line,
		      ent_error *err)
{
	int cat = ent_category_from_name(f[1]), rc;
	size_t n = strlen(f[0]);
	if (cat < 0)
		return ent_error_set(err, ENT_EPARSE, "%s:%d: unknown category '%s'", path, line,
				     f[1]);
	rc = add_phrase(g, f[0], GZ_WEAPON, f[3], cat, f[2]);
	if (rc == ENT_OK && n > 6 && n < GZ_KEY_MAX && strcmp(f[0] + n - 6, "-class") == 0) {
		/* "Guardian-class" is written "Guardian class" too (stop 63) */
		char spaced[GZ_KEY_MAX];
		memcpy(spaced, f[0], n + 1);
		spaced[n - 6] = ' ';
		rc = add_phrase(g, spaced, GZ_WEAPON, f[3], cat, f[2]);
	}
	return rc;
}

static int row_issue(gazetteer *g, char **f, int nf, const char *path, int line,
		     ent_error *err)
{
	return add_phrase(g, f[1], GZ_ISSUE, NULL, -1, f[0]);
}

/* media.tsv: the outlet's home state (ISO3), its name. */
static int row_media(gazetteer *g, char **f, int nf, const char *path, int line,
		     ent_error *err)
{
	return row_coded_name(g, f, GZ_MEDIA, path, line, err);
}

/* exercises.tsv: name, note (the usual host's ISO3, or "-"). */
static int row_exercise(gazetteer *g, char **f, int nf, const char *path, int line,
			ent_error *err)
{
	if (strcmp(f[1], "-") != 0 && strlen(f[1]) != 3)
		return ent_error_set(err, ENT_EPARSE, "%s:%d: '%s' is not an ISO3 code or '-'",
				     path, line, f[1]);
	int rc = add_phrase(g, f[0], GZ_EXERCISE, f[1], -1, f[0]);
	if (rc == ENT_OK && strchr(f[0], ' ')) {
		/* "Naseem-Al-Bahr" for "Naseem Al Bahr": the words joined by
		 * hyphens, the same drill */
		char alt[GZ_KEY_MAX], *c;
		if (strlen(f[0]) >= sizeof alt)
			return ENT_OK;
		strcpy(alt, f[0]);
		for (c = alt; *c; c++)
			if (*c == ' ')
				*c = '-';
		rc = add_phrase(g, alt, GZ_EXERCISE, f[1], -1, f[0]);
	}
	return rc;
}

/* A row of bloc-members.tsv: a bloc code of blocs.tsv and the ISO3 codes
 * of its members, separated by spaces. */
static int row_bloc_members(gazetteer *g, char **f, int nf, const char *path, int line,
			    ent_error *err)
{
	bloc_members *b;
	char *p = f[1], *w;
	(void)nf;
	if (strlen(f[0]) >= sizeof b->code)
		return ent_error_set(err, ENT_EPARSE, "%s:%d: bloc code '%s' is too long", path,
				     line, f[0]);
	if (grow((void **)&g->blocs, &g->cblocs, g->nblocs, sizeof *g->blocs, 8))
		return ENT_ENOMEM;
	b = &g->blocs[g->nblocs];
	memset(b, 0, sizeof *b);
	strcpy(b->code, f[0]);
	while ((w = strtok_r(p, " ", &p)) != NULL) {
		if (strlen(w) != 3)
			return ent_error_set(err, ENT_EPARSE, "%s:%d: '%s' is not an ISO3 code",
					     path, line, w);
		if (b->n == ENT_BLOC_MEMBERS_MAX)
			return ent_error_set(err, ENT_EPARSE, "%s:%d: more than %d members", path,
					     line, ENT_BLOC_MEMBERS_MAX);
		memcpy(b->members[b->n++], w, 4);
	}
	if (b->n == 0)
		return ent_error_set(err, ENT_EPARSE, "%s:%d: bloc '%s' lists no members", path,
				     line, f[0]);
	g->nblocs++;
	return ENT_OK;
}

static int row_exporter(gazetteer *g, char **f, int nf, const char *path, int line,
			ent_error *err)
{
	char *end;
	double v = strtod(f[1], &end);
	if (end == f[1])
		return ent_error_set(err, ENT_EPARSE, "%s:%d: '%s' is not a number", path, line,
				     f[1]);
	if (grow((void **)&g->exporters, &g->cexporters, g->nexporters, sizeof *g->exporters,
		 128))
		return ENT_ENOMEM;
	ent_code_set((ent_code *)g->exporters[g->nexporters].code, f[0]);
	g->exporters[g->nexporters++].tiv = v;
	return ENT_OK;
}

/* leaders.tsv: code, office, first year, last year, name, surname, alone
 * ("yes": the surname alone names the state; "no": only after the full
 * name in the same document). */
static int row_leader(gazetteer *g, char **f, int nf, const char *path, int line,
		      ent_error *err)
{
	char key[64];
	size_t i;
	int rc, from = atoi(f[2]), to = atoi(f[3]);
	const char *sur;
	leader *l;
	if (strlen(f[0]) != 3)
		return ent_error_set(err, ENT_EPARSE, "%s:%d: '%s' is not an ISO3 code", path, line,
				     f[0]);
	if (from < 1900 || to < from || strlen(f[5]) >= sizeof key ||
	    (strcmp(f[6], "yes") != 0 && strcmp(f[6], "no") != 0))
		return ent_error_set(err, ENT_EPARSE, "%s:%d: bad years, surname or 'alone'", path,
				     line);
	for (i = 0; f[5][i]; i++)
		key[i] = (char)(f[5][i] >= 'A' && f[5][i] <= 'Z' ? f[5][i] + 32 : f[5][i]);
	key[i] = '\0';
	if (!(sur = intern(g, key)))
		return ENT_ENOMEM;
	if (grow((void **)&g->leaders, &g->cleaders, g->nleaders, sizeof *g->leaders, 256))
		return ENT_ENOMEM;
	l = &g->leaders[g->nleaders++];
	ent_code_set((ent_code *)l->code, f[0]);
	l->from = from;
	l->to = to;
	l->surname = sur;
	if ((rc = add_phrase(g, f[4], GZ_LEADER, f[0], 0, key)))
		return rc;
	return add_phrase(g, f[5], GZ_LEADER, f[0], strcmp(f[6], "yes") == 0 ? 1 : 2, key);
}

const char *ent__gazetteer_leader(const gazetteer *g, const char *surname, int year)
{
	const char *any = NULL, *then = NULL;
	int mixed = 0, mixed_then = 0;
	size_t i;
	for (i = 0; i < g->nleaders; i++) {
		const leader *l = &g->leaders[i];
		if (strcmp(l->surname, surname) != 0)
			continue;
		if (any && strcmp(any, l->code) != 0)
			mixed = 1;
		any = any ? any : l->code;
		if (year && l->from <= year && year <= l->to) {
			if (then && strcmp(then, l->code) != 0)
				mixed_then = 1;
			then = then ? then : l->code;
		}
	}
	if (!mixed)
		return any;
	return mixed_then ? NULL : then;
}

static int load_iso(gazetteer *g, const char *dir, ent_error *err)
{
	char path[4096];
	json_error_t jerr;
	json_t *root, *arr;
	size_t i;
	int rc = ENT_OK;
	static const char *fields[] = {"common_name", "name", "official_name"};
	snprintf(path, sizeof path, "%s/iso_3166-1.json", dir);
	root = json_load_file(path, 0, &jerr);
	if (!root)
		return ent_error_set(err, ENT_EIO, "%s:%d: cannot load iso-codes: %s", path,
				     jerr.line, jerr.text);
	arr = json_object_get(root, "3166-1");
	if (!json_is_array(arr)) {
		json_decref(root);
		return ent_error_set(err, ENT_EPARSE, "%s: no \"3166-1\" array", path);
	}
	for (i = 0; i < json_array_size(arr) && rc == ENT_OK; i++) {
		json_t *e = json_array_get(arr, i);
		const char *code = json_string_value(json_object_get(e, "alpha_3"));
		size_t k;
		if (!code)
			continue;
		for (k = 0; k < 3 && rc == ENT_OK; k++) {
			const char *n = json_string_value(json_object_get(e, fields[k]));
			if (!n || strchr(n, ','))
				continue; /* "Iran, Islamic Republic of": the common name serves */
			if (strncmp(n, "the ", 4) == 0)
				n += 4;
			rc = add_phrase(g, n, GZ_STATE, code, -1, NULL);
		}
	}
	json_decref(root);
	return rc;
}

static const char *env_or(const char *opt, const char *env, const char *def)
{
	const char *v;
	if (opt)
		return opt;
	v = getenv(env);
	return v && *v ? v : def;
}

#ifndef ENT_DEFAULT_DATADIR
#define ENT_DEFAULT_DATADIR "/usr/local/share/entente"
#endif
#ifndef ENT_DEFAULT_ISOCODES
#define ENT_DEFAULT_ISOCODES "/usr/share/iso-codes/json"
#endif

int ent__gazetteer_load(gazetteer **out, const char *data_dir, const char *isocodes_dir,
			ent_error *err)
{
	gazetteer *g = ent__calloc(1, sizeof *g);
	int rc;
	*out = NULL;
	if (!g)
		return ENT_ENOMEM;
	data_dir = env_or(data_dir, "ENTENTE_DATA", ENT_DEFAULT_DATADIR);
	isocodes_dir = env_or(isocodes_dir, "ENTENTE_ISOCODES", ENT_DEFAULT_ISOCODES);
	if ((rc = rehash(&g->names, 4096)) ||
	    (rc = read_tsv(g, data_dir, "states.tsv", 3, row_state, err)) ||
	    (rc = load_iso(g, isocodes_dir, err)) ||
	    (rc = read_tsv(g, data_dir, "blocs.tsv", 2, row_bloc, err)) ||
	    (rc = read_tsv(g, data_dir, "bloc-members.tsv", 2, row_bloc_members, err)) ||
	    (rc = read_tsv(g, data_dir, "firms.tsv", 2, row_firm, err)) ||
	    (rc = read_tsv(g, data_dir, "weapons.tsv", 4, row_weapon, err)) ||
	    (rc = read_tsv(g, data_dir, "issues.tsv", 2, row_issue, err)) ||
	    (rc = read_tsv(g, data_dir, "exporters.tsv", 2, row_exporter, err)) ||
	    (rc = read_tsv(g, data_dir, "leaders.tsv", 7, row_leader, err)) ||
	    (rc = read_tsv(g, data_dir, "exercises.tsv", 2, row_exercise, err)) ||
	    (rc = read_tsv(g, data_dir, "media.tsv", 2, row_media, err))) {
		if (rc == ENT_ENOMEM)
			ent_error_set(err, rc, "out of memory loading the gazetteer");
		ent__gazetteer_free(g);
		return rc;
	}
	*out = g;
	return ENT_OK;
}

void ent__gazetteer_free(gazetteer *g)
{
	size_t i;
	if (!g)
		return;
	for (i = 0; i < g->names.nslots; i++)
		ent__free(g->names.slots[i].key);
	ent__free(g->names.slots);
	for (i = 0; i < g->drills.nslots; i++)
		ent__free(g->drills.slots[i].key);
	ent__free(g->drills.slots);
	ent__free(g->entries);
	for (i = 0; i < g->nstrings; i++)
		ent__free(g->strings[i]);
	ent__free(g->strings);
	ent__free(g->exporters);
	ent__free(g->blocs);
	ent__free(g->leaders);
	ent__free(g);
}

static int case_ok(const gz_entry *e, const tokens *t, size_t i, size_t n)
{
	size_t k;
	if (e->case_rule == 1)
		return t->v[i].upper || t->v[i].kind == TK_NUM;
	if (e->case_rule == 3) {
		for (k = i; k < i + n; k++)
			if (((e->capmask >> (k - i)) & 1) && !t->v[k].upper)
				return 0;
		return 1;
	}
	if (e->case_rule == 2) {
		for (k = i; k < i + n; k++)
			if (t->v[k].kind == TK_WORD && !t->v[k].allcaps &&
			    strcmp(TKEY(t, k), "'s") != 0)
				return 0;
	}
	return 1;
}

/* The longest phrase of table p at tokens[i..] whose case fits, or NULL;
 * *ntok receives its length when there is one.  With plurals, a weapon's
 * plural the data file does not list ends the walk ("TB2s").  Shared by
 * ent__gazetteer_match (the names) and drill_at (the exercise names). */
static inline __attribute__((always_inline)) const gz_entry *
longest(const gazetteer *g, const ptable *p, const tokens *t, size_t i, size_t *ntok,
	int plurals)
{
	char key[GZ_KEY_MAX];
	size_t klen = 0, k;
	const gz_entry *best = NULL;
	for (k = i; k < t->n && k < i + GZ_MAX_TOKENS; k++) {
		const tok *x = &t->v[k];
		const slot *s;
		if (x->kind == TK_NEWLINE)
			break;
		if (klen + x->keylen + 2 >= sizeof key)
			break;
		if (k > i)
			key[klen++] = ' ';
		memcpy(key + klen, t->keys + x->key, x->keylen);
		klen += x->keylen;
		key[klen] = '\0';
		s = find(p, key);
		if (plurals && !s && (klen > 3 || (klen == 3 && key[1] >= '0' && key[1] <= '9')) &&
		    key[klen - 1] == 's' && x->kind == TK_WORD) {
			/* a plural the data file does not list: "TB2s", "JF-17s",
			 * and of two characters ending in a digit: "K9s" */
			const slot *sing;
			key[klen - 1] = '\0';
			sing = find(p, key);
			key[klen - 1] = 's';
			if (sing && sing->entry >= 0 && g->entries[sing->entry].kind == GZ_WEAPON &&
			    (g->entries[sing->entry].case_rule == 0 || t->v[i].upper)) {
				best = &g->entries[sing->entry];
				*ntok = k - i + 1;
			}
			break;
		}
		if (!s)
			break;
		if (s->entry >= 0) {
			const gz_entry *e = &g->entries[s->entry];
			if (case_ok(e, t, i, k - i + 1)) {
				best = e;
				*ntok = k - i + 1;
			}
		}
	}
	/* "F-16s", "Su-30s": the tokenizer cuts the plural's "s" off the
	 * number it is glued to; the weapon's name takes it back (stop 61) */
	if (plurals && best && best->kind == GZ_WEAPON) {
		size_t e = i + *ntok;
		if (e < t->n && t->v[e - 1].kind == TK_NUM && t->v[e].kind == TK_WORD &&
		    !t->v[e].space_before && t->v[e].keylen == 1 && t->keys[t->v[e].key] == 's')
			(*ntok)++;
	}
	return best;
}

const gz_entry *ent__gazetteer_match(const gazetteer *g, const tokens *t, size_t i,
				     size_t *ntok)
{
	*ntok = 0;
	return longest(g, &g->names, t, i, ntok, 1);
}

/* The longest exercise name at tokens[i..] (ent__gazetteer_exercise past
 * its first test): out of line, so that the test costs no frame for the
 * key. */
static __attribute__((noinline)) const gz_entry *drill_at(const gazetteer *g,
							   const tokens *t, size_t i,
							   size_t *ntok)
{
	return longest(g, &g->drills, t, i, ntok, 0);
}

const gz_entry *ent__gazetteer_exercise(const gazetteer *g, const tokens *t, size_t i,
					uint32_t h, size_t *ntok)
{
	*ntok = 0;
	h &= 4095;
	if (!((g->drill_first[h >> 6] >> (h & 63)) & 1))
		return NULL;
	return drill_at(g, t, i, ntok);
}

double ent__gazetteer_exporter(const gazetteer *g, const char *code)
{
	size_t i;
	for (i = 0; i < g->nexporters; i++)
		if (strcmp(g->exporters[i].code, code) == 0)
			return g->exporters[i].tiv;
	return 0;
}

int ent__gazetteer_bloc_members(const gazetteer *g, const char *bloc,
				 const char *out[ENT_BLOC_MEMBERS_MAX])
{
	size_t i;
	int k;
	for (i = 0; i < g->nblocs; i++)
		if (strcmp(g->blocs[i].code, bloc) == 0) {
			for (k = 0; k < g->blocs[i].n; k++)
				out[k] = g->blocs[i].members[k];
			return g->blocs[i].n;
		}
	return 0;
}

const char *ent__gazetteer_actor(const gazetteer *g, const char *name)
{
	tokens t;
	size_t n;
	const gz_entry *e;
	const char *code = NULL;
	if (ent__tokenize(&t, name, strlen(name)))
		return NULL;
	e = t.n ? ent__gazetteer_match(g, &t, 0, &n) : NULL;
	if (e && n == t.n && e->kind != GZ_WEAPON && e->kind != GZ_ISSUE && e->kind != GZ_PREFIX &&
	    e->kind != GZ_LEADER && e->kind != GZ_MEDIA && e->code[0])
		code = e->code;
	ent__tokens_destroy(&t);
	return code;
}

int ent__gazetteer_dump_phrases(const gazetteer *g, const char *path)
{
	FILE *fp = fopen(path, "w");
	size_t i;
	if (!fp)
		return ENT_EIO;
	for (i = 0; i < g->names.nslots; i++)
		if (g->names.slots[i].key && g->names.slots[i].entry >= 0)
			fprintf(fp, "%s\n", g->names.slots[i].key);
	return fclose(fp) == 0 ? ENT_OK : ENT_EIO;
}
