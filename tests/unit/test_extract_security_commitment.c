/*
 * test_extract_security_commitment.c - "X's commitment to (preserving) Y's
 * security / defence": X backs Y, as a commitment to Y's sovereignty does
 * (frames_stance.c security_of_state in stance_defend).
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_security_commitment__a_commitment_to_a_states_security_is_support)
{
	CHECK(stance_only("Norway restated its commitment to Estonia's security.", "NOR", "EST",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("The loan shows Japan's commitment to safeguarding Vietnam's security.",
			  "JPN", "VNM", ENT_POLARITY_SUPPORT));
}

TEST(extract_security_commitment__not_a_commitment_to_other_things_of_a_state)
{
	/* a state's economy is no security */
	CHECK(stance_none("Norway restated its commitment to Estonia's economy."));
	/* firms of a state's security are no state here */
	CHECK(stance_none("Norway restated its commitment to Estonian security firms."));
	/* negated */
	CHECK(stance_none("Norway has no commitment to Estonia's security."));
}

TEST(extract_security_commitment__a_commitment_to_a_demonyms_defence)
{
	/* "to a strong Yn defense capability", "to Yn security": Y's */
	CHECK(stance_only("The sale demonstrates the Norwegian commitment to a strong Estonian "
			  "defense capability.",
			  "NOR", "EST", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Norway restated its commitment to Estonian security.", "NOR", "EST",
			  ENT_POLARITY_SUPPORT));
}

/* "X said it would (will) defend Y (if attacked)": X backs Y (stop 58). */
TEST(extract_security_commitment__it_would_defend)
{
	CHECK(stance_only("Peru said it would defend Chile if attacked.", "PER", "CHL",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Peru said it will defend Chile.", "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Peru said it would not defend Chile."));
}
