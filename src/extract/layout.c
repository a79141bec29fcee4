/*
 * layout.c - the shape of a document: lines become units.
 *
 * A unit is what one rule looks at: a sentence of a paragraph, one sentence
 * of a list item ("- India: ..." remembers India as the item's subject), a
 * heading, or one data row of a plain-text pipe table.  A pipe table is a
 * header line with '|' between cells, a separator line of dashes and pipes,
 * then rows; header names give each column its role (Year, Value, Deal,
 * Components, Development, Aspect, or a pair of states such as
 * "India-Armenia" in a comparison table).  The pair of states a table is
 * about comes from its title line(s) just before it.
 */
#include "extract/extract_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <string.h>

static int key_is(const dctx *d, size_t i, const char *k)
{
	return strcmp(TKEY(&d->t, i), k) == 0;
}

static int key_in(const dctx *d, size_t i, const char *const *l)
{
	size_t k;
	for (k = 0; l[k]; k++)
		if (key_is(d, i, l[k]))
			return 1;
	return 0;
}

int ent__is_state_mention(const mention *m)
{
	return m->kind == MK_ACTOR && m->code &&
	       (m->gz == GZ_STATE || m->gz == GZ_DEMONYM || m->gz == GZ_CAPITAL || m->gz == GZ_FIRM);
}

/* Grow an array of elements of `size` bytes to hold n + 1. */
static int reserve(void **p, size_t *cap, size_t n, size_t size)
{
	void *np;
	size_t nc;
	if (n < *cap)
		return ENT_OK;
	nc = *cap ? *cap * 2 : 64;
	np = ent__realloc(*p, nc * size);
	if (!np)
		return ENT_ENOMEM;
	*p = np;
	*cap = nc;
	return ENT_OK;
}

static int add_unit(dctx *d, unit_kind kind, size_t t0, size_t t1, int line, int para,
		    int table, int row, int subject)
{
	unit *u;
	if (t0 >= t1)
		return ENT_OK;
	if (reserve((void **)&d->units, &d->cunits, d->nunits, sizeof *d->units))
		return ENT_ENOMEM;
	u = &d->units[d->nunits++];
	memset(u, 0, sizeof *u);
	u->kind = (uint8_t)kind;
	u->t0 = t0;
	u->t1 = t1;
	u->start = d->t.v[t0].start;
	u->end = d->t.v[t1 - 1].end;
	u->line = line;
	u->para = para;
	u->table = table;
	u->row = row;
	u->bullet_subject = subject;
	u->ends_colon = key_is(d, t1 - 1, ":");
	return ENT_OK;
}

static const char *abbrevs[] = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt",
				"adm", "sgt", "prof", "inc", "ltd", "co", "corp", "vs", "no",
				"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
				"oct", "nov", "dec", "approx", "est", "govt", "dept", NULL};

/* Words that open a sentence and begin no name. */
static const char *openers[] = {"in", "the", "it", "on", "at", "this", "these", "those", "he",
				"she", "they", "we", "however", "meanwhile", "according",
				"earlier", "last", "its", "their", "but", "since", "after",
				"before", "while", "when", "both", "during", "later", NULL};

/* Does a state's name (not a demonym: "U.S. Army", "U.S. Turkish policy")
 * begin at token i?  A binary search of the sorted mentions. */
static int state_name_at(const dctx *d, size_t i)
{
	size_t lo = 0, hi = d->m.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->m.v[mid].t0 < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < d->m.n && d->m.v[lo].t0 == i; lo++)
		if (d->m.v[lo].kind == MK_ACTOR && d->m.v[lo].gz == GZ_STATE)
			return 1;
	return 0;
}

/* Is token i ('.', '!' or '?') the end of a sentence? */
static int sentence_end(const dctx *d, size_t i, size_t t1)
{
	const tok *next;
	if (!(key_is(d, i, ".") || key_is(d, i, "!") || key_is(d, i, "?")))
		return 0;
	if (i + 1 >= t1)
		return 1;
	next = &d->t.v[i + 1];
	if (!next->space_before) {
		/* "U.S.", "1.6", "sputnik.com"; but a page that lost its
		 * spaces ends a sentence there: "... of the CSTO.National
		 * contingents", "the drills.Over 2,500", "in 'Drill 2023'?Military"
		 * (a word of three letters or more, or a mark, before; a
		 * capitalised word after) */
		const tok *prev = i > 0 ? &d->t.v[i - 1] : NULL;
		return prev && next->kind == TK_WORD && next->upper && next->keylen >= 2 &&
		       ((prev->kind == TK_WORD && prev->keylen >= 3) ||
			(!key_is(d, i, ".") && prev->kind == TK_PUNCT));
	}
	if (key_is(d, i, ".") && i > 0) {
		const tok *prev = &d->t.v[i - 1];
		if (prev->kind == TK_WORD && prev->keylen == 1 && prev->upper &&
		    (prev->space_before || i < 2 || key_is(d, i - 2, ".")))
			/* initials, "U.S. Army"; but "from the U.S. Peru then
			 * ...", "boats from the U.S. In the summer of 2020"
			 * (a word that opens sentences and names nothing; stop
			 * 44), and not the last letter of a designation ("the
			 * J-10C. The jet ...") */
			return next->upper && (state_name_at(d, i + 1) || key_in(d, i + 1, openers));
		if (key_in(d, i - 1, abbrevs))
			return 0;
	}
	return next->upper || next->kind == TK_NUM || next->kind == TK_PUNCT;
}

/* Reference marks glued to a full stop ("... in 1949.[3][1] Formal ...", as
 * encyclopedia pages print them): the last ']' of the marks when they end
 * the sentence (a space, then a capital, a number or a mark follows, or
 * the span ends), else i. */
static size_t cited_end(const dctx *d, size_t i, size_t t1)
{
	size_t j = i + 1, c = i;
	const tok *next;
	if (!key_is(d, i, "."))
		return i;
	while (j + 2 < t1 && !d->t.v[j].space_before && key_is(d, j, "[") &&
	       d->t.v[j + 1].kind == TK_NUM && !d->t.v[j + 2].space_before &&
	       key_is(d, j + 2, "]")) {
		c = j + 2;
		j += 3;
	}
	if (c == i || c + 1 >= t1)
		return c;
	next = &d->t.v[c + 1];
	if (!next->space_before || key_is(d, c + 1, "["))
		return i;
	return next->upper || next->kind == TK_NUM || next->kind == TK_PUNCT ? c : i;
}

/* A quotation closed right after its full stop ('... ethnic cleansing."
 * Azerbaijan rejected ...'): the quote mark when the sentence ends there
 * (a space, then a capital or a number, follows, or the span ends), else
 * i. */
static size_t quoted_end(const dctx *d, size_t i, size_t t1)
{
	const tok *next;
	const char *k = TKEY(&d->t, i);
	if ((k[0] != '.' && k[0] != '!' && k[0] != '?') || k[1] || i + 1 >= t1 ||
	    d->t.v[i + 1].space_before || !(key_is(d, i + 1, "\"") || key_is(d, i + 1, "'")))
		return i;
	if (i + 2 >= t1)
		return i + 1;
	next = &d->t.v[i + 2];
	return next->space_before && (next->upper || next->kind == TK_NUM) ? i + 1 : i;
}

static int add_sentences(dctx *d, unit_kind kind, size_t t0, size_t t1, int line, int para,
			 int subject)
{
	size_t i, s = t0;
	for (i = t0; i < t1; i++) {
		size_t c = cited_end(d, i, t1);
		/* a sentence that is all quotation stays with the next one,
		 * which says who spoke */
		if (c == i && !(key_is(d, s, "\"") || key_is(d, s, "'")))
			c = quoted_end(d, i, t1);
		if (c != i) {
			if (add_unit(d, kind, s, c + 1, line, para, -1, 0, subject))
				return ENT_ENOMEM;
			s = c + 1;
			i = c;
		} else if (sentence_end(d, i, t1)) {
			if (add_unit(d, kind, s, i + 1, line, para, -1, 0, subject))
				return ENT_ENOMEM;
			s = i + 1;
		}
	}
	return add_unit(d, kind, s, t1, line, para, -1, 0, subject);
}

/* Mention index of the first mention starting at or after token t. */
static size_t mention_at(const dctx *d, size_t t)
{
	size_t lo = 0, hi = d->m.n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (d->m.v[mid].t0 < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int count_pipes(const dctx *d, size_t t0, size_t t1)
{
	size_t i;
	int n = 0;
	for (i = t0; i < t1; i++)
		n += key_is(d, i, "|");
	return n;
}

static int is_separator(const dctx *d, size_t t0, size_t t1)
{
	size_t i;
	int dash = 0, pipe = 0;
	if (t0 >= t1)
		return 0;
	for (i = t0; i < t1; i++) {
		if (key_is(d, i, "-"))
			dash = 1;
		else if (key_is(d, i, "|"))
			pipe = 1;
		else if (!key_is(d, i, ":") && !key_is(d, i, "="))
			return 0;
	}
	return dash && pipe;
}

/* Split a table line into cells (token ranges between pipes). */
static int split_cells(dctx *d, size_t t0, size_t t1, size_t *first, int *n)
{
	size_t i, s = t0;
	*first = d->ncells;
	*n = 0;
	if (t0 < t1 && key_is(d, t0, "|"))
		s = ++t0;
	for (i = t0; i <= t1; i++) {
		if (i == t1 || key_is(d, i, "|")) {
			if (i == t1 && s == t1)
				break; /* nothing after the last pipe */
			if (reserve((void **)&d->cells, &d->ccells, d->ncells, sizeof *d->cells))
				return ENT_ENOMEM;
			d->cells[d->ncells].t0 = s;
			d->cells[d->ncells].t1 = i;
			d->ncells++;
			(*n)++;
			s = i + 1;
		}
	}
	return ENT_OK;
}

static int cell_has(const dctx *d, const cell *c, const char *const *words)
{
	size_t i;
	for (i = c->t0; i < c->t1; i++)
		if (key_in(d, i, words))
			return 1;
	return 0;
}

/* Up to two distinct state codes among the mentions of tokens [t0, t1). */
static int states_in(const dctx *d, size_t t0, size_t t1, char out[2][12])
{
	size_t k;
	int n = 0;
	for (k = mention_at(d, t0); k < d->m.n && d->m.v[k].t0 < t1 && n < 2; k++) {
		const mention *m = &d->m.v[k];
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if (n == 1 && strcmp(out[0], m->code) == 0)
			continue;
		memcpy(out[n], m->code, 12);
		n++;
	}
	return n;
}

static const char *w_year[] = {"year", "years", "date", "when", NULL};
static const char *w_value[] = {"value", "cost", "amount", "worth", "price", "usd", NULL};
static const char *w_deal[] = {"deal", "deals", "contract", "agreement", "system", "systems",
			       "platform", "weapon", "weapons", "equipment", "item", "programme",
			       "program", "purchase", NULL};
static const char *w_comp[] = {"component", "components", "details", "items", "description",
			       "scope", "includes", NULL};
static const char *w_event[] = {"development", "developments", "event", "events", "milestone",
				"milestones", "highlights", NULL};
static const char *w_aspect[] = {"aspect", "aspects", "dimension", "factor", "parameter",
				 "criterion", "area", NULL};
static const char *w_actor[] = {"country", "supplier", "suppliers", "buyer", "recipient",
				"exporter", "importer", "partner", NULL};

static int header_roles(dctx *d, table_info *ti, size_t first, int n)
{
	int c;
	ti->ncols = n < ENT_MAX_COLS ? n : ENT_MAX_COLS;
	for (c = 0; c < ti->ncols; c++) {
		const cell *ce = &d->cells[first + (size_t)c];
		char pair[2][12];
		uint8_t role = COL_OTHER;
		if (states_in(d, ce->t0, ce->t1, pair) == 2) {
			role = COL_DYAD;
			memcpy(ti->dyad[c], pair, sizeof pair);
		} else if (cell_has(d, ce, w_year)) {
			role = COL_YEAR;
		} else if (cell_has(d, ce, w_value)) {
			role = COL_VALUE;
		} else if (cell_has(d, ce, w_comp)) {
			role = COL_COMPONENTS;
		} else if (cell_has(d, ce, w_event)) {
			role = COL_EVENT;
		} else if (c == 0 && cell_has(d, ce, w_aspect)) {
			role = COL_ASPECT;
		} else if (cell_has(d, ce, w_deal)) {
			role = COL_DEAL;
		} else if (cell_has(d, ce, w_actor)) {
			role = COL_ACTOR;
		}
		ti->role[c] = role;
	}
	return ENT_OK;
}

/* The pair of states a table is about: from the nearest of the few units
 * before it that names two states. */
static void table_context(dctx *d, table_info *ti, size_t first_unit)
{
	size_t k, seen = 0;
	memset(ti->ctx, 0, sizeof ti->ctx);
	ti->intro_unit = -1;
	if (first_unit > 0 && d->units[first_unit - 1].kind != UK_ROW)
		ti->intro_unit = (int)first_unit - 1;
	for (k = first_unit; k > 0 && seen < 4; k--) {
		const unit *u = &d->units[k - 1];
		if (u->kind == UK_ROW)
			break;
		seen++;
		if (states_in(d, u->t0, u->t1, ti->ctx) == 2)
			return;
	}
	memset(ti->ctx, 0, sizeof ti->ctx);
}

/* A line that only links another story: "RELATED Iran announces drills
 * with Russia", "Read more: ...", "ALSO READ: ...", "See also: ...".  The
 * label opens the line, in capitals or followed by a colon; the story it
 * names is not this document's (stop 54). */
static int link_line(const dctx *d, size_t ls, size_t le)
{
	size_t e = ls + 1;
	if (le < ls + 3)
		return 0;
	if (!key_is(d, ls, "related")) {
		if (!((key_is(d, ls, "read") &&
		       (key_is(d, ls + 1, "more") || key_is(d, ls + 1, "also"))) ||
		      (key_is(d, ls, "also") && key_is(d, ls + 1, "read")) ||
		      (key_is(d, ls, "see") && key_is(d, ls + 1, "also"))))
			return 0;
		e = ls + 2;
	}
	if (key_is(d, e, ":"))
		return 1;
	return d->t.v[ls].allcaps && d->t.v[e - 1].allcaps && d->t.v[e].upper;
}

int ent__layout(dctx *d)
{
	size_t i = 0, nt = d->t.n;
	int line = 0, para = 0;
	/* lines: [ls, le) token ranges */
	while (i < nt) {
		size_t ls = i, le, first;
		int n;
		while (i < nt && d->t.v[i].kind != TK_NEWLINE)
			i++;
		le = i;
		if (i < nt)
			i++; /* the newline */
		if (ls == le) {
			para++;
			line++;
			continue;
		}
		/* a pipe table: header, separator, rows */
		if (count_pipes(d, ls, le) >= 1) {
			size_t j = i, s2 = i;
			while (j < nt && d->t.v[j].kind != TK_NEWLINE)
				j++;
			if (is_separator(d, s2, j)) {
				table_info ti;
				size_t first_unit = d->nunits;
				int row = 0;
				memset(&ti, 0, sizeof ti);
				if (split_cells(d, ls, le, &first, &n) || header_roles(d, &ti, first, n))
					return ENT_ENOMEM;
				d->ncells = first; /* header cells are not kept */
				table_context(d, &ti, first_unit);
				i = j < nt ? j + 1 : j;
				line += 2;
				para++;
				/* rows */
				while (i < nt) {
					size_t rs = i, re;
					while (i < nt && d->t.v[i].kind != TK_NEWLINE)
						i++;
					re = i;
					if (rs == re || count_pipes(d, rs, re) == 0) {
						i = rs;
						break;
					}
					if (i < nt)
						i++;
					if (is_separator(d, rs, re)) {
						line++;
						continue;
					}
					if (split_cells(d, rs, re, &first, &n))
						return ENT_ENOMEM;
					if (add_unit(d, UK_ROW, rs, re, line, para, (int)d->ntables, row++, -1))
						return ENT_ENOMEM;
					d->units[d->nunits - 1].m0 = first; /* cells; fixed up below */
					d->units[d->nunits - 1].m1 = (size_t)n;
					line++;
				}
				ti.first_unit = (int)first_unit;
				ti.nunits = (int)(d->nunits - first_unit);
				if (reserve((void **)&d->tables, &d->ctables, d->ntables, sizeof *d->tables))
					return ENT_ENOMEM;
				d->tables[d->ntables++] = ti;
				para++;
				continue;
			}
		}
		if (link_line(d, ls, le)) {
			line++;
			continue;
		}
		{
			const char *k0 = TKEY(&d->t, ls);
			int bullet = (strcmp(k0, "-") == 0 || strcmp(k0, "*") == 0 ||
				      strcmp(k0, "\xe2\x80\xa2") == 0 || strcmp(k0, "\xc2\xb7") == 0) &&
				     le > ls + 1;
			const char *kl = TKEY(&d->t, le - 1);
			int punct_end = strcmp(kl, ".") == 0 || strcmp(kl, "!") == 0 ||
					strcmp(kl, "?") == 0 || strcmp(kl, ":") == 0 ||
					strcmp(kl, ";") == 0 || strcmp(kl, ",") == 0 ||
					strcmp(kl, "\"") == 0 || strcmp(kl, ")") == 0;
			if (bullet) {
				size_t b0 = ls + 1, mk = mention_at(d, b0);
				int subject = -1;
				if (mk < d->m.n && d->m.v[mk].t0 == b0 && d->m.v[mk].kind == MK_ACTOR &&
				    d->m.v[mk].t1 < le && key_is(d, d->m.v[mk].t1, ":"))
					subject = (int)mk;
				if (add_sentences(d, UK_BULLET, b0, le, line, para, subject))
					return ENT_ENOMEM;
			} else if (!punct_end && le - ls <= 16) {
				para++;
				if (add_unit(d, UK_HEADING, ls, le, line, para, -1, 0, -1))
					return ENT_ENOMEM;
				para++;
			} else {
				if (add_sentences(d, UK_SENTENCE, ls, le, line, para, -1))
					return ENT_ENOMEM;
			}
		}
		line++;
	}
	/* Rows stored their cells in m0/m1 temporarily: move them out, then
	 * give every unit its mention range. */
	d->row_cell0 = ent__calloc(d->nunits ? d->nunits : 1, sizeof *d->row_cell0);
	d->row_ncells = ent__calloc(d->nunits ? d->nunits : 1, sizeof *d->row_ncells);
	if (!d->row_cell0 || !d->row_ncells)
		return ENT_ENOMEM;
	for (i = 0; i < d->nunits; i++) {
		unit *u = &d->units[i];
		if (u->kind == UK_ROW) {
			d->row_cell0[i] = u->m0;
			d->row_ncells[i] = (int)u->m1;
		} else {
			d->row_cell0[i] = 0;
			d->row_ncells[i] = 0;
		}
		u->m0 = mention_at(d, u->t0);
		u->m1 = mention_at(d, u->t1);
	}
	return ENT_OK;
}
