/*
 * network.h - the signed network of states and blocs, its triangles,
 * structural balance and blocs; the arms-race indicator of rival dyads;
 * contradictions between sources; the per-actor report.
 *
 * Reads come from the store through aggregate queries (ent_store_ties,
 * ent_store_imports), never by loading every fact with its evidence.
 * Weights and methods are documented in docs/ANALYSES.md.
 *
 * Ownership: every *_new / *_load / *_compute result is owned by the
 * caller and released with the matching *_free (which accepts NULL).
 * Value types on the stack are set up by the call and released with
 * *_destroy.
 */
#ifndef ENTENTE_NETWORK_H
#define ENTENTE_NETWORK_H

#include <stdint.h>
#include <stdio.h>

#include "entente/fact.h"
#include "entente/store.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- ties: aggregated pairs read from the store ---------------------------- */

/** What a tie between two actors comes from; each kind has a weight. */
typedef enum ent_tie_kind {
	ENT_TIE_DEAL = 0,      /**< supplier -> recipient of a deal, +3 */
	ENT_TIE_SUPPLY,        /**< ongoing supply tie, +2 */
	ENT_TIE_PARTNER,       /**< co-suppliers / partners of one deal, +2 */
	ENT_TIE_EXERCISE,      /**< joint exercise participants, +2 */
	ENT_TIE_SUPPORT,       /**< support stance, +1 */
	ENT_TIE_MEMBER,        /**< state member of a bloc, +1 */
	ENT_TIE_SHARED_BLOC,   /**< two states in the same bloc, +0.5 */
	ENT_TIE_RIVALRY,       /**< rivalry, -3 */
	ENT_TIE_OPPOSE,        /**< oppose stance, -1 */
	ENT_TIE_CONCERN,       /**< concern stance, -0.5 */
	ENT_TIE_GDELT,         /**< GDELT events between two states (machine-coded news,
				    not verified facts): count = events, weight of its own,
				    see ent_tie_filter.gdelt */
	ENT_TIE__COUNT
} ent_tie_kind;

/** The weight of one fact of @p k (see ent_tie_kind); 0 for ENT_TIE_GDELT,
 * whose ties carry their own (ent_tie.weight). */
double ent_tie_weight(ent_tie_kind k);
/** Short name of @p k ("deal", "shared_bloc" ...), static. */
const char *ent_tie_kind_name(ent_tie_kind k);

/** @p count facts of one kind between @p a and @p b (a < b for undirected kinds). */
typedef struct ent_tie {
	ent_code a, b;
	ent_tie_kind kind;
	int64_t count;
	double usd;            /**< sum of the USD values stated (deals) */
	double weight;         /**< ENT_TIE_GDELT only: the tie's signed weight */
} ent_tie;

typedef struct ent_tie_list {
	ent_tie *v;
	size_t n, cap;
} ent_tie_list;

typedef struct ent_tie_filter {
	unsigned int version;  /**< ENT_TIE_FILTER_VERSION */
	unsigned int kinds;    /**< bit (1u << kind) per ent_tie_kind wanted; 0 = all */
	int from_year, to_year;/**< 0 = no bound; a bound drops facts without a year */
	/* GDELT beside the news facts (ent_network_load only; ent_store_ties
	 * ignores these).  With @c gdelt set, every pair of countries with at
	 * least @c gdelt_min_events GDELT events in the window (the years
	 * above, as months) gets one ENT_TIE_GDELT tie of weight
	 * gdelt_scale * (mean GoldsteinScale of those events) / 10, i.e. within
	 * [-gdelt_scale, +gdelt_scale] however many events there are. */
	int gdelt;             /**< 1: add GDELT ties */
	int64_t gdelt_min_events; /**< 0 = ENT_GDELT_TIE_MIN_EVENTS */
	double gdelt_scale;    /**< 0 = ENT_GDELT_TIE_SCALE */
	/** Which CAMEO country codes become nodes (GDELT also has regions such
	 * as "EUR"); NULL = every code.  Returns nonzero to keep @p code. */
	int (*gdelt_keep)(const char *code, void *arg);
	void *gdelt_arg;
} ent_tie_filter;

#define ENT_TIE_FILTER_VERSION 2
#define ENT_TIE_FILTER_INIT {ENT_TIE_FILTER_VERSION, 0, 0, 0, 0, 0, 0, NULL, NULL}
#define ENT_GDELT_TIE_MIN_EVENTS 10
#define ENT_GDELT_TIE_SCALE 2.0

/**
 * Aggregate the facts of the store into ties: without a year bound from
 * the running totals the store keeps (table tie_totals), with one by SQL
 * GROUP BY over the fact tables.  SHARED_BLOC ties are never returned:
 * ent_network_build derives them from the MEMBER ties.
 * @param[out] out a new list: ent_tie_list_free
 * @return ENT_OK, ENT_EUSAGE (backend without this read), ENT_ESTORE, ENT_ENOMEM
 */
int ent_store_ties(ent_store *s, const ent_tie_filter *filter, ent_tie_list **out);
int ent_tie_list_new(ent_tie_list **out);
void ent_tie_list_free(ent_tie_list *l);
/** Append a tie (copied).  @return ENT_OK or ENT_ENOMEM. */
int ent_tie_list_add(ent_tie_list *l, const char *a, const char *b, ent_tie_kind kind,
		     int64_t count, double usd);

/* ---- the network ------------------------------------------------------------ */

typedef struct ent_net_edge {
	size_t a, b;                      /**< node indexes, a < b */
	double weight;                    /**< signed sum of the tie weights */
	double gdelt_weight;              /**< the part of weight from GDELT */
	int64_t counts[ENT_TIE__COUNT];   /**< facts behind it, per kind (GDELT: events) */
} ent_net_edge;

typedef struct ent_network {
	ent_code *nodes;      /**< sorted codes */
	unsigned char *is_bloc;/**< per node: 1 for a bloc (named as one by a membership) */
	size_t nnodes;
	ent_net_edge *edges;  /**< sorted by (a, b); weight 0 edges are dropped */
	size_t nedges;
} ent_network;

/**
 * Build the network from @p ties; two states that are MEMBER of the same
 * bloc also get one SHARED_BLOC tie per bloc they share.
 * @param[out] out ent_network_free.
 */
int ent_network_build(ent_network **out, const ent_tie_list *ties);
/** ent_store_ties (+ the GDELT ties when filter->gdelt) + ent_network_build.
 * @return as ent_store_ties; ENT_EUSAGE for a filter of another version */
int ent_network_load(ent_network **out, ent_store *s, const ent_tie_filter *filter);
void ent_network_free(ent_network *n);
/** Index of node @p code, or -1. */
long ent_network_node(const ent_network *n, const char *code);
/** The edge between nodes @p a and @p b, or NULL. */
const ent_net_edge *ent_network_edge(const ent_network *n, size_t a, size_t b);

/** A triad of nodes a < b < c with its three edge weights. */
typedef struct ent_triad {
	size_t a, b, c;
	double wab, wac, wbc;
	double strength;      /**< wab + wac + wbc */
} ent_triad;

/**
 * The all-positive triangles, strongest first (sum of the three weights,
 * then the weakest edge, then the codes): the first @p limit of them, or
 * all when @p limit is 0.
 * @param[out] out array of @p nout triads: ent_free
 * @param[out] total how many there are in all (may be NULL)
 */
int ent_network_triangles(const ent_network *n, size_t limit, ent_triad **out, size_t *nout,
			  size_t *total);

typedef struct ent_balance {
	size_t triads;        /**< triads whose three pairs all have a signed edge */
	size_t balanced;      /**< of those, with a positive product of signs */
	double ratio;         /**< balanced / triads (0 when there are none) */
	ent_triad *unbalanced;/**< the others, largest sum of |weights| first */
	size_t nunbalanced;   /**< how many are unbalanced */
	size_t nlisted;       /**< entries in unbalanced (limit) */
} ent_balance;

/**
 * Structural balance (Cartwright & Harary); nunbalanced counts them all,
 * unbalanced lists the first @p limit (0 = all).  Release with
 * ent_balance_destroy.
 */
int ent_network_balance(const ent_network *n, size_t limit, ent_balance *out);
void ent_balance_destroy(ent_balance *b);

typedef struct ent_blocs {
	size_t nnodes;
	int *bloc;            /**< bloc number of each node, 0..nblocs-1 */
	size_t nblocs;        /**< numbered by their first member in code order */
	double frustration;   /**< weight of negative edges inside + positive between */
} ent_blocs;

/**
 * Partition the nodes into blocs minimising frustration (Doreian & Mrvar
 * 1996): relocation local search from @p restarts starts drawn with a
 * fixed @p seed, so the result is deterministic.
 * Release with ent_blocs_destroy.
 */
int ent_network_blocs(const ent_network *n, unsigned int seed, int restarts, ent_blocs *out);
void ent_blocs_destroy(ent_blocs *b);

/* Rendering of the network (src/render/dot.c, svg.c). */

/**
 * The network as Graphviz DOT text; with @p focus (a code or NULL) only
 * that node, its neighbours and the edges among them.  With @p max_nodes
 * (0 = no limit) at most that many nodes are drawn: the focus and its
 * neighbours with the largest |weight|, or without a focus the nodes with
 * the largest sum of |weights|; ties go to the smaller code.
 * @param[out] out NUL-terminated text: ent_free
 * @return ENT_OK, ENT_ENOTFOUND (no such focus), ENT_ENOMEM
 */
int ent_network_dot(char **out, const ent_network *n, const char *focus, const ent_blocs *blocs,
		    size_t max_nodes);
/**
 * Lay out @p dot with Graphviz's library (libgvc, "neato") and render SVG.
 * @param id the id attribute given to the <svg> element (or NULL)
 * @param[out] out the <svg> element alone (no XML prolog): ent_free
 * @return ENT_OK, ENT_EPARSE (bad DOT), ENT_ERROR (layout failed), ENT_ENOMEM
 */
int ent_network_svg(char **out, const char *dot, const char *id);
/**
 * The network, blocs (may be NULL), triangles and balance as one JSON
 * object; at most @p limit triangles and unbalanced triads (0 = all).
 */
int ent_network_json(FILE *fp, const ent_network *n, const ent_blocs *blocs, size_t limit);

/* ---- arms race ------------------------------------------------------------------ */

/** Deals an importer received in one year. */
typedef struct ent_import_year {
	ent_code recipient;
	int year;
	int64_t deals;        /**< deals with a year */
	int64_t valued;       /**< of those, with a USD value */
	double usd;           /**< sum of those values */
} ent_import_year;

/**
 * Deals received by @p recipient (NULL: by every recipient) per year (facts
 * without a year are left out), ordered by recipient then year; read from
 * the running totals kept by the store.  @param[out] out array of @p n: ent_free
 */
int ent_store_imports(ent_store *s, const char *recipient, ent_import_year **out, size_t *n);

typedef struct ent_race_side {
	ent_code code;
	ent_import_year *years;   /**< owned */
	size_t nyears;
	double early_usd, late_usd;
	int64_t early_deals, late_deals;
	double ratio;             /**< late_usd / early_usd; -1 when early_usd is 0 */
} ent_race_side;

typedef struct ent_race_dyad {
	ent_race_side side[2];
	int64_t rivalry_facts;
	int first_year, last_year;/**< span of both sides' deal years, 0 when none */
	int split;                /**< early window: year <= split; late: year > split */
	int rising;               /**< both sides' late USD imports exceed early ones */
} ent_race_dyad;

typedef struct ent_armsrace {
	ent_race_dyad *v;
	size_t n;
} ent_armsrace;

/**
 * Fill the windows and the indicator of @p d from its sides' years.
 * @p split 0 = the middle of the span (first + last) / 2, rounded down.
 */
void ent_race_indicate(ent_race_dyad *d, int split);

/**
 * Every rival dyad (rivalry facts) with both sides' imports and the
 * indicator; with @p actor only the dyads it is in.
 * @param[out] out ent_armsrace_free
 */
int ent_armsrace_compute(ent_armsrace **out, ent_store *s, const char *actor, int split);
void ent_armsrace_free(ent_armsrace *a);
/** Print @p a as a table, Markdown (fmt "md") or JSON ("json"). */
int ent_armsrace_print(FILE *fp, const ent_armsrace *a, const char *fmt);

/* ---- contradictions --------------------------------------------------------------- */

typedef struct ent_contradiction {
	int64_t id;
	int64_t fact_id;          /**< the fact the row was recorded on */
	int64_t fact_a, fact_b;   /**< the facts of the two pieces of evidence (0 unknown) */
	char attribute[16];       /**< "value", "year", "location" */
	char *value_a, *value_b;  /**< as stated by each side */
	char *quote_a, *quote_b;  /**< the quotes (NULL when the evidence is gone) */
	char *source_a, *source_b;
} ent_contradiction;

typedef struct ent_contradiction_list {
	ent_contradiction *v;
	size_t n, cap;
} ent_contradiction_list;

/**
 * The stored contradictions, oldest first; with @p fact_id > 0 only those
 * naming that fact on either side.
 * @param[out] out ent_contradiction_list_free
 */
int ent_store_contradictions(ent_store *s, int64_t fact_id, ent_contradiction_list **out);
void ent_contradiction_list_free(ent_contradiction_list *l);
/** Print as a table ("table"), Markdown ("md") or JSON lines ("json"). */
int ent_contradictions_print(FILE *fp, const ent_contradiction_list *l, const char *fmt);

/* ---- the per-actor report ---------------------------------------------------------- */

typedef enum ent_report_format {
	ENT_REPORT_MD = 0,
	ENT_REPORT_HTML
} ent_report_format;

/**
 * Write the report on @p actor (ISO3 or bloc code) to @p fp: supplier
 * shares, timeline, deal register, network neighbourhood, arms race and
 * contradictions, each row with the fact ids and sources behind it.  HTML
 * is one self-contained file with inline CSS and SVG charts.
 * @return ENT_OK, ENT_ENOTFOUND (no fact names the actor), ENT_ESTORE,
 *         ENT_ENOMEM, ENT_EIO
 */
int ent_report_write(FILE *fp, ent_store *s, const char *actor, ent_report_format fmt);

#ifdef __cplusplus
}
#endif
#endif
