/*
 * test_extract_wordlists.c - the word-list test of the rules (kin,
 * kin_local, find_in in frames_words.c): a list outside the lexicon is
 * answered from a hash set of its words built the first time it is asked
 * for, a lexicon list from the token's bits; each must say what comparing
 * the key with the list's words one by one says, on sentences written for
 * this test, and threads extracting at once must agree with one thread.
 */
#include "extract_harness.h"
#include "extract/frames_internal.h"
#include "util/alloc.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* lists of this test only: plain words, punctuation keys, a repeated word,
 * a one-word list, words that share first letters */
static const char *l_plain[] = {"frigate", "frigates", "corvette", "tanker", "the", NULL};
static const char *l_punct[] = {"-", "'s", ",", "(", NULL};
static const char *l_dup[] = {"drill", "drills", "drill", "exercise", NULL};
static const char *l_one[] = {"navy", NULL};
static const char *l_prefix[] = {"sign", "signs", "signed", "signing", "signal", "si", NULL};
static const char *const *lists[] = {l_plain, l_punct, l_dup, l_one, l_prefix};

static const char *text =
	"The navy's frigates - two of them - signed off; a signal (the tanker's) came "
	"after the drills, and Navy drill-sergeants signing SIGNS saw the corvette. "
	"Si, exercise frigate drill.";

static int scan(const char *key, const char *const *l)
{
	size_t k;
	for (k = 0; l[k]; k++)
		if (!strcmp(key, l[k]))
			return 1;
	return 0;
}

/* A document context with tokens and word classes, as ent_extract makes
 * one, without mentions. */
static int setup(dctx *d, const char *s)
{
	memset(d, 0, sizeof *d);
	if (ent__tokenize(&d->t, s, strlen(s)))
		return -1;
	return ent__word_classes(d);
}

static void teardown(dctx *d)
{
	ent__free(d->tmask);
	ent__free(d->thash);
	ent__tokens_destroy(&d->t);
}

TEST(extract_wordlists__sets_answer_as_a_scan)
{
	dctx ctx, *d = &ctx;
	size_t i, l, rounds;
	CHECK(setup(d, text) == 0);
	CHECK(d->t.n > 40);
	/* twice: the first asks build each list's set, the second read it */
	for (rounds = 0; rounds < 2; rounds++)
		for (l = 0; l < sizeof lists / sizeof *lists; l++)
			for (i = 0; i < d->t.n; i++) {
				int want = scan(K(i), lists[l]);
				CHECK(kin(d, i, lists[l]) == want);
				CHECK(kin_local(d, i, lists[l]) == want);
			}
	teardown(d);
}

TEST(extract_wordlists__hits_where_expected)
{
	dctx ctx, *d = &ctx;
	size_t i, hits = 0;
	CHECK(setup(d, text) == 0);
	/* "-" twice, "'s" twice, "," twice, "(" once */
	for (i = 0; i < d->t.n; i++)
		hits += (size_t)kin(d, i, l_punct);
	CHECK(hits >= 6);
	/* the repeated word is found, and words sharing its first letters are not */
	for (i = 0, hits = 0; i < d->t.n; i++)
		hits += (size_t)kin(d, i, l_dup);
	CHECK(hits == 4); /* drills, drill (of drill-sergeants), exercise, drill */
	for (i = 0, hits = 0; i < d->t.n; i++)
		hits += (size_t)kin(d, i, l_one);
	CHECK(hits == 2); /* navy, Navy */
	teardown(d);
}

TEST(extract_wordlists__find_in_is_the_first_hit)
{
	dctx ctx, *d = &ctx;
	size_t l, t0;
	CHECK(setup(d, text) == 0);
	for (l = 0; l < sizeof lists / sizeof *lists; l++)
		for (t0 = 0; t0 < d->t.n; t0 += 3) {
			size_t want = NONE, i;
			for (i = t0; i < d->t.n; i++)
				if (scan(K(i), lists[l])) {
					want = i;
					break;
				}
			CHECK(find_in(d, t0, d->t.n, lists[l]) == want);
		}
	/* an empty range finds nothing */
	CHECK(find_in(d, 5, 5, l_plain) == NONE);
	teardown(d);
}

TEST(extract_wordlists__lexicon_bits_and_words)
{
	dctx ctx, *d = &ctx;
	size_t i, signed_at = NONE;
	CHECK(setup(d, "Turkey signed a deal and signed another.") == 0);
	for (i = 0; i < d->t.n; i++)
		if (!strcmp(K(i), "signed")) {
			signed_at = i;
			break;
		}
	CHECK(signed_at != NONE);
	/* a lexicon list through kin answers from the bits */
	CHECK(kin(d, signed_at, w_sign) == 1);
	CHECK(kin(d, signed_at, w_sign) == (int)((d->tmask[signed_at] >> LB_w_sign) & 1));
	/* a rule that clears the bit changes what kin says, not what
	 * kin_local (word by word) says */
	d->tmask[signed_at] &= ~((uint64_t)1 << LB_w_sign);
	CHECK(kin(d, signed_at, w_sign) == 0);
	CHECK(kin_local(d, signed_at, w_sign) == 1);
	teardown(d);
}

/* ---- threads --------------------------------------------------------------- */

static const char *thread_text =
	"Pakistan signed a deal to sell 24 JF-17 jets to Azerbaijan for $1.6 billion in 2024. "
	"Armenia condemned the deal. India and Armenia held a joint exercise in 2023, and "
	"France criticised Azerbaijan over the border clashes.";

struct job {
	size_t facts;
	int rc;
};

static void *extract_in_thread(void *arg)
{
	struct job *j = arg;
	ent_extractor *x = NULL;
	ent_error err = {0, ""};
	int round;
	j->rc = -1;
	if (ent_extractor_new(&x, NULL, &err))
		return NULL;
	for (round = 0; round < 20; round++) {
		ent_doc *doc;
		ent_fact_list *l;
		if (ent_doc_new(&doc, thread_text, strlen(thread_text), "t.txt", NULL, NULL))
			break;
		if (ent_fact_list_new(&l) || ent_extract(x, doc, l)) {
			ent_doc_free(doc);
			break;
		}
		j->facts = l->n;
		ent_fact_list_free(l);
		ent_doc_free(doc);
	}
	if (round == 20)
		j->rc = 0;
	ent_extractor_free(x);
	return NULL;
}

TEST(extract_wordlists__threads_agree)
{
	pthread_t tid[4];
	struct job jobs[4];
	ent_fact_list *one = run(thread_text, NULL);
	size_t k;
	CHECK(one != NULL);
	CHECK(one->n >= 3);
	for (k = 0; k < 4; k++) {
		memset(&jobs[k], 0, sizeof jobs[k]);
		CHECK(pthread_create(&tid[k], NULL, extract_in_thread, &jobs[k]) == 0);
	}
	for (k = 0; k < 4; k++) {
		pthread_join(tid[k], NULL);
		CHECK(jobs[k].rc == 0);
		CHECK(jobs[k].facts == one->n);
	}
	ent_fact_list_free(one);
}
