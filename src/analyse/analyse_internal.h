/*
 * analyse_internal.h - helpers shared by the files of the analyse module
 * (register.c, timeline.c, dependence.c, pivot.c, analyse_util.c).  Other
 * analyses may add declarations here; nothing here is public API.
 */
#ifndef ENT_ANALYSE_INTERNAL_H
#define ENT_ANALYSE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "entente/analyse.h"
#include "entente/fact.h"
#include "entente/store.h"
#include "util/buf.h"

/** A growable array of fact ids. */
typedef struct ent_idvec {
	int64_t *v;
	size_t n, cap;
} ent_idvec;

/** Append @p id (no duplicate check).  @return ENT_OK or ENT_ENOMEM. */
int ent_analyse__ids_push(ent_idvec *ids, int64_t id);
/** Sort ascending and drop duplicates. */
void ent_analyse__ids_sort_unique(ent_idvec *ids);

/**
 * Load the facts @p ids[0..n) with the ENT_FACT_PART_* @p parts into
 * @p out, in the order given (analyses cite fact ids, not quotes, so they
 * never need the evidence).  @return ENT_OK or the store's code (message on @p s).
 */
int ent_analyse__load(ent_store *s, const int64_t *ids, size_t n, unsigned parts,
		      ent_fact_list *out);
/** The parts the descriptions of analyses use. */
#define ENT_ANALYSE__PARTS (ENT_FACT_PART_ACTORS | ENT_FACT_PART_ITEMS)

/** A short money figure: "$2.00 bn", "~$30.0 m", "EUR 300.0 m"; nothing when absent. */
int ent_analyse__money(ent_buf *b, const ent_value *v);
/** Codes joined by @p sep. */
int ent_analyse__codes(ent_buf *b, const ent_code *arr, size_t n, const char *sep);
/** "PAK+TUR -> AZE" (suppliers, + partners, recipient; "?" for unknowns). */
int ent_analyse__who(ent_buf *b, const ent_fact *f);
/** The deal's main item: its first designation, else its first item text, else "". */
const char *ent_analyse__main_item(const ent_fact *f);
/** Items as "Armed drones (drone); Ammunition (ammunition)", @p max items (0 = all). */
int ent_analyse__items(ent_buf *b, const ent_fact *f, size_t max);
/** One line describing any fact ("PAK -> AZE deal, $2.00 bn, signed: ..."). */
int ent_analyse__describe(ent_buf *b, const ent_fact *f);
/** 1 when code @p c plays any role in @p f. */
int ent_analyse__involves(const ent_fact *f, const char *c);
/** Copy @p code upper-cased into @p out; 0 when it is not 2-11 letters/digits. */
int ent_analyse__code(ent_code *out, const char *code);

#endif
