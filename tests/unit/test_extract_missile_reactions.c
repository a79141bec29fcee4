/*
 * test_extract_missile_reactions.c - reactions to missile tests and arms sales, on
 * sentences written for these tests (none quotes an article): a state that
 * calls for (urges, demands) tougher (punishment) measures against another
 * opposes it (stance.measures_called_for); measures asked to be lifted, or
 * with no state as their aim, give no stance; "Y missile test angers Z":
 * the state that names the deed as its modifier owns it (stance.concern_in);
 * "order" as a command ("ordered its troops to", "orders missile drills")
 * buys nothing (deal.order_command); one sum for two buyers is the value
 * of neither deal (deal.shared_sum); "a missile warning system" and
 * "X-backed rebels in Y" state no stance (modifier_not_verb).
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

/* The number of deals and supply ties extracted from text. */
static size_t ndeals_of(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t n = l ? ndeals(l) : 99;
	ent_fact_list_free(l);
	return n;
}

TEST(extract_missile_reactions__measures_called_for)
{
	CHECK(stance_only("Peru called for tougher measures against Chile after the launch.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("Kenya urged stricter punishment measures against Uganda.", "KEN", "UGA",
			  OPP));
	CHECK(stance_only("The Ghanaian president called for firm punitive action against Togo.",
			  "GHA", "TGO", OPP));
	/* lifted, or no state as the aim: no stance */
	CHECK(stance_none("Peru called for lifting measures against Chile."));
	CHECK(stance_none("Peru called for tougher measures against smuggling."));
	CHECK(stance_none("Peru did not call for tougher measures against Chile."));
}

TEST(extract_missile_reactions__modifier_owner_alarms)
{
	/* a state that opens the clause as the modifier of the deed owns it */
	CHECK(stance_only("Chile missile test angers Peru", "PER", "CHL", OPP));
	CHECK(stance_has("Chile naval drills alarmed Peru and Bolivia.", "BOL", "CHL", OPP));
	/* no deed between the state and the verb, or a passive: no stance */
	CHECK(stance_none("Peru is alarmed by the floods."));
	CHECK(stance_none("Chile said the floods alarmed Peru."));
}

TEST(extract_missile_reactions__order_as_command)
{
	/* "order" as a command to forces, or of a drill: no purchase */
	CHECK(ndeals_of("The Peruvian president orders live-fire missile drills while Chile "
			"watches.") == 0);
	CHECK(ndeals_of("Chile's president ordered his military to conduct a missile drill near "
			"Peru.") == 0);
	/* goods ordered from a state: a deal */
	CHECK(ndeals_of("Chile ordered 12 Exocet missiles from France.") == 1);
}

/* The USD value of the deal toward recipient r (-1: no such deal, 0: none). */
static double usd_to(const char *text, const char *r)
{
	ent_fact_list *l = run(text, NULL);
	double v = -1;
	size_t i;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && !strcmp(l->v[i].recipient.s, r))
			v = l->v[i].value.has_usd ? l->v[i].value.usd : 0;
	ent_fact_list_free(l);
	return v;
}

TEST(extract_missile_reactions__shared_sum)
{
	/* one sum for two buyers is the value of neither */
	CHECK(usd_to("France approved $4 billion combined in arms sales to Peru and Chile.",
		     "PER") == 0);
	CHECK(usd_to("France approved sales to Peru and Chile of Exocet missiles worth $4 "
		     "billion.",
		     "PER") == 0);
	/* one buyer: its value */
	CHECK(usd_to("France approved the sale of Exocet missiles to Peru worth $4 billion.",
		     "PER") == 4e9);
}

/* A sum of aid "from" a third state is no value of the deal (stop 59). */
TEST(extract_missile_reactions__a_third_states_aid)
{
	CHECK(usd_to("The Su-35 deal highlights closer ties between Russia and Peru even as the "
		     "latter reaps $1 billion in security assistance from Washington each year.",
		     "PER") == 0);
	/* aid from the seller, or no aid: the deal's */
	CHECK(usd_to("Peru bought jets from the US for $1 billion in military aid from the "
		     "United States.",
		     "PER") == 1e9);
	CHECK(usd_to("Peru bought jets from Russia for $1 billion in cash.", "PER") == 1e9);
}

TEST(extract_missile_reactions__modifier_not_verb)
{
	/* "warning" naming a device, "X-backed" naming a group: no stance */
	CHECK(stance_none("Chile bought a missile warning system from Peru."));
	CHECK(stance_none("Kenya ordered early warning radars from Uganda."));
	CHECK(stance_none("Chilean-backed rebels in Peru seized the port."));
	CHECK(stance_none("The threat of the Peru-backed Rangers in Bolivia grows."));
	/* a warning to a state, a state backed: stances */
	CHECK(stance_only("Peru issued a warning to Chile over the drills.", "PER", "CHL", OPP));
}
