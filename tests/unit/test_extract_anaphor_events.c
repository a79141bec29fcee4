/*
 * test_extract_anaphor_events.c - stances in sentences that speak of an
 * event told before, on sentences written for these tests (none quotes an
 * article): a doubt about what comes ("it remains to be seen") does not
 * hide the stance of the sentence, and a refusal told as a noun ("its
 * refusal to recognise Y") is opposition as the verb is; "welcomed
 * (saluted) the deal / the move" stands for the pact of two states told in
 * the two sentences before (or the headline), and two pacts told there,
 * or none, give no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT

static int has(const char *text, const char *a, const char *t, ent_polarity p)
{
	ent_fact_list *l = run(text, NULL);
	int r = l && has_stance(l, a, t, p);
	if (!r)
		fprintf(stderr, "    no %s -> %s in: %s\n", a, t, text);
	ent_fact_list_free(l);
	return r;
}

static int nstances(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t n = l ? count(l, ENT_FACT_STANCE) : 0;
	ent_fact_list_free(l);
	return (int)n;
}

TEST(extract_anaphor_events__remains_to_be_seen)
{
	/* a doubt about what comes is no interpretation of the act */
	CHECK(has("Peru condemned Chile's raid, but said it remains to be seen whether the "
		  "talks resume.",
		  "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(has("Kenya welcomed Uganda's offer, though it is yet to be seen how it works.",
		  "KEN", "UGA", SUP));
	/* "seen as": a reading of the act, no stance */
	CHECK(nstances("Peru's support for Chile is seen as a shift.") == 0);
	/* "perceived" as an adjective after a possessive is no reading of
	 * the act (stop 57) */
	CHECK(has("Peru's president initially objected to Chile's bid over Santiago's perceived "
		  "acceptance of armed groups that Lima views as terrorist organizations.",
		  "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(nstances("Peru's move is perceived as support for Chile.") == 0);
}

TEST(extract_anaphor_events__refusal_to_recognise)
{
	/* the nominal refusal: its owner opposes the state not recognised */
	CHECK(has("Peru leaned on Brazil in its long refusal to recognise Chile's independence.",
		  "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(has("Kenya's refusal to recognize Uganda as a state dominated the summit.", "KEN",
		  "UGA", ENT_POLARITY_OPPOSE));
	/* no owner of the refusal: no stance */
	CHECK(nstances("A refusal to recognise Chile would be costly.") == 0);
}

TEST(extract_anaphor_events__saluted)
{
	/* "salute" is a word of welcome */
	CHECK(has("Ghana saluted the normalization of relations between Peru and Chile.", "GHA",
		  "PER", SUP));
	CHECK(has("Ghana saluted the normalization of relations between Peru and Chile.", "GHA",
		  "CHL", SUP));
	CHECK(has("Kenya saluted Uganda's decision to open the border.", "KEN", "UGA", SUP));
	/* a soldier's salute is no stance */
	CHECK(nstances("The Peruvian guards saluted the flag.") == 0);
}

TEST(extract_anaphor_events__pact_before)
{
	const char *t1 = "Peru and Chile agreed on Tuesday to reopen their embassies after "
			 "talks in Quito.\n\nArgentina welcomed the agreement, but asked for "
			 "patience.\n";
	const char *t2 = "Kenya and Uganda signed a border accord in Nairobi.\n\nGhana "
			 "praised the move.\n";
	const char *t3 = "Ghana and Togo's decision to end their feud surprised many.\n\n"
			 "Nigeria welcomed the deal.\n";
	CHECK(has(t1, "ARG", "PER", SUP));
	CHECK(has(t1, "ARG", "CHL", SUP));
	CHECK(has(t2, "GHA", "KEN", SUP));
	CHECK(has(t2, "GHA", "UGA", SUP));
	CHECK(has(t3, "NGA", "GHA", SUP));
	CHECK(has(t3, "NGA", "TGO", SUP));
}

TEST(extract_anaphor_events__pact_none)
{
	/* two pacts told before: which one is welcomed is not known */
	CHECK(nstances("Peru and Chile signed a fishing accord.\n\nKenya and Uganda signed a "
		       "border accord.\n\nGhana welcomed the agreement.\n") == 0);
	/* the pact is told too far back */
	CHECK(nstances("Talks end in Lima\n\nPeru and Chile signed a fishing accord.\n\nThe "
		       "talks took a week.\n\n"
		       "Rain fell on the capital.\n\nThe ministers left early.\n\nGhana "
		       "welcomed the agreement.\n") == 0);
	/* the speaker is one of the parties */
	CHECK(nstances("Peru and Chile signed a fishing accord.\n\nPeru welcomed the "
		       "agreement.\n") == 0);
}
