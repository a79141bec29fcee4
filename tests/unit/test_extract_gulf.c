/*
 * test_extract_gulf.c - stance rules of the Gulf-diplomacy round, on
 * sentences written for these tests (none quotes an article): "stood
 * firmly by Y", and sentences that must give no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_gulf__stood_adverb_by)
{
	CHECK(stance_only("Brazil has stood firmly by Cuba since the crisis began.", "BRA", "CUB",
			  SUP));
	CHECK(stance_only("Kenya stands squarely with Uganda in the dispute.", "KEN", "UGA", SUP));
	/* negated: no stance */
	CHECK(stance_none("Brazil has not stood firmly by Cuba."));
}

TEST(extract_gulf__welcomed_between)
{
	const char *t1 = "Argentina welcomed the normalization of relations between Peru and "
			 "Bolivia.";
	const char *t2 = "Chile and Brazil hailed the rapprochement between Peru and Bolivia.";
	CHECK(stance_has(t1, "ARG", "PER", SUP));
	CHECK(stance_has(t1, "ARG", "BOL", SUP));
	CHECK(stance_count(t1) == 2);
	CHECK(stance_has(t2, "CHL", "PER", SUP));
	CHECK(stance_has(t2, "BRA", "BOL", SUP));
	CHECK(stance_count(t2) == 4);
	/* one party named, or negated: no stance */
	CHECK(stance_none("Argentina welcomed the restoration of ties between the two states."));
	CHECK(stance_none("Argentina did not welcome the rapprochement between Peru and Bolivia."));
}

TEST(extract_gulf__congratulated_pair)
{
	const char *t1 = "Chile congratulated Peru and Bolivia on the new border treaty.";
	CHECK(stance_has(t1, "CHL", "PER", SUP));
	CHECK(stance_has(t1, "CHL", "BOL", SUP));
	CHECK(stance_count(t1) == 2);
	CHECK(stance_only("Chile congratulated Peru on its election.", "CHL", "PER", SUP));
}

TEST(extract_gulf__blockade_on)
{
	const char *t1 = "Chile and Peru imposed an air, sea and land blockade on Bolivia.";
	CHECK(stance_has(t1, "CHL", "BOL", OPP));
	CHECK(stance_has(t1, "PER", "BOL", OPP));
	CHECK(stance_only("Chile imposed a naval blockade on Bolivia last month.", "CHL", "BOL",
			  OPP));
	/* lifted or not imposed: no stance */
	CHECK(stance_none("Chile lifted the naval blockade on Bolivia."));
	CHECK(stance_none("Chile has not imposed a blockade on Bolivia."));
}

/* A boycott imposed on Y is read as a blockade is. */
TEST(extract_gulf__boycott_on)
{
	const char *t1 = "Since 2019, Chile, Peru and Ecuador have imposed a boycott on Bolivia, "
			 "accusing it of backing smugglers.";
	CHECK(stance_has(t1, "CHL", "BOL", OPP));
	CHECK(stance_has(t1, "PER", "BOL", OPP));
	CHECK(stance_has(t1, "ECU", "BOL", OPP));
	CHECK(stance_none("Chile has not imposed a boycott on Bolivia."));
}

/* "X supported (joined) a four-nation boycott of Y": backing a boycott
 * opposes its target; refusing to join it does not (stop 36). */
TEST(extract_gulf__a_boycott_backed)
{
	CHECK(stance_only("Chile supported a four-nation boycott of Bolivia.", "CHL", "BOL", OPP));
	CHECK(stance_only("Peru joined the boycott of Bolivia in 2019.", "PER", "BOL", OPP));
	CHECK(stance_none("Peru refused to join the boycott of Bolivia."));
}

/* "X is embroiled in a diplomatic row with (traditional allies) A, B and
 * C": X opposes each; a row that ended is none (stop 36). */
TEST(extract_gulf__a_diplomatic_row_with)
{
	const char *t = "Chile is embroiled in a major diplomatic row with traditional allies "
			"Peru, Ecuador and Bolivia over a border treaty.";
	CHECK(stance_has(t, "CHL", "PER", OPP));
	CHECK(stance_has(t, "CHL", "ECU", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	CHECK(stance_only("Chile spoke up following a diplomatic row with Peru.", "CHL", "PER",
			  OPP));
	CHECK(stance_none("The diplomatic row with Peru ended in 2022, Chile said."));
}

/* "US sanctions against Y": the state that owns the sanctions opposes Y. */
TEST(extract_gulf__sanctions_a_state_owns)
{
	CHECK(stance_only("An envoy said US sanctions against Cuba would remain in place.", "USA",
			  "CUB", OPP));
	CHECK(stance_only("Canberra's sanctions on Fiji were extended.", "AUS", "FJI", OPP));
	CHECK(stance_none("Peru is not bound by US sanctions on Cuba."));
}

/* "the Yn-led bloc (coalition)" is Y, as "the US-led coalition" is. */
TEST(extract_gulf__a_bloc_a_demonym_leads)
{
	CHECK(stance_only("Bolivia has accused the Chilean-led bloc of plotting unrest in La Paz.",
			  "BOL", "CHL", OPP));
	CHECK(stance_only("Bolivia condemned the Chilean-led coalition.", "BOL", "CHL", OPP));
}

TEST(extract_gulf__blockade_after_other_verb)
{
	const char *t1 = "Kenya has backed Uganda since Chile and Peru cut ties and imposed a "
			 "blockade on Uganda.";
	CHECK(stance_has(t1, "CHL", "UGA", OPP));
	CHECK(stance_has(t1, "PER", "UGA", OPP));
	CHECK(!stance_has(t1, "KEN", "UGA", OPP));
}

TEST(extract_gulf__welcomed_pact_main_pair)
{
	const char *t1 = "Peru and Bolivia agreed on Monday to restore ties. Peru and Bolivia will "
			 "reopen embassies. Chile and Brazil welcomed the agreement.";
	const char *t2 = "Peru and Bolivia agreed on Monday to restore ties. Peru and Bolivia will "
			 "reopen embassies. Chile welcomed the deal with Kenya.";
	CHECK(stance_has(t1, "CHL", "PER", SUP));
	CHECK(stance_has(t1, "CHL", "BOL", SUP));
	CHECK(stance_has(t1, "BRA", "PER", SUP));
	CHECK(stance_has(t1, "BRA", "BOL", SUP));
	/* the noun names its own party: not the main pair */
	CHECK(!stance_has(t2, "CHL", "PER", SUP));
	/* no main pair: no stance */
	CHECK(stance_none("Chile welcomed the agreement."));
}

TEST(extract_gulf__praised_role_efforts)
{
	CHECK(stance_only("Chile hailed Peru's role in the talks.", "CHL", "PER", SUP));
	CHECK(stance_only("Chile hailed the Peruvian leader's efforts in the fight against crime.",
			  "CHL", "PER", SUP));
	CHECK(stance_only("Chile praised Peru's mediation.", "CHL", "PER", SUP));
	CHECK(stance_none("Chile did not praise Peru's role in the talks."));
}

/* "welcomed the landmark mutual defence deal struck between A and B":
 * support for both (stop 64). */
TEST(extract_gulf__welcomed_a_pact_between_two)
{
	CHECK(stance_has("Iranian President Pezeshkian on Wednesday welcomed the landmark "
			 "mutual defence deal struck between Oman and Qatar.",
			 "IRN", "OMN", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Iran praised the defence pact between Oman and Qatar.", "IRN", "QAT",
			 ENT_POLARITY_SUPPORT));
	/* a pact welcomed with no pair named after it: none of this */
	CHECK(stance_none("Iran welcomed the deal struck last week."));
}
