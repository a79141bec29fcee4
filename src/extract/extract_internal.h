/*
 * extract_internal.h - what the files of src/extract share.
 *
 * Pipeline for one document (extract.c drives it):
 *   token.c      text -> tokens with byte spans and lower-case keys
 *   gazetteer.c  token runs -> mentions of actors, weapons, issues (longest match)
 *   patterns.c   money, years, relative years, quantities
 *   layout.c     lines -> units: sentences, bullets, headings, pipe-table rows
 *   frames.c     units -> candidate facts (deal, supply, exercise, stance,
 *                membership, rivalry), each with evidence: the driver;
 *                the rules by kind in frames_deal.c, frames_exercise.c,
 *                frames_stance.c, frames_relation.c, what they share in
 *                frames_cand.c, frames_words.c and frames_internal.h
 *   extract.c    document-level work: who supplies whom when a text only
 *                names a pair, anaphora, merging of repeated statements
 */
#ifndef ENT_EXTRACT_INTERNAL_H
#define ENT_EXTRACT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "entente/doc.h"
#include "entente/extract.h"
#include "entente/fact.h"

/* ---- tokens ---------------------------------------------------------------- */

typedef enum tok_kind {
	TK_WORD = 0, /* letters/digits (UTF-8 letters included) */
	TK_NUM,      /* digits with , or . inside: 2,000  1.6 */
	TK_PUNCT,    /* one punctuation character (may be multi-byte: ’ – €) */
	TK_NEWLINE   /* a line break: units never cross it */
} tok_kind;

typedef struct tok {
	uint32_t start, end;   /* byte span in the document text */
	uint32_t key;          /* offset of the lower-case key in the key pool */
	uint16_t keylen;
	uint8_t kind;
	uint8_t space_before;  /* whitespace (or start of line) before it */
	uint8_t upper;         /* first character is an upper-case ASCII letter */
	uint8_t allcaps;       /* every letter upper-case (and at least one) */
} tok;

typedef struct tokens {
	tok *v;
	size_t n, cap;
	char *keys;            /* lower-case keys, NUL-separated */
	size_t keys_len, keys_cap;
} tokens;

int ent__tokenize(tokens *out, const char *text, size_t len);
void ent__tokens_destroy(tokens *t);
/* The key of token i (lower-case, NUL-terminated). */
#define TKEY(t, i) ((t)->keys + (t)->v[i].key)

/* ---- gazetteer ------------------------------------------------------------- */

typedef enum gz_kind {
	GZ_STATE = 1,   /* a state's name */
	GZ_DEMONYM,     /* "Pakistani" */
	GZ_CAPITAL,     /* "Baku" */
	GZ_FIRM,        /* "Heavy Industries Taxila" -> PAK */
	GZ_BLOC,        /* "OIC" */
	GZ_WEAPON,      /* weapon term or designation */
	GZ_ISSUE,       /* "Kashmir" */
	GZ_PREFIX,      /* "Indo" in "Indo-French": a demonym only before a hyphen */
	GZ_LEADER,      /* a leader's full name (category 0) or surname (category
			   1: may stand alone, 2: only after the full name);
			   canon is the surname */
	GZ_EXERCISE,    /* an exercise's name ("Cobra Gold"; code: its usual
			   host, or ""): matched by ent__gazetteer_exercise
			   only, never a mention */
	GZ_MEDIA,       /* a news outlet named after a state ("Press Trust of
			   India", "Times of Israel"; code: its home state):
			   matched so that the state in its name is no
			   mention, never a mention itself */
	GZ_LABEL        /* a state named after "anti-" or "pro-" ("an
			   anti-American regime"): what a stance is for or
			   against, no party of a deal or a drill (see
			   mention.label) */
} gz_kind;

typedef struct gz_entry {
	uint8_t kind;
	uint8_t case_rule;     /* 0 any case, 1 first letter upper, 2 all caps,
				  3 the words of capmask capitalised */
	uint16_t capmask;      /* bit k: the phrase's token k has a capital */
	int8_t category;       /* weapons: ent_category */
	char code[12];         /* actor code / weapon origin ("" if none) */
	char alt[12];          /* demonyms: the other state it may stand for ("" if none) */
	const char *canon;     /* designation / issue / firm name, or NULL */
	uint16_t ntok;
} gz_entry;

typedef struct gazetteer gazetteer;

int ent__gazetteer_load(gazetteer **out, const char *data_dir, const char *isocodes_dir,
			ent_error *err);
void ent__gazetteer_free(gazetteer *g);
/* Longest entry matching tokens[i..]; NULL when none.  *ntok receives its length. */
const gz_entry *ent__gazetteer_match(const gazetteer *g, const tokens *t, size_t i,
				     size_t *ntok);
/* The longest exercise name (exercises.tsv) at tokens[i..], its words
 * capitalised as the data file writes them; NULL when none.  h is the low
 * 32 bits of the 64-bit FNV-1a hash of token i's key (dctx.thash, which
 * frames_words.c computes with the gazetteer's hash): most words are ruled
 * out by it alone.  *ntok receives the name's length. */
const gz_entry *ent__gazetteer_exercise(const gazetteer *g, const tokens *t, size_t i,
					uint32_t h, size_t *ntok);
/* The state of a leader by surname key ("erdogan"): the one state of
 * every leaders.tsv row with that surname, else the one of the rows in
 * office in year (when not 0); NULL when none or still ambiguous. */
const char *ent__gazetteer_leader(const gazetteer *g, const char *surname, int year);
/* Exporter weight of a state (SIPRI TIV prior), 0 when unknown. */
double ent__gazetteer_exporter(const gazetteer *g, const char *code);
/* The members of a small bloc of bloc-members.tsv ("GCC"), at most
 * ENT_BLOC_MEMBERS_MAX, into out; their number, 0 for a bloc not listed. */
#define ENT_BLOC_MEMBERS_MAX 12
int ent__gazetteer_bloc_members(const gazetteer *g, const char *bloc,
				const char *out[ENT_BLOC_MEMBERS_MAX]);
/* Find an actor by a name as typed ("Pakistan"); NULL if unknown. */
const char *ent__gazetteer_actor(const gazetteer *g, const char *name);
/* Every phrase of the gazetteer, one per line, into a file (for benchmarks). */
int ent__gazetteer_dump_phrases(const gazetteer *g, const char *path);

/* ---- mentions ---------------------------------------------------------------- */

typedef enum mention_kind {
	MK_ACTOR = 1,  /* state, demonym, capital, firm, bloc (see gz) */
	MK_WEAPON,
	MK_ISSUE,
	MK_MONEY,
	MK_YEAR,
	MK_QUANTITY
} mention_kind;

typedef struct mention {
	uint8_t kind;
	uint8_t gz;            /* gz_kind for actors/weapons */
	uint8_t possessive;    /* followed by 's */
	uint8_t from_month;    /* a year read from a month without its year */
	uint8_t leader;        /* a leader's name (leaders.tsv): gz is GZ_LEADER, and
				  GZ_STATE while the stance rules read its unit */
	uint8_t label;         /* after "anti-" or "pro-": its own gz_kind, while
				  gz is GZ_LABEL but for the stance rules */
	int8_t category;
	uint8_t name_on_goods; /* a state's name read as the maker of goods
				  right after it ("US F-16s"): gz is GZ_DEMONYM */
	size_t t0, t1;         /* token range [t0, t1) */
	uint32_t start, end;   /* byte span */
	const char *code;      /* actor code / weapon origin, or NULL */
	const char *alt;       /* demonym: the other state it may stand for, or NULL */
	const char *canon;     /* designation, issue name */
	ent_value value;       /* money */
	int year;              /* year mentions */
	long quantity;         /* quantity mentions */
} mention;

typedef struct mentions {
	mention *v;
	size_t n, cap;
} mentions;

int ent__mentions_push(mentions *m, const mention *x);
void ent__mentions_destroy(mentions *m);

/* patterns.c: money and years (relative ones against doc_year when not 0),
 * appended to m in token order. */
int ent__find_patterns(const char *text, const tokens *t, int doc_year, int doc_month,
		       mentions *m);
/* Parse a money phrase in text (for tests and table cells); 0 if none. */
int ent__parse_money(const char *s, size_t len, ent_value *out);

/* ---- units ------------------------------------------------------------------- */

typedef enum unit_kind {
	UK_SENTENCE = 0, /* sentence of a paragraph */
	UK_BULLET,       /* a list item line (may hold several sentences: split) */
	UK_HEADING,      /* a short line without final punctuation */
	UK_ROW           /* a pipe-table data row */
} unit_kind;

typedef struct unit {
	uint8_t kind;
	uint32_t start, end;   /* byte span */
	size_t t0, t1;         /* token range */
	size_t m0, m1;         /* mention range (mentions are sorted by token) */
	int line;              /* 0-based line index */
	int para;              /* paragraph index (blank lines / headings separate) */
	int table;             /* table index for rows, else -1 */
	int row;               /* row index inside the table */
	int ends_colon;        /* the unit ends with ':' (introduces a list/table) */
	int bullet_subject;    /* for "- India: ..." the mention index of India, else -1 */
	uint8_t contest;       /* a word of contest (frames_words.c w_contest_any) in it */
} unit;

#define ENT_MAX_COLS 12

typedef enum col_role {
	COL_OTHER = 0,
	COL_YEAR,
	COL_VALUE,
	COL_DEAL,        /* what was bought: "Deal", "System" */
	COL_COMPONENTS,  /* "Components", "Details", "Items" */
	COL_EVENT,       /* "Development", "Event" */
	COL_ASPECT,      /* first column of a comparison table */
	COL_DYAD,        /* a column headed by a pair of states ("India-Armenia") */
	COL_ACTOR        /* "Country", "Supplier", "Buyer" */
} col_role;

typedef struct table_info {
	int ncols;
	uint8_t role[ENT_MAX_COLS];
	char dyad[ENT_MAX_COLS][2][12];  /* for COL_DYAD columns */
	char ctx[2][12];        /* the pair the table is about (from its title), or "" */
	int first_unit, nunits;
	int intro_unit;         /* unit right before the table, or -1 */
} table_info;

/* A pipe-table row's cell: a token range (pipes excluded). */
typedef struct cell {
	size_t t0, t1;
} cell;

/* ---- the document being extracted ---------------------------------------- */

/* A candidate fact while the document is read: the fact plus what is known
 * of it before document-level resolution. */
typedef struct cand {
	ent_fact f;
	char pair[2][12];   /* deal/supply: the two parties when the direction is open */
	int directed;       /* suppliers and recipient are known */
	int anaphoric;      /* "the deal": no parties of its own; joins a deal by value */
	int dropped;        /* merged away or rejected */
	int further;        /* a further order of an earlier deal: none of its stages */
	int separate;       /* "a separate agreement", "another contract": a deal of
			       its own, merged with no deal of another sentence */
	int factory;        /* a plant built in the buyer (deal.factory_in): apart
			       from other deals, one with another report of a
			       plant of its pair (stop 48) */
	int earlier;        /* an earlier deal a sentence names besides its own
			       ("following an initial deal signed in 2014"): one
			       with a statement of its year only */
	int maker_only;     /* its seller is only the maker of the goods it names */
	int part_of;        /* "The agreement between X and Y also includes ...":
			       more of the latest deal of its parties told before */
	int adds;           /* "will procure additional (more) X": goods added
			       to those held, no stage of a deal of another
			       stage (stop 51) */
	int told_deal;      /* its sentence opens with "The deal (contract,
			       agreement ...)": the deal told just before */
	char others[ENT_FACT_MAX_ACTORS][12]; /* other actors in its component rows */
	size_t nothers;
	int unit;
} cand;

typedef struct dctx {
	const void *gz;          /* gazetteer */
	const ent_doc *doc;
	const char *text;
	int doc_year;
	int doc_month; /* 1-12, 0 when unknown */
	tokens t;
	mentions m;
	unit *units;
	size_t nunits, cunits;
	cell *cells;             /* cells of table rows, row after row */
	size_t ncells, ccells;
	size_t *row_cell0;       /* per unit: first cell index (rows only) */
	int *row_ncells;
	table_info *tables;
	size_t ntables, ctables;
	cand *cands;
	size_t ncands, ccands;
	int last_deal;           /* candidate index of the latest deal, or -1 */
	int last_exercise;       /* candidate index of the latest exercise, or -1 */
	int pending_exercise;    /* a named drill told without parties, or -1 */
	int more_parties_unit;   /* the unit that last added parties to the latest
				    exercise, or -1 */
	char focus[2][12];       /* the document's main pair of states */
	int focus_n;             /* the number of units naming that pair together */
	char last_set[4][12];    /* the states named by the latest unit naming two or more:
				    what "both countries", "the two sides" refer to */
	int nlast_set;
	uint64_t *tmask;         /* per token: the word classes of frames_words.c it belongs to */
	uint32_t *thash;         /* per token: the hash of its key, for word lists outside the lexicon */
	/* people the document names with a state's title ("Turkish President
	 * Recep Tayyip Erdogan"): their surname's key stands for that state
	 * after that phrase ("Erdogan said") */
	struct person_ref {
		char key[32];
		size_t t;        /* token of the surname in the title phrase */
		mention m;       /* a state mention standing for the person */
	} persons[16];
	int npersons;
	int para_year;           /* the latest year named in the current paragraph */
	int para_of_year;        /* the paragraph para_year belongs to */
	int para_open_year;      /* "In 2019, ...": the year that opens a paragraph */
	int para_of_open;        /* the paragraph para_open_year belongs to */
	struct xname {           /* the exercise names of exercises.tsv the text holds, */
		size_t t0, t1;   /* in token order: tokens [t0, t1) */
	} *xnames;
	size_t nxnames, cxnames;
	char lone_buyer[12];     /* "Kenya announced the acquisition of rocket systems": the
				    buyer of the latest purchase told without a seller */
	int lone_buyer_unit;     /* its unit, or -1 */
} dctx;

/* layout.c */
int ent__layout(dctx *d);
/* frames_words.c */
int ent__word_classes(dctx *d);
/* frames.c */
int ent__frames(dctx *d);
/* helpers shared by layout.c and the frames files */
int ent__is_state_mention(const mention *m);
const char *ent__unit_text_key(const dctx *d, size_t tok_index);
/* frames_cand.c defines the candidate constructor and copier under the
 * frames prefix; extract.c uses them too */
#define ent__cand_new ent__fr_ent__cand_new
#define cand_clone ent__fr_cand_clone
int ent__cand_new(dctx *d, ent_fact_type type, int unit, cand **out);
/* a new candidate of unit ui with a copy of candidate ci's fact */
int cand_clone(dctx *d, size_t ci, int ui, cand **out);
int ent__add_unit_evidence(dctx *d, cand *c, int unit, const char *rule);
int ent__named_editions(dctx *d); /* frames_exercise.c */

/* ranks and forms of address before a person's name (frames_words.c) */
extern const char *const w_rank[];

#endif
