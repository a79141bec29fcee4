/*
 * test_extract_stance_threats.c - opposition told as a threat to sanction
 * ("X will sanction Y if ...") or as a negative view of a state's decision
 * ("X takes an 'extremely negative' view of Y's decision").  Every
 * sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_stance_threats__a_threat_to_sanction)
{
	CHECK(stance_has("Washington will sanction Lima if it buys the jets.", "USA", "PER",
			 ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Chile threatened to sanction Peru over the purchase.", "CHL", "PER",
			 ENT_POLARITY_OPPOSE));
	/* denied, or the noun: no stance */
	CHECK(stance_none("Chile will not sanction Peru."));
	CHECK(stance_none("The sanction will hit Peru."));
}

TEST(extract_stance_threats__a_negative_view_of_a_states_decision)
{
	CHECK(stance_has("Chile takes an \"extremely negative\" view of Peru's decision to supply "
			 "Bolivia with more military hardware.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Chile took a dim view of Peruvian plans.", "CHL", "PER",
			 ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Chile takes a positive view of Peru's decision."));
	CHECK(stance_none("Chile takes a negative view of the weather."));
}

TEST(extract_stance_threats__a_passive_with_an_adverb_before_by)
{
	CHECK(stance_has("The deal was completed despite Peru being criticised recently by "
			 "Chilean President Gabriel Boric for supporting the rebels.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(!stance_has("The deal was completed despite Peru being criticised recently by "
			  "Chilean President Gabriel Boric for supporting the rebels.",
			  "PER", "CHL", ENT_POLARITY_OPPOSE));
}

TEST(extract_stance_threats__not_tolerating_an_attempt_by_a_state)
{
	CHECK(stance_has("Peru has rejected a warning that the Chilean navy would not tolerate "
			 "an attempt by Lima to close the strait.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Chile will tolerate an attempt by Peru to close the strait."));
}

TEST(extract_stance_threats__two_leaders_support_each_other)
{
	CHECK(stance_has("Chilean President Gabriel Boric and Peruvian President Dina Boluarte "
			 "pledged support for each other amid rising tensions.",
			 "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Chilean President Gabriel Boric and Peruvian President Dina Boluarte "
			 "pledged support for each other amid rising tensions.",
			 "PER", "CHL", ENT_POLARITY_SUPPORT));
	/* one of them after "with": no pair of subjects */
	CHECK(stance_none("Chilean President Gabriel Boric met with Peruvian President Dina "
			  "Boluarte and the ministers pledged support for each other."));
}

/* "A President X and B President Y condemned Z": each leader's state
 * takes the stance; a leader after "met" or "said" does alone. */
TEST(extract_stance_threats__two_titled_leaders_condemn_a_third)
{
	CHECK(stance_has("Chilean President Gabriel Boric and Peruvian President Dina Boluarte "
			 "on Thursday condemned Bolivia's dispatch of troops to the border.",
			 "CHL", "BOL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Chilean President Gabriel Boric and Peruvian President Dina Boluarte "
			 "on Thursday condemned Bolivia's dispatch of troops to the border.",
			 "PER", "BOL", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chilean President Gabriel Boric said Peruvian President Dina Boluarte "
			  "condemned Bolivia's dispatch of troops to the border.",
			  "PER", "BOL", ENT_POLARITY_OPPOSE));
}

TEST(extract_stance_threats__not_happy_with_a_states_decision)
{
	CHECK(stance_only("Chile is not happy with the decision of Peru.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile is absolutely not happy with Peru's decision.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile is happy with Peru's decision.", "CHL", "PER",
			  ENT_POLARITY_SUPPORT));
	/* no unease denied makes support */
	CHECK(stance_none("Chile is not unhappy with Peru's decision."));
}

TEST(extract_stance_threats__costs_for_a_state)
{
	CHECK(stance_only("Chile's foreign minister said there would be \"real costs\" for Peru "
			  "if the country makes such a decision.",
			  "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile warned of consequences for Peru.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_none("The costs for Peru rose."));
	CHECK(stance_none("Chile said there would be no consequences for Peru."));
}

/* "A and B are traveling 'further down the wrong and dangerous path,' Z's
 * foreign ministry said": the speaker opposes the states on the path. */
TEST(extract_stance_threats__states_on_a_wrong_path)
{
	CHECK(stance_has("Chile and Argentina are traveling \"further down the wrong and dangerous "
			 "path for their own interest,\" Peru's Foreign Ministry said Tuesday.",
			 "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Chile and Argentina are traveling \"further down the wrong and dangerous "
			 "path for their own interest,\" Peru's Foreign Ministry said Tuesday.",
			 "PER", "ARG", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Peru said Chile is going down a dangerous road.", "PER", "CHL",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Peru said Chile is not on a dangerous path."));
	CHECK(stance_none("The path to peace with Chile is long, Peru said."));
	/* a list after "by", taken up again by "the three countries" (stop
	 * 39) */
	CHECK(stance_has("The statement issued by Chile, Bolivia and Argentina shows that the "
			 "three countries have gone down the wrong path, Peru said.",
			 "PER", "ARG", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("The statement issued by Chile, Bolivia and Argentina shows that the "
			 "three countries have gone down the wrong path, Peru said.",
			 "PER", "BOL", ENT_POLARITY_OPPOSE));
}

/* more verbs of rebuke: "chastised", "admonished", "reprimanded",
 * "scolded" */
TEST(extract_stance_threats__verbs_of_rebuke)
{
	CHECK(stance_has("The Chilean foreign minister also chastised Lima and La Paz.", "CHL",
			 "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("The Chilean foreign minister also chastised Lima and La Paz.", "CHL",
			 "BOL", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile reprimanded Peru over the border incident.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile admonished Peru over the border incident.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_none("The teacher scolded the students in Lima."));
}

/* "Russia objects to the planned delivery of F-16 jets to Ukraine" opposes
 * the jets' maker, unless the document names the sellers of that
 * delivery: then each of them. */
TEST(extract_stance_threats__the_sellers_told_replace_the_maker)
{
	static const char *const text =
		"Chile objects to the planned delivery of F-16 fighter jets to Bolivia. The "
		"Netherlands and Denmark will supply F-16 fighter jets to Bolivia.";
	CHECK(stance_has(text, "CHL", "NLD", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(text, "CHL", "DNK", ENT_POLARITY_OPPOSE));
	CHECK(!stance_has(text, "CHL", "USA", ENT_POLARITY_OPPOSE));
	CHECK_INT(stance_count(text), 2);
	/* no sellers told: the maker */
	CHECK(stance_only("Chile opposes the sale of F-35 jets to Bolivia.", "CHL", "USA",
			  ENT_POLARITY_OPPOSE));
}

/* "Turkey has been Azerbaijan's closest supporter", "X is Y's main
 * backer": the subject of "be" backs the possessor. */
TEST(extract_stance_threats__a_states_closest_supporter)
{
	CHECK(stance_only("Peru has been Chile's closest supporter during the long dispute.", "PER",
			  "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Peru is Chile's main backer.", "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Peru is not Chile's main backer."));
}

/* "The Kremlin said it would respond to a decision by France to supply Kyiv
 * with missiles", "vowed to respond to Poland's decision": a response
 * promised to another's decision opposes that state. */
TEST(extract_stance_threats__a_response_vowed_to_a_decision)
{
	CHECK(stance_has("Chile said Tuesday it would respond to a decision by Peru to supply "
			 "Bolivia with long-range missiles.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile vowed to respond to Peru's decision to host the drills.", "CHL",
			  "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Chile will not respond to the decision by Peru."));
	CHECK(stance_none("Chile responded to questions about Peru."));
}
