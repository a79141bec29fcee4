/*
 * test_extract_blame_frame.c - opposition stated without a verb of
 * opposition, on sentences written for these tests (none quotes an
 * article): a state's speech or blame whose complement makes another
 * state the agent of a wrong ("said Y broke its commitments", "said that a
 * proposed Yn sale of jets to Z would violate an embargo"), and
 * sentences that must give no stance (denied, negated).
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_blame_frame__said_broke)
{
	CHECK(stance_only("Peru said that Chile broke its commitments.", "PER", "CHL", OPP));
	CHECK(stance_only("Kenya argued Uganda had breached the ceasefire.", "KEN", "UGA", OPP));
	CHECK(stance_only("Ghana issued a note, saying that Togo and the OAS violated the accord.",
			  "GHA", "TGO", OPP));
	/* denied, negated or no undertaking broken: no stance */
	CHECK(stance_none("Peru denied that Chile broke its commitments."));
	CHECK(stance_none("Peru said Chile never violated the treaty."));
	CHECK(stance_none("Peru did not say that Chile broke its promises."));
	CHECK(stance_none("Peru said Chile broke the record."));
}

TEST(extract_blame_frame__said_a_sale_would_violate)
{
	static const char *const forms[] = {
		"The US administration said on Thursday that a proposed Russian sale of fighter jets "
		"to Iran would violate a UN arms embargo on Tehran.",
		"The US said that Russia's sale of fighter jets to Iran would breach UN resolutions.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++)
		CHECK(stance_only(forms[i], "USA", "RUS", OPP));
	/* no undertaking broken, or none at all */
	CHECK(stance_none("The US said that a Russian sale of fighter jets to Iran would "
			  "strengthen the embargo."));
	CHECK(stance_none("Iran said that a Russian sale of jets would violate no law."));
}

TEST(extract_blame_frame__blame_act)
{
	CHECK(stance_only("Kenya blamed Uganda's provocative actions for the tension.", "KEN",
			  "UGA", OPP));
	CHECK(stance_only("Kenya urged calm, while blaming the raids and provocative actions of the "
			  "OAS and mainly Uganda for the crisis.",
			  "KEN", "UGA", OPP));
	CHECK(stance_only("Peru blamed the aggression by Chile for the deaths.", "PER", "CHL", OPP));
	CHECK(stance_only("Peru blamed Chilean meddling for the unrest.", "PER", "CHL", OPP));
	/* a place, not an agent; negated: no stance */
	CHECK(stance_none("Kenya blamed the actions of troops in Uganda for the deaths."));
	CHECK(stance_none("Kenya did not blame Uganda's actions for the crisis."));
}

TEST(extract_blame_frame__provoked_threats)
{
	CHECK(stance_only("Bolivia's purchase prompted threats of sanctions from Peru.", "PER",
			  "BOL", OPP));
	CHECK(stance_only("Bolivia's arms buying has raised concerns, and even provoked threats of "
			  "sanctions by Peru.",
			  "PER", "BOL", OPP));
	CHECK(stance_only("Bolivia's purchase provoked condemnation from Peru.", "PER", "BOL", OPP));
	/* negated: no stance */
	CHECK(stance_none("Bolivia's purchase has not provoked threats of sanctions from Peru."));
}

TEST(extract_blame_frame__what_called)
{
	CHECK(stance_only("Peru condemned what it called Chilean aggression.", "PER", "CHL", OPP));
	CHECK(stance_only("The council will meet to discuss what Lima characterizes as \"ongoing "
			  "Chilean aggression.\"",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kenya raised what it termed Uganda's incursions.", "KEN", "UGA",
			  OPP));
	/* a quoted label of several words before the hostile act */
	CHECK(stance_only("Kenya condemned what it termed the Republic of Uganda's \"reckless and "
			  "indiscriminate border incursions\" on Monday.",
			  "KEN", "UGA", OPP));
	/* no hostile act named: no stance */
	CHECK(stance_none("Peru praised what it called Chilean cooperation."));
	CHECK(stance_none("Kenya welcomed what it termed Uganda's \"long and fruitful border "
			  "talks\" on Monday."));
}

TEST(extract_blame_frame__move_called)
{
	CHECK(stance_only("Tensions rose after Chile sent a survey ship to Peruvian waters, in a move "
			  "Lima called illegal.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Chile sent a ship to the area, in a move that Peru called a provocation.",
			  "PER", "CHL", OPP));
	/* no hostile judgement, or negated: no stance */
	CHECK(stance_none("Chile sent a ship to the area, in a move Peru called sensible."));
	CHECK(stance_none("Chile sent a ship to the area, in a move Peru did not call illegal."));
}

/* "blamed its arch-rival X of (for) shelling": the state after "its" and
 * words that describe it is blamed; one's own forces are no state. */
TEST(extract_blame_frame__blamed_its_described_rival)
{
	CHECK(stance_has("Peru blamed its arch-rival Chile of shelling a desert highway with "
			 "drones.",
			 "PER", "CHL", OPP));
	CHECK(stance_has("Peru blamed its old rival Chile for the attack.", "PER", "CHL", OPP));
	CHECK(stance_none("Peru blamed its own forces for the attack."));
}
