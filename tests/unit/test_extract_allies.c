/*
 * test_extract_allies.c - stance rules on sentences written for these tests
 * (none quotes an article): "X called (considers, regards) Y its closest
 * ally / an enemy", "Xn / X's recognition of Y's sovereignty", and a seat
 * of government that stands for its state ("the Ministry of External
 * Affairs"), with sentences that must give no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_allies__called_an_ally_or_an_enemy)
{
	CHECK(stance_only("Chile considers Peru its closest ally.", "CHL", "PER", SUP));
	CHECK(stance_only("Kenya called Ghana a reliable partner on Monday.", "KEN", "GHA", SUP));
	CHECK(stance_only("Norwegian Prime Minister Ola Berg called Sweden his country's \"strongest "
			  "ally\" in the region.",
			  "NOR", "SWE", SUP));
	CHECK(stance_only("Peru regards Chile as a dangerous adversary.", "PER", "CHL", OPP));
	CHECK(stance_only("Peru called Chile an enemy.", "PER", "CHL", OPP));
	/* passive, no such noun, or another verb: no stance */
	CHECK(stance_none("Ghana was called a close partner by Kenya."));
	CHECK(stance_none("Kenya called Ghana and asked for talks."));
	CHECK(stance_none("Kenya did not call Ghana an ally."));
}

TEST(extract_allies__recognition_as_a_noun)
{
	CHECK(stance_only("The talks followed Chile's recognition of Peru's sovereignty over the "
			  "islands.",
			  "CHL", "PER", SUP));
	CHECK(stance_only("The Norwegian recognition of the independence of Moldova came in May.",
			  "NOR", "MDA", SUP));
	/* a refusal, or no state recognised: no stance */
	CHECK(stance_none("Chile's non-recognition of Peru's sovereignty over the islands "
			  "continues."));
	CHECK(stance_none("Chile's recognition of the problem came late."));
}

/* The verb: "was (has been) recognizing Yn claims (sovereignty) to Z"
 * backs Y; "recognizing Y as part of Z" backs nobody (stop 38) */
TEST(extract_allies__recognising_claims)
{
	CHECK(stance_only("Chile said it was recognizing Peruvian claims to the islands.", "CHL",
			  "PER", SUP));
	CHECK(stance_only("Chile has been recognizing Peruvian sovereignty over the islands.",
			  "CHL", "PER", SUP));
	/* the recognition backs no one; adhering to the one-China policy
	 * backs China (stop 55: one_china) */
	CHECK(stance_only("Kenya adheres to the One-China policy, recognizing Taiwan as part of "
			  "China.",
			  "KEN", "CHN", SUP));
	CHECK(stance_none("Chile was recognized by Peru."));
}

TEST(extract_allies__seat_of_government)
{
	/* "Ministry of External Affairs" is data/states.tsv's name for India's
	 * foreign ministry */
	CHECK(stance_only("The Ministry of External Affairs condemned Nepal for the raid.", "IND",
			  "NPL", OPP));
}
