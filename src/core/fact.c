/*
 * fact.c - the fact data model: construction, copying, merging.
 *
 * Merging lives here, not in the store or the extractor, because both need
 * it: the extractor merges repeated statements inside one document, the
 * store merges the same fact reported by several documents.
 */
#include "entente/fact.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *type_names[] = {"deal", "supply", "exercise", "stance", "membership", "rivalry"};
static const char *status_names[] = {"", "reported", "mou", "signed", "ordered", "delivered"};
static const char *cat_names[] = {
	"drone", "ammunition", "artillery", "rocket", "aircraft", "helicopter",
	"radar", "air_defence", "missile", "armoured_vehicle", "naval", "small_arms",
	"electronic_warfare", "maintenance", "training", "technology_transfer", "other"};
static const char *polarity_names[] = {"support", "oppose", "concern"};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static int lookup(const char *const *names, size_t n, const char *s)
{
	size_t i;
	if (!s)
		return -1;
	for (i = 0; i < n; i++)
		if (strcasecmp(names[i], s) == 0 && names[i][0])
			return (int)i;
	return -1;
}

const char *ent_fact_type_name(ent_fact_type t)
{
	return (unsigned)t < NELEM(type_names) ? type_names[t] : "unknown";
}
int ent_fact_type_from_name(const char *s) { return lookup(type_names, NELEM(type_names), s); }
const char *ent_status_name(ent_status s)
{
	return (unsigned)s < NELEM(status_names) ? status_names[s] : "";
}
int ent_status_from_name(const char *s) { return lookup(status_names, NELEM(status_names), s); }
const char *ent_category_name(ent_category c)
{
	return (unsigned)c < NELEM(cat_names) ? cat_names[c] : "other";
}
int ent_category_from_name(const char *s) { return lookup(cat_names, NELEM(cat_names), s); }
const char *ent_polarity_name(ent_polarity p)
{
	return (unsigned)p < NELEM(polarity_names) ? polarity_names[p] : "support";
}
int ent_polarity_from_name(const char *s) { return lookup(polarity_names, NELEM(polarity_names), s); }

void ent_code_set(ent_code *c, const char *s)
{
	size_t i;
	memset(c->s, 0, sizeof c->s);
	for (i = 0; s && s[i] && i < sizeof c->s - 1; i++)
		c->s[i] = s[i];
}

void ent_fact_init(ent_fact *f, ent_fact_type type)
{
	memset(f, 0, sizeof *f);
	f->type = type;
	f->confidence = 0.5;
	f->sources = 1;
}

void ent_fact_destroy(ent_fact *f)
{
	size_t i;
	if (!f)
		return;
	for (i = 0; i < f->nitems; i++) {
		ent__free(f->items[i].text);
		ent__free(f->items[i].designation);
	}
	ent__free(f->items);
	for (i = 0; i < f->ndomains; i++)
		ent__free(f->domains[i]);
	ent__free(f->domains);
	for (i = 0; i < f->nevidence; i++) {
		ent__free(f->evidence[i].source);
		ent__free(f->evidence[i].quote);
		ent__free(f->evidence[i].rule);
	}
	ent__free(f->evidence);
	ent__free(f->name);
	ent__free(f->location);
	ent__free(f->issue);
	memset(f, 0, sizeof *f);
}

int ent_fact_add_code_max(ent_code *arr, size_t *n, size_t max, const char *code)
{
	if (!code || !code[0] || ent_fact_has_code(arr, *n, code))
		return ENT_OK;
	if (*n >= max)
		return ENT_ETOOBIG;
	ent_code_set(&arr[*n], code);
	(*n)++;
	return ENT_OK;
}

int ent_fact_add_code(ent_code *arr, size_t *n, const char *code)
{
	return ent_fact_add_code_max(arr, n, ENT_FACT_MAX_ACTORS, code);
}

int ent_fact_add_participant(ent_fact *f, const char *code)
{
	return ent_fact_add_code_max(f->participants, &f->nparticipants,
				     ENT_FACT_MAX_PARTICIPANTS, code);
}

int ent_fact_has_code(const ent_code *arr, size_t n, const char *code)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(arr[i].s, code) == 0)
			return 1;
	return 0;
}

static int cmp_code(const void *a, const void *b)
{
	return strcmp(((const ent_code *)a)->s, ((const ent_code *)b)->s);
}

void ent_fact_sort_codes(ent_code *arr, size_t n)
{
	if (n > 1)
		qsort(arr, n, sizeof *arr, cmp_code);
}

/* Arrays of a fact keep no capacity field: their capacity is the next power
 * of two at or above n, so they grow when n is 0 or a power of two. */
static int grow(void **p, size_t n, size_t size)
{
	void *np;
	if (n && (n & (n - 1)))
		return ENT_OK;
	np = ent__realloc(*p, (n ? 2 * n : 1) * size);
	if (!np)
		return ENT_ENOMEM;
	*p = np;
	return ENT_OK;
}

int ent_fact_has_category(const ent_fact *f, ent_category cat)
{
	size_t i;
	for (i = 0; i < f->nitems; i++)
		if (f->items[i].category == cat)
			return 1;
	return 0;
}

int ent_fact_add_item(ent_fact *f, ent_category cat, const char *text, size_t textlen,
		      const char *designation, long quantity)
{
	size_t i;
	ent_item *it;
	for (i = 0; i < f->nitems; i++) {
		it = &f->items[i];
		if (it->category != cat)
			continue;
		if ((designation == NULL) != (it->designation == NULL))
			continue;
		if (designation && strcasecmp(designation, it->designation) != 0)
			continue;
		if (it->quantity < 0 && quantity >= 0)
			it->quantity = quantity;
		return ENT_OK; /* same category and designation: already listed */
	}
	if (grow((void **)&f->items, f->nitems, sizeof *f->items))
		return ENT_ENOMEM;
	it = &f->items[f->nitems];
	it->category = cat;
	it->quantity = quantity;
	it->text = text ? ent__strndup(text, textlen) : NULL;
	it->designation = designation ? ent__strdup(designation) : NULL;
	if ((text && !it->text) || (designation && !it->designation)) {
		ent__free(it->text);
		ent__free(it->designation);
		return ENT_ENOMEM;
	}
	f->nitems++;
	return ENT_OK;
}

int ent_fact_add_domain(ent_fact *f, const char *d, size_t n)
{
	size_t i;
	char *s;
	for (i = 0; i < f->ndomains; i++)
		if (strlen(f->domains[i]) == n && strncasecmp(f->domains[i], d, n) == 0)
			return ENT_OK;
	if (grow((void **)&f->domains, f->ndomains, sizeof *f->domains))
		return ENT_ENOMEM;
	s = ent__strndup(d, n);
	if (!s)
		return ENT_ENOMEM;
	f->domains[f->ndomains++] = s;
	return ENT_OK;
}

int ent_fact_add_evidence(ent_fact *f, const char *doc, const char *source, size_t start,
			  size_t end, const char *quote, size_t quotelen, const char *rule)
{
	size_t i;
	ent_evidence *e;
	for (i = 0; i < f->nevidence; i++) {
		e = &f->evidence[i];
		if (e->start == start && e->end == end && strcmp(e->doc, doc ? doc : "") == 0)
			return ENT_OK;
	}
	if (grow((void **)&f->evidence, f->nevidence, sizeof *f->evidence))
		return ENT_ENOMEM;
	e = &f->evidence[f->nevidence];
	memset(e, 0, sizeof *e);
	if (doc) {
		strncpy(e->doc, doc, sizeof e->doc - 1);
	}
	e->start = start;
	e->end = end;
	e->source = ent__strdup(source ? source : "");
	e->quote = ent__strndup(quote ? quote : "", quote ? quotelen : 0);
	e->rule = ent__strdup(rule ? rule : "");
	if (!e->source || !e->quote || !e->rule) {
		ent__free(e->source);
		ent__free(e->quote);
		ent__free(e->rule);
		return ENT_ENOMEM;
	}
	f->nevidence++;
	return ENT_OK;
}

int ent_fact_copy(ent_fact *dst, const ent_fact *src)
{
	size_t i;
	ent_fact tmp = *src;
	tmp.items = NULL;
	tmp.nitems = 0;
	tmp.domains = NULL;
	tmp.ndomains = 0;
	tmp.evidence = NULL;
	tmp.nevidence = 0;
	tmp.name = ent__strdup(src->name);
	tmp.location = ent__strdup(src->location);
	tmp.issue = ent__strdup(src->issue);
	*dst = tmp;
	if ((src->name && !dst->name) || (src->location && !dst->location) ||
	    (src->issue && !dst->issue))
		goto fail;
	for (i = 0; i < src->nitems; i++) {
		const ent_item *it = &src->items[i];
		if (ent_fact_add_item(dst, it->category, it->text, it->text ? strlen(it->text) : 0,
				      it->designation, it->quantity))
			goto fail;
	}
	for (i = 0; i < src->ndomains; i++)
		if (ent_fact_add_domain(dst, src->domains[i], strlen(src->domains[i])))
			goto fail;
	for (i = 0; i < src->nevidence; i++) {
		const ent_evidence *e = &src->evidence[i];
		if (ent_fact_add_evidence(dst, e->doc, e->source, e->start, e->end, e->quote,
					  strlen(e->quote), e->rule))
			goto fail;
	}
	return ENT_OK;
fail:
	ent_fact_destroy(dst);
	return ENT_ENOMEM;
}

int ent_fact_list_new(ent_fact_list **out)
{
	*out = ent__calloc(1, sizeof **out);
	return *out ? ENT_OK : ENT_ENOMEM;
}

void ent_fact_list_clear(ent_fact_list *l)
{
	size_t i;
	if (!l)
		return;
	for (i = 0; i < l->n; i++)
		ent_fact_destroy(&l->v[i]);
	l->n = 0;
}

void ent_fact_list_free(ent_fact_list *l)
{
	if (!l)
		return;
	ent_fact_list_clear(l);
	ent__free(l->v);
	ent__free(l);
}

int ent_fact_list_push(ent_fact_list *l, ent_fact *f)
{
	if (l->n == l->cap) {
		size_t ncap = l->cap ? l->cap * 2 : 16;
		ent_fact *nv = ent__realloc(l->v, ncap * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		l->v = nv;
		l->cap = ncap;
	}
	l->v[l->n++] = *f;
	memset(f, 0, sizeof *f);
	return ENT_OK;
}

/* ---- merging ------------------------------------------------------------ */

int ent_fact_codes_subset(const ent_code *a, size_t na, const ent_code *b, size_t nb)
{
	size_t i;
	for (i = 0; i < na; i++)
		if (!ent_fact_has_code(b, nb, a[i].s))
			return 0;
	return 1;
}

static int codes_equal(const ent_code *a, size_t na, const ent_code *b, size_t nb)
{
	return na == nb && ent_fact_codes_subset(a, na, b, nb);
}

static int codes_overlap(const ent_code *a, size_t na, const ent_code *b, size_t nb)
{
	size_t i;
	for (i = 0; i < na; i++)
		if (ent_fact_has_code(b, nb, a[i].s))
			return 1;
	return 0;
}

/* Values agree when either is missing or they are within 5% of each other
 * in the same currency. */
static int values_agree(const ent_value *a, const ent_value *b)
{
	double hi;
	if (!a->present || !b->present)
		return 1;
	if (strcmp(a->currency, b->currency) != 0)
		return 1; /* not comparable without a conversion we do not invent */
	hi = fabs(a->amount) > fabs(b->amount) ? fabs(a->amount) : fabs(b->amount);
	return fabs(a->amount - b->amount) <= 0.05 * hi;
}

/* Do a and b state one price: the same currency and amount (within 5 %),
 * or the same amount in dollars ("3.71 trillion won ($2.8 billion)")? */
static int same_price(const ent_value *a, const ent_value *b)
{
	double hi;
	if (!a->present || !b->present)
		return 0;
	if (!strcmp(a->currency, b->currency)) {
		hi = fabs(a->amount) > fabs(b->amount) ? fabs(a->amount) : fabs(b->amount);
		return fabs(a->amount - b->amount) <= 0.05 * hi;
	}
	if (!a->has_usd || !b->has_usd)
		return 0;
	hi = fabs(a->usd) > fabs(b->usd) ? fabs(a->usd) : fabs(b->usd);
	return fabs(a->usd - b->usd) <= 0.05 * hi;
}

int ent_fact_has_designation(const ent_fact *f, const char *des)
{
	size_t i;
	for (i = 0; i < f->nitems; i++)
		if (f->items[i].designation && strcasecmp(f->items[i].designation, des) == 0)
			return 1;
	return 0;
}

static int designations_share(const ent_fact *a, const ent_fact *b)
{
	size_t i;
	for (i = 0; i < a->nitems; i++)
		if (a->items[i].designation && ent_fact_has_designation(b, a->items[i].designation))
			return 1;
	return 0;
}

/* Does f name a designation g lacks? */
static int designation_of_its_own(const ent_fact *f, const ent_fact *g)
{
	size_t i;
	for (i = 0; i < f->nitems; i++)
		if (f->items[i].designation && !ent_fact_has_designation(g, f->items[i].designation))
			return 1;
	return 0;
}

int ent_fact_goods_twins(const ent_fact *a, const ent_fact *b)
{
	size_t i, j;
	for (i = 0; i < a->nitems; i++)
		for (j = 0; j < b->nitems; j++) {
			const ent_item *x = &a->items[i], *y = &b->items[j];
			if (x->designation && y->designation && x->quantity > 0 && y->quantity > 0 &&
			    x->quantity != y->quantity &&
			    strcasecmp(x->designation, y->designation) == 0)
				return 0;
		}
	return !(designation_of_its_own(a, b) && designation_of_its_own(b, a));
}

/* Do a and b count the goods of a designation they share differently, with
 * no shared designation counted alike ("152 K9 howitzers" for $2.6
 * billion, "a framework agreement for 672 K9 howitzers" in 2022)? */
static int counted_apart(const ent_fact *a, const ent_fact *b)
{
	size_t i, j;
	int apart = 0;
	for (i = 0; i < a->nitems; i++)
		for (j = 0; j < b->nitems; j++) {
			const ent_item *x = &a->items[i], *y = &b->items[j];
			if (!x->designation || !y->designation || x->quantity <= 0 ||
			    y->quantity <= 0 || strcasecmp(x->designation, y->designation) != 0)
				continue;
			if (x->quantity == y->quantity)
				return 0;
			apart = 1;
		}
	return apart;
}

/* Does f list goods, all of them missiles? */
static int missiles_only(const ent_fact *f)
{
	size_t i;
	for (i = 0; i < f->nitems; i++)
		if (f->items[i].category != ENT_CAT_MISSILE)
			return 0;
	return f->nitems > 0;
}

/* Deals that both list what they cover must have a category in common:
 * howitzers and radars are two deals. */
static int categories_meet(const ent_fact *a, const ent_fact *b)
{
	size_t i;
	if (!a->nitems || !b->nitems)
		return 1;
	for (i = 0; i < a->nitems; i++)
		if (ent_fact_has_category(b, a->items[i].category))
			return 1;
	/* "seals missile deal" and "S-400 surface to air missile systems":
	 * goods told as missiles only may be an air defence system */
	return (missiles_only(a) && ent_fact_has_category(b, ENT_CAT_AIR_DEFENCE)) ||
	       (missiles_only(b) && ent_fact_has_category(a, ENT_CAT_AIR_DEFENCE));
}

/* Does b name by its designation goods a states generically, in the same
 * number ("a deal for 40 jets and 6 helicopters" ... "also ordered 6
 * NH90 helicopters")?  Then b restates a, whatever else a names. */
static int restates_generic_item(const ent_fact *a, const ent_fact *b)
{
	size_t i, j;
	for (i = 0; i < b->nitems; i++) {
		if (!b->items[i].designation || b->items[i].quantity <= 0)
			continue;
		for (j = 0; j < a->nitems; j++)
			if (!a->items[j].designation && a->items[j].quantity == b->items[i].quantity &&
			    a->items[j].category == b->items[i].category)
				return 1;
	}
	return 0;
}

static int designations_agree(const ent_fact *a, const ent_fact *b)
{
	size_t i, j;
	int ad = 0, bd = 0;
	if (restates_generic_item(a, b) || restates_generic_item(b, a))
		return 1;
	for (i = 0; i < a->nitems; i++)
		ad |= a->items[i].designation != NULL;
	for (j = 0; j < b->nitems; j++)
		bd |= b->items[j].designation != NULL;
	if (!ad || !bd)
		return 1;
	for (i = 0; i < a->nitems; i++)
		for (j = 0; j < b->nitems; j++)
			if (a->items[i].designation && b->items[j].designation &&
			    strcasecmp(a->items[i].designation, b->items[j].designation) == 0)
				return 1;
	return 0;
}

/* Is s, after a separator, only an edition mark: a number or a roman
 * numeral ("-VIII", " 2021", " XIV")? */
static int edition_mark(const char *s)
{
	int sep = 0, n = 0;
	while (*s && !isalnum((unsigned char)*s)) {
		s++;
		sep = 1;
	}
	if (!sep)
		return 0;
	if (isdigit((unsigned char)*s)) {
		while (isdigit((unsigned char)*s))
			s++, n++;
	} else {
		while (*s && strchr("IVXLCivxlc", *s))
			s++, n++;
	}
	while (*s && !isalnum((unsigned char)*s))
		s++;
	return n > 0 && !*s;
}

/* Exercise names compare on letters and digits only, in any case:
 * "Three Brothers-2021" is "Three Brothers 2021"; a name with an edition
 * mark is the name without it ("Shakti-VIII" is "Shakti": the year tells
 * editions apart). */
static int names_equal(const char *a, const char *b)
{
	for (;;) {
		const char *a0 = a, *b0 = b;
		while (*a && !isalnum((unsigned char)*a))
			a++;
		while (*b && !isalnum((unsigned char)*b))
			b++;
		if (!*a || !*b)
			return (!*a && !*b) || (!*a && edition_mark(b0)) || (!*b && edition_mark(a0));
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++;
		b++;
	}
}

int ent_fact_same(const ent_fact *a, const ent_fact *b)
{
	if (a->type != b->type)
		return 0;
	switch (a->type) {
	case ENT_FACT_DEAL:
		/* recipient, and year/status/value (ent_fact_may_be_same) */
		if (!ent_fact_may_be_same(a, b))
			return 0;
		if (!codes_overlap(a->suppliers, a->nsuppliers, b->suppliers, b->nsuppliers))
			return 0;
		if (a->year && b->year && a->year != b->year)
			/* the same system signed one year and delivered another is
			 * one deal at two stages (stages and values checked above) */
			return designations_share(a, b);
		/* one pair's two reports of the same price ("$2.8 bln deal to
		 * export missile systems", "a $2.8 billion order for
		 * surface-to-air missile defence systems") are one contract
		 * whatever words name the goods */
		if (!designations_agree(a, b) ||
		    (!categories_meet(a, b) && !same_price(&a->value, &b->value)))
			return 0;
		/* "finalized a contract for 44 Leopard 2A8 tanks" and "plans to
		 * purchase an additional 19 Leopard systems", both of one year:
		 * a purchase planned beside a contract, counted apart, is
		 * another deal (stop 48) */
		if ((a->status == ENT_STATUS_REPORTED) != (b->status == ENT_STATUS_REPORTED) &&
		    counted_apart(a, b))
			return 0;
		/* Two statements that each say when or how much must share one of
		 * those to be the same deal; a bare mention fits any, except that
		 * an MoU and a contract are two things unless a year or value ties
		 * them. */
		if (((a->year || a->value.present) && (b->year || b->value.present)) ||
		    ((a->status == ENT_STATUS_MOU) != (b->status == ENT_STATUS_MOU) &&
		     a->status > ENT_STATUS_REPORTED && b->status > ENT_STATUS_REPORTED))
			return (a->year && a->year == b->year) ||
			       (a->value.present && b->value.present) ||
			       (designations_share(a, b) && !counted_apart(a, b));
		/* a purchase still planned and a contract or delivery that
		 * count the same system differently ("ordered six in 2021",
		 * "wants 18 more") are two deals, and so are two contracts
		 * ("bought twelve", "signed for 20"); deliveries may be
		 * batches of one contract */
		if (((a->status == ENT_STATUS_REPORTED) != (b->status == ENT_STATUS_REPORTED) ||
		     (a->status == b->status && a->status != ENT_STATUS_DELIVERED)) &&
		    counted_apart(a, b))
			return 0;
		return 1;
	case ENT_FACT_SUPPLY:
		return strcmp(a->recipient.s, b->recipient.s) == 0 &&
		       codes_equal(a->suppliers, a->nsuppliers, b->suppliers, b->nsuppliers);
	case ENT_FACT_EXERCISE:
		if (a->year && b->year && a->year != b->year)
			return 0;
		if (a->name && b->name)
			return names_equal(a->name, b->name);
		/* "the trilateral exercise between A, B and C" and "A and B
		 * have also conducted drills, which include 'Desert Eagle'":
		 * a named drill of other parties is another exercise (one
		 * told with one party may be either's) */
		if ((a->name || b->name) && a->nparticipants > 1 && b->nparticipants > 1 &&
		    !codes_equal(a->participants, a->nparticipants, b->participants,
				 b->nparticipants))
			return 0;
		return ent_fact_codes_subset(a->participants, a->nparticipants, b->participants,
				    b->nparticipants) ||
		       ent_fact_codes_subset(b->participants, b->nparticipants, a->participants,
				    a->nparticipants);
	case ENT_FACT_STANCE:
		if (a->issue && b->issue && strcasecmp(a->issue, b->issue) != 0)
			return 0;
		return strcmp(a->actor.s, b->actor.s) == 0 &&
		       strcmp(a->target.s, b->target.s) == 0 && a->polarity == b->polarity;
	case ENT_FACT_MEMBERSHIP:
		return strcmp(a->actor.s, b->actor.s) == 0 && strcmp(a->target.s, b->target.s) == 0;
	case ENT_FACT_RIVALRY:
		return codes_equal(a->participants, a->nparticipants, b->participants,
				   b->nparticipants);
	default:
		return 0;
	}
}

int ent_fact_may_be_same(const ent_fact *a, const ent_fact *b)
{
	if (a->type != b->type)
		return 0;
	switch (a->type) {
	case ENT_FACT_DEAL:
		/* the part of ent_fact_same's deal rule on scalar attributes
		 * (ent_fact_same calls this first) */
		if (strcmp(a->recipient.s, b->recipient.s) != 0)
			return 0;
		if (a->year && b->year && a->year != b->year) {
			/* a delivery comes after its contract: one dated before
			 * the other stage ("delivered in 2015" ... "ordered in
			 * 2018") is an earlier deal */
			const ent_fact *d = a->status == ENT_STATUS_DELIVERED ? a : b;
			const ent_fact *o = d == a ? b : a;
			if (d->status == ENT_STATUS_DELIVERED && d->year < o->year)
				return 0;
			return a->status != b->status && a->status > ENT_STATUS_REPORTED &&
			       b->status > ENT_STATUS_REPORTED && values_agree(&a->value, &b->value);
		}
		return values_agree(&a->value, &b->value);
	case ENT_FACT_SUPPLY:
		return strcmp(a->recipient.s, b->recipient.s) == 0;
	case ENT_FACT_EXERCISE:
		if (a->year && b->year && a->year != b->year)
			return 0;
		return !(a->name && b->name) || names_equal(a->name, b->name);
	case ENT_FACT_STANCE:
	case ENT_FACT_MEMBERSHIP:
		return ent_fact_same(a, b); /* scalar attributes only */
	default:
		return 1;
	}
}

/* The stage a merged deal is at.  Signing is how an MoU comes into being, so
 * "an MoU was signed" stays an MoU; past that, the later stage wins. */
static ent_status merge_status(ent_status a, ent_status b)
{
	if ((a == ENT_STATUS_MOU && b == ENT_STATUS_SIGNED) ||
	    (b == ENT_STATUS_MOU && a == ENT_STATUS_SIGNED))
		return ENT_STATUS_MOU;
	return a > b ? a : b;
}

static int has_doc(const ent_fact *f, const char *doc)
{
	size_t i;
	for (i = 0; i < f->nevidence; i++)
		if (strcmp(f->evidence[i].doc, doc) == 0)
			return 1;
	return 0;
}

static int count_docs(const ent_fact *f)
{
	size_t i, j;
	int n = 0;
	for (i = 0; i < f->nevidence; i++) {
		for (j = 0; j < i; j++)
			if (strcmp(f->evidence[i].doc, f->evidence[j].doc) == 0)
				break;
		n += j == i;
	}
	return n;
}

static int union_codes(ent_code *dst, size_t *nd, size_t max, const ent_code *src, size_t ns)
{
	size_t i;
	for (i = 0; i < ns; i++)
		if (ent_fact_add_code_max(dst, nd, max, src[i].s) == ENT_ETOOBIG)
			break; /* keep what fits; actor lists are capped */
	return ENT_OK;
}

int ent_fact_merge(ent_fact *dst, const ent_fact *src)
{
	size_t i;
	int independent = 0;

	for (i = 0; i < src->nevidence; i++)
		if (!has_doc(dst, src->evidence[i].doc))
			independent = 1;

	union_codes(dst->suppliers, &dst->nsuppliers, ENT_FACT_MAX_ACTORS, src->suppliers,
		    src->nsuppliers);
	union_codes(dst->partners, &dst->npartners, ENT_FACT_MAX_ACTORS, src->partners,
		    src->npartners);
	/* a partner that is also a supplier is only a supplier */
	for (i = 0; i < dst->npartners;) {
		if (ent_fact_has_code(dst->suppliers, dst->nsuppliers, dst->partners[i].s)) {
			memmove(&dst->partners[i], &dst->partners[i + 1],
				(dst->npartners - i - 1) * sizeof dst->partners[0]);
			dst->npartners--;
		} else {
			i++;
		}
	}
	ent_fact_sort_codes(dst->suppliers, dst->nsuppliers);
	ent_fact_sort_codes(dst->partners, dst->npartners);
	if (!dst->recipient.s[0])
		dst->recipient = src->recipient;
	{
		/* a long list one statement gave is kept whole, but statements
		 * of small drills merged together (the same name in many
		 * documents) grow no further than a deal's role list */
		size_t max = dst->nparticipants > src->nparticipants ? dst->nparticipants
								     : src->nparticipants;
		if (max < ENT_FACT_MAX_ACTORS)
			max = ENT_FACT_MAX_ACTORS;
		union_codes(dst->participants, &dst->nparticipants, max, src->participants,
			    src->nparticipants);
	}
	ent_fact_sort_codes(dst->participants, dst->nparticipants);

	if (!dst->value.present && src->value.present)
		dst->value = src->value;
	/* "for 827 million euros" and "for 827 million euros ($932 million)":
	 * a sum in another currency gives way to a US figure of the same deal */
	else if (dst->value.present && !dst->value.has_usd && src->value.has_usd)
		dst->value = src->value;
	/* the year of a deal is the year of its latest stage */
	if (!dst->year || (src->year && src->status > dst->status &&
			   merge_status(dst->status, src->status) == src->status))
		dst->year = src->year ? src->year : dst->year;
	dst->status = merge_status(dst->status, src->status);
	if (!dst->name && src->name && !(dst->name = ent__strdup(src->name)))
		return ENT_ENOMEM;
	if (!dst->location && src->location && !(dst->location = ent__strdup(src->location)))
		return ENT_ENOMEM;
	if (!dst->issue && src->issue && !(dst->issue = ent__strdup(src->issue)))
		return ENT_ENOMEM;

	for (i = 0; i < src->nitems; i++) {
		const ent_item *it = &src->items[i];
		if (ent_fact_add_item(dst, it->category, it->text, it->text ? strlen(it->text) : 0,
				      it->designation, it->quantity))
			return ENT_ENOMEM;
	}
	for (i = 0; i < src->ndomains; i++)
		if (ent_fact_add_domain(dst, src->domains[i], strlen(src->domains[i])))
			return ENT_ENOMEM;
	for (i = 0; i < src->nevidence; i++) {
		const ent_evidence *e = &src->evidence[i];
		if (ent_fact_add_evidence(dst, e->doc, e->source, e->start, e->end, e->quote,
					  strlen(e->quote), e->rule))
			return ENT_ENOMEM;
	}
	/* Independent sources corroborate: 1 - (1-a)(1-b).  Statements from the
	 * same document only lend their best confidence. */
	if (independent)
		dst->confidence = 1.0 - (1.0 - dst->confidence) * (1.0 - src->confidence);
	else if (src->confidence > dst->confidence)
		dst->confidence = src->confidence;
	dst->sources = count_docs(dst);
	if (dst->sources < 1)
		dst->sources = 1;
	return ENT_OK;
}
