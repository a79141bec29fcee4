/*
 * analyse.h - the analyst's tables, computed from the store: the deal
 * register, a dyad's timeline, an importer's supplier dependence and the
 * pivot comparison of two pairs.
 *
 * Every analysis reads the store through its read-only API (never the
 * extractor) and returns a result value that the renderers print
 * (ent_render_register ... in this header).  Every row or cell carries the
 * ids of the facts behind it, so `entente show ID` traces it to its sources.
 *
 * Ownership: each ent_X_build hands back a result owned by the caller,
 * released with the matching ent_X_free (which accepts NULL).  Strings and
 * arrays inside a result belong to it.  Method notes: docs/ANALYSES.md.
 */
#ifndef ENTENTE_ANALYSE_H
#define ENTENTE_ANALYSE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "entente/errors.h"
#include "entente/fact.h"
#include "entente/store.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Output formats of the analysis renderers. */
typedef enum ent_analysis_format {
	ENT_ANALYSIS_TABLE = 0, /**< aligned columns for a terminal */
	ENT_ANALYSIS_MD,        /**< a Markdown pipe table */
	ENT_ANALYSIS_JSON,      /**< one JSON document (docs/ANALYSES.md) */
	ENT_ANALYSIS_CSV        /**< RFC 4180 CSV with a header row */
} ent_analysis_format;

/** Parse "table", "md", "json", "csv"; -1 when unknown. */
int ent_analysis_format_from_name(const char *name);

/* ---- register --------------------------------------------------------------- */

typedef struct ent_register_options {
	unsigned int version; /**< ENT_REGISTER_OPTIONS_VERSION */
	const char *actor;    /**< ISO3/bloc code in any role of the deal, or NULL */
	int from_year;        /**< 0 = no bound (a bound drops deals without a year) */
	int to_year;
	size_t limit;         /**< at most this many rows (the newest), 0 = all */
} ent_register_options;

#define ENT_REGISTER_OPTIONS_VERSION 1
#define ENT_REGISTER_OPTIONS_INIT {ENT_REGISTER_OPTIONS_VERSION, NULL, 0, 0, 0}

/** One deal of the register. */
typedef struct ent_register_row {
	int64_t fact_id;      /**< the deal fact: `entente show ID` */
	char *deal;           /**< "PAK -> AZE: Super Mushshak" */
	ent_code suppliers[ENT_FACT_MAX_ACTORS];
	size_t nsuppliers;
	ent_code partners[ENT_FACT_MAX_ACTORS];
	size_t npartners;
	ent_code recipient;   /**< empty when unknown */
	ent_value value;      /**< value.present == 0: not stated */
	int year;             /**< 0 = not stated */
	ent_status status;
	char *components;     /**< "Trainer aircraft (aircraft); ...", "" when none */
	int sources;          /**< distinct documents behind the fact */
} ent_register_row;

typedef struct ent_register {
	ent_register_row *rows; /**< oldest first; deals without a year last */
	size_t n;
	int more;               /**< 1: more deals match than the limit let through */
} ent_register;

/**
 * The deal register: every deal fact matching @p opts.
 * @param[out] out the register, owned by the caller: ent_register_free
 * @param opts NULL for every deal
 * @return ENT_OK, ENT_EUSAGE, ENT_ESTORE, ENT_ENOMEM (message: ent_store_errmsg
 *         for store failures)
 */
int ent_register_build(ent_register **out, ent_store *s, const ent_register_options *opts);
/** Release a register; accepts NULL. */
void ent_register_free(ent_register *r);

/* ---- timeline --------------------------------------------------------------- */

/** One development between the two actors. */
typedef struct ent_timeline_row {
	int year;             /**< 0 = the facts do not give a year (listed last) */
	ent_fact_type type;
	char *text;           /**< "PAK -> AZE deal, ~$30.0 m, delivered: Super Mushshak ..." */
	int64_t fact_id;
} ent_timeline_row;

typedef struct ent_timeline {
	ent_code a, b;
	ent_timeline_row *rows; /**< dated rows oldest first, then undated ones */
	size_t n;
	size_t ndated;          /**< rows[0..ndated) have a year */
} ent_timeline;

/**
 * The facts of every type in which both @p a and @p b play a role, as a
 * year-by-year list.
 * @param[out] out owned by the caller: ent_timeline_free
 * @return ENT_OK, ENT_EUSAGE (missing or equal codes), ENT_ESTORE, ENT_ENOMEM
 */
int ent_timeline_build(ent_timeline **out, ent_store *s, const char *a, const char *b);
void ent_timeline_free(ent_timeline *t);

/* ---- dependence ------------------------------------------------------------- */

typedef enum ent_dependence_measure {
	ENT_MEASURE_COUNT = 0, /**< number of deals and supply ties */
	ENT_MEASURE_VALUE,     /**< stated deal value in USD */
	ENT_MEASURE_TIV        /**< SIPRI trend-indicator value delivered (sipri.h) */
} ent_dependence_measure;

/** Parse "count", "value", "tiv"; -1 when unknown. */
int ent_dependence_measure_from_name(const char *name);
/** "count", "value", "tiv". */
const char *ent_dependence_measure_name(ent_dependence_measure m);

/** One supplier of the importer within one window. */
typedef struct ent_dependence_share {
	ent_code supplier;
	double value_usd;     /**< its part of the stated USD values (split evenly
				   between a deal's suppliers) */
	double value_share;   /**< value_usd / total_usd, 0..1 (0 when no values) */
	size_t deals;         /**< deals it supplies */
	size_t supply_ties;   /**< supply ties (no single deal) */
	double count_share;   /**< (deals + supply_ties) / sum over suppliers, 0..1 */
	double tiv;           /**< millions of SIPRI TIV delivered (TIV measure only) */
	double tiv_share;     /**< 0..1 */
	int64_t *fact_ids;    /**< the facts behind it, ascending */
	size_t nfact_ids;
} ent_dependence_share;

/** Shares of every supplier in a window of years. */
typedef struct ent_dependence_window {
	int from_year, to_year;       /**< 0 = open bound */
	ent_dependence_share *v;      /**< sorted by the chosen measure, largest first */
	size_t n;
	double total_usd;
	size_t total_count;           /**< sum of deals + supply ties over suppliers */
	size_t valued_deals;          /**< deals with a USD value */
	size_t unvalued_deals;        /**< deals without one (not in the value shares) */
	double total_tiv;
	int has_tiv;                  /**< TIV figures were loaded */
	double hhi_count, hhi_value, hhi_tiv; /**< Herfindahl-Hirschman index, 0..10000 */
} ent_dependence_window;

typedef struct ent_dependence_options {
	unsigned int version;          /**< ENT_DEPENDENCE_OPTIONS_VERSION */
	ent_dependence_measure measure; /**< orders the suppliers; TIV loads SIPRI data */
	int from_year, to_year;        /**< the window (0 = open) */
	int compare;                   /**< 1: also compute the two windows below */
	int before_from, before_to;    /**< the earlier window of a comparison */
	int after_from, after_to;      /**< the later window */
} ent_dependence_options;

#define ENT_DEPENDENCE_OPTIONS_VERSION 1
#define ENT_DEPENDENCE_OPTIONS_INIT {ENT_DEPENDENCE_OPTIONS_VERSION, ENT_MEASURE_COUNT, 0, 0, 0, 0, 0, 0, 0}

/** A supplier's share in two windows and the change. */
typedef struct ent_dependence_change {
	ent_code supplier;
	double before, after; /**< shares 0..1 under the chosen measure */
	double change_pp;     /**< (after - before) * 100, percentage points */
} ent_dependence_change;

typedef struct ent_dependence {
	ent_code importer;
	ent_dependence_measure measure;
	ent_dependence_window window;    /**< --from/--to */
	int compared;                    /**< the fields below are set */
	ent_dependence_window before, after;
	ent_dependence_change *changes;  /**< union of suppliers, largest change in
					      magnitude first */
	size_t nchanges;
	double hhi_change;               /**< after - before, under the chosen measure */
} ent_dependence;

/**
 * Who supplies @p importer, in what shares, and how concentrated it is.
 * Only facts whose recipient is the importer count; see docs/ANALYSES.md.
 * @param[out] out owned by the caller: ent_dependence_free
 * @param opts NULL for counts over all years
 * @param err receives a one-line message on failure
 * @return ENT_OK, ENT_EUSAGE, ENT_ESTORE, ENT_ENOMEM; ENT_ENOTFOUND when the
 *         TIV measure is asked for and no SIPRI data is in the store
 */
int ent_dependence_build(ent_dependence **out, ent_store *s, const char *importer,
			 const ent_dependence_options *opts, ent_error *err);
void ent_dependence_free(ent_dependence *d);

/** The share of the chosen measure in @p sh (0..1). */
double ent_dependence_share_of(const ent_dependence_share *sh, ent_dependence_measure m);
/** The HHI of the chosen measure in @p w (0..10000). */
double ent_dependence_hhi_of(const ent_dependence_window *w, ent_dependence_measure m);

/* ---- pivot ------------------------------------------------------------------ */

/** One cell: text (never empty: "no data" when the store has nothing) and its facts. */
typedef struct ent_pivot_cell {
	char *text;
	int64_t *fact_ids;
	size_t nfact_ids;
} ent_pivot_cell;

typedef struct ent_pivot_row {
	const char *aspect;   /**< static: "Most recent major deal" ... */
	ent_pivot_cell cell[2];
} ent_pivot_row;

typedef struct ent_pivot {
	ent_code pair[2][2];  /**< {A, B}, {C, D} */
	ent_pivot_row *rows;
	size_t n;
} ent_pivot;

/**
 * Compare the pairs A-B and C-D aspect by aspect (docs/ANALYSES.md lists
 * the aspects).
 * @param[out] out owned by the caller: ent_pivot_free
 * @return ENT_OK, ENT_EUSAGE, ENT_ESTORE, ENT_ENOMEM
 */
int ent_pivot_build(ent_pivot **out, ent_store *s, const char *a, const char *b, const char *c,
		    const char *d);
void ent_pivot_free(ent_pivot *p);

/* ---- renderers (src/render/tables.c; they never run an analysis) ------------- */

/** Print a register.  @return ENT_OK, ENT_EIO, ENT_ENOMEM, ENT_EUSAGE. */
int ent_render_register(FILE *fp, const ent_register *r, ent_analysis_format fmt);
/** Print a timeline.  @return ENT_OK, ENT_EIO, ENT_ENOMEM, ENT_EUSAGE. */
int ent_render_timeline(FILE *fp, const ent_timeline *t, ent_analysis_format fmt);
/** Print a dependence result.  @return ENT_OK, ENT_EIO, ENT_ENOMEM, ENT_EUSAGE. */
int ent_render_dependence(FILE *fp, const ent_dependence *d, ent_analysis_format fmt);
/** Print a pivot table.  @return ENT_OK, ENT_EIO, ENT_ENOMEM, ENT_EUSAGE. */
int ent_render_pivot(FILE *fp, const ent_pivot *p, ent_analysis_format fmt);

#ifdef __cplusplus
}
#endif
#endif
