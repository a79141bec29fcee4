/*
 * fact.h - the in-memory fact: what extraction produces, the store keeps and
 * the renderers print.  Mirrors the JSON contract of DESIGN.md.
 *
 * Ownership: an ent_fact owns every string and array it points to.  Facts
 * live in an ent_fact_list (ent_fact_list_new / ent_fact_list_free); a fact
 * on the stack is set up with ent_fact_init and released with
 * ent_fact_destroy.  Actor codes are stored inline (ent_code), never
 * allocated.
 */
#ifndef ENTENTE_FACT_H
#define ENTENTE_FACT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An actor code: ISO 3166-1 alpha-3 for states, a short name for blocs ("OIC", "NATO"). */
typedef struct ent_code {
	char s[12];
} ent_code;

typedef enum ent_fact_type {
	ENT_FACT_DEAL = 0,
	ENT_FACT_SUPPLY,
	ENT_FACT_EXERCISE,
	ENT_FACT_STANCE,
	ENT_FACT_MEMBERSHIP,
	ENT_FACT_RIVALRY,
	ENT_FACT__COUNT
} ent_fact_type;

/** Deal stages in order of progress; NONE means "not a deal / unknown". */
typedef enum ent_status {
	ENT_STATUS_NONE = 0,
	ENT_STATUS_REPORTED,
	ENT_STATUS_MOU,
	ENT_STATUS_SIGNED,
	ENT_STATUS_ORDERED,
	ENT_STATUS_DELIVERED
} ent_status;

/** Closed list of component categories (DESIGN.md). */
typedef enum ent_category {
	ENT_CAT_DRONE = 0,
	ENT_CAT_AMMUNITION,
	ENT_CAT_ARTILLERY,
	ENT_CAT_ROCKET,
	ENT_CAT_AIRCRAFT,
	ENT_CAT_HELICOPTER,
	ENT_CAT_RADAR,
	ENT_CAT_AIR_DEFENCE,
	ENT_CAT_MISSILE,
	ENT_CAT_ARMOURED_VEHICLE,
	ENT_CAT_NAVAL,
	ENT_CAT_SMALL_ARMS,
	ENT_CAT_ELECTRONIC_WARFARE,
	ENT_CAT_MAINTENANCE,
	ENT_CAT_TRAINING,
	ENT_CAT_TECHNOLOGY_TRANSFER,
	ENT_CAT_OTHER,
	ENT_CAT__COUNT
} ent_category;

typedef enum ent_polarity {
	ENT_POLARITY_SUPPORT = 0,
	ENT_POLARITY_OPPOSE,
	ENT_POLARITY_CONCERN
} ent_polarity;

/** A money value as stated in the text. */
typedef struct ent_value {
	int present;         /**< 0: no value stated */
	double amount;       /**< in units of currency (2e9 for "$2 billion") */
	char currency[4];    /**< ISO 4217 code, "USD" */
	int approx;          /**< "~", "about", "nearly" ... */
	int has_usd;         /**< usd is meaningful (text gave USD) */
	double usd;
} ent_value;

typedef struct ent_item {
	ent_category category;
	char *text;          /**< words as written ("armed drones") */
	char *designation;   /**< "Bayraktar TB2", or NULL */
	long quantity;       /**< -1 when not stated */
} ent_item;

typedef struct ent_evidence {
	char doc[65];        /**< sha256 hex of the normalised document text */
	char *source;        /**< path or URL of the document */
	size_t start, end;   /**< byte span in the normalised text */
	char *quote;         /**< the text of that span */
	char *rule;          /**< name of the rule that fired ("deal.money_verb") */
} ent_evidence;

#define ENT_FACT_MAX_ACTORS 8
/* An exercise or rivalry lists more parties than a deal's role lists: large
 * multinational drills name 20 or 30 states.  Only this one array is
 * longer, so facts grow by a few hundred bytes, not by actor pairs. */
#define ENT_FACT_MAX_PARTICIPANTS 32

typedef struct ent_fact {
	int64_t id;          /**< store id; 0 until stored */
	ent_fact_type type;

	/* deal, supply */
	ent_code suppliers[ENT_FACT_MAX_ACTORS];
	size_t nsuppliers;
	ent_code partners[ENT_FACT_MAX_ACTORS];
	size_t npartners;
	ent_code recipient;  /**< s[0] == 0 when unknown */
	ent_value value;
	ent_status status;
	ent_item *items;
	size_t nitems;

	/* exercise, rivalry (actors sorted) */
	ent_code participants[ENT_FACT_MAX_PARTICIPANTS];
	size_t nparticipants;
	char *name;          /**< exercise name or NULL */
	char *location;      /**< exercise location or NULL */
	char **domains;      /**< exercise domains */
	size_t ndomains;

	/* stance, membership */
	ent_code actor;
	ent_code target;     /**< stance target, or the bloc of a membership */
	ent_polarity polarity;
	char *issue;         /**< stance issue or NULL */

	int year;            /**< 0 = null */
	double confidence;   /**< 0..1 */
	int sources;         /**< number of distinct documents behind the fact */

	ent_evidence *evidence;
	size_t nevidence;
} ent_fact;

typedef struct ent_fact_list {
	ent_fact *v;
	size_t n, cap;
} ent_fact_list;

void ent_fact_init(ent_fact *f, ent_fact_type type);
void ent_fact_destroy(ent_fact *f);
/** Deep copy @p src into @p dst (dst uninitialised).  @return ENT_OK or ENT_ENOMEM. */
int ent_fact_copy(ent_fact *dst, const ent_fact *src);

/** @param[out] out a new empty list; free with ent_fact_list_free. */
int ent_fact_list_new(ent_fact_list **out);
void ent_fact_list_free(ent_fact_list *l);
/** Append a fact, taking ownership of its contents (the source struct is zeroed). */
int ent_fact_list_push(ent_fact_list *l, ent_fact *f);
void ent_fact_list_clear(ent_fact_list *l);

/* Adding parts; each copies its inputs. */
int ent_fact_add_code(ent_code *arr, size_t *n, const char *code);
/** ent_fact_add_code for an array of @p max codes. */
int ent_fact_add_code_max(ent_code *arr, size_t *n, size_t max, const char *code);
/** Add a participant (up to ENT_FACT_MAX_PARTICIPANTS) to @p f. */
int ent_fact_add_participant(ent_fact *f, const char *code);
int ent_fact_has_code(const ent_code *arr, size_t n, const char *code);
/** Is every code of a[0..na) among b[0..nb)? */
int ent_fact_codes_subset(const ent_code *a, size_t na, const ent_code *b, size_t nb);
void ent_fact_sort_codes(ent_code *arr, size_t n);
int ent_fact_add_item(ent_fact *f, ent_category cat, const char *text, size_t textlen,
		      const char *designation, long quantity);
int ent_fact_has_category(const ent_fact *f, ent_category cat);
/** Does f name goods of designation des (any case)? */
int ent_fact_has_designation(const ent_fact *f, const char *des);
int ent_fact_add_domain(ent_fact *f, const char *d, size_t n);
int ent_fact_add_evidence(ent_fact *f, const char *doc, const char *source, size_t start,
			  size_t end, const char *quote, size_t quotelen, const char *rule);
void ent_code_set(ent_code *c, const char *s);

/* Names of enum values (static strings) and the reverse lookups (-1 when unknown). */
const char *ent_fact_type_name(ent_fact_type t);
int ent_fact_type_from_name(const char *s);
const char *ent_status_name(ent_status s);
int ent_status_from_name(const char *s);
const char *ent_category_name(ent_category c);
int ent_category_from_name(const char *s);
const char *ent_polarity_name(ent_polarity p);
int ent_polarity_from_name(const char *s);

/**
 * Whether two facts describe the same thing and may be merged: same type,
 * same actors in their roles, and no attribute that sets them apart
 * (different years, values, exercise names ...).
 */
int ent_fact_same(const ent_fact *a, const ent_fact *b);

/**
 * A necessary condition of ent_fact_same(a, b) that reads only the scalar
 * attributes of @p a (type, year, status, value, actor, target, polarity,
 * issue, name), not its actor lists, items or evidence: 0 means the two
 * cannot be the same, so a store can skip loading the rest of @p a.
 * @p b is complete.
 */
int ent_fact_may_be_same(const ent_fact *a, const ent_fact *b);

/**
 * Could the goods of deals @p a and @p b be one statement's?  Not when a
 * designation both name is counted differently in each ("six Mi-24s",
 * "two Mi-24s"), nor when each names a designation the other lacks.
 * Deals that name no designation always could.
 */
int ent_fact_goods_twins(const ent_fact *a, const ent_fact *b);

/**
 * Merge @p src into @p dst: union of items, actors and evidence; fill
 * attributes dst lacks; status becomes the later stage.  @p src is unchanged.
 * @return ENT_OK or ENT_ENOMEM.
 */
int ent_fact_merge(ent_fact *dst, const ent_fact *src);

#ifdef __cplusplus
}
#endif
#endif
