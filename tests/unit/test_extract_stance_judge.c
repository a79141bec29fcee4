/*
 * test_extract_stance_judge.c - stance rules for gratitude and approval
 * ("X thanked Y for the package", "X expressed gratitude to Y for the
 * sale") and for opposition by blame or demand ("X blamed the reckless
 * actions of Y", "X urged Y to stop its ..."), on sentences written for
 * these tests (none quotes an article).
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance_judge__gratitude)
{
	CHECK(stance_only("Ghana thanked Togo for the new aid package.", "GHA", "TGO", SUP));
	CHECK(stance_only("Peru expressed its sincere gratitude to Chile for the sale of patrol boats.",
			  "PER", "CHL", SUP));
	CHECK(stance_only("Kenya is grateful to Uganda for the donation of field hospitals.", "KEN",
			  "UGA", SUP));
	CHECK(stance_only("Peru expressed “deep gratitude” to the Chilean government for the arms sale.",
			  "PER", "CHL", SUP));
	CHECK(stance_only("Peru is grateful for the Chilean aid to its coast guard.", "PER", "CHL",
			  SUP));
	/* "for its support" stays the thanked state backing the one who thanks */
	/* "for its support": the state thanked backs the one who thanks, and
	 * the one who thanks backs it */
	CHECK(stance_has("Ghana thanked Togo for its support.", "TGO", "GHA", SUP));
	CHECK(stance_has("Ghana thanked Togo for its support.", "GHA", "TGO", SUP));
	/* no act or aid after "for": no stance */
	CHECK(stance_none("Peru expressed gratitude to the Chilean people for their hospitality."));
	CHECK(stance_none("Ghana thanked Togo for hosting the meeting of ministers."));
	CHECK(stance_none("Ghana did not thank Togo for the aid package."));
	/* "appreciation" as "gratitude" (stop 54) */
	CHECK(stance_only("Ghana expressed its appreciation for Togo's assistance.", "GHA", "TGO",
			  SUP));
	CHECK(stance_none("Ghana expressed appreciation to the Togolese people for their "
			  "hospitality."));
}

TEST(extract_stance_judge__welcomed_act)
{
	CHECK(stance_only("Ghana welcomed Togo's new maritime legislation.", "GHA", "TGO", SUP));
	CHECK(stance_only("Peru praised Chile's leadership in the talks.", "PER", "CHL", SUP));
	CHECK(stance_only("Kenya welcomed the Ugandan policy on refugees.", "KEN", "UGA", SUP));
	/* a visitor is no act: no stance */
	CHECK(stance_none("Ghana welcomed the Togolese delegation."));
}

TEST(extract_stance_judge__warned_against_act)
{
	CHECK(stance_only("Peru warned against Chilean interference in its affairs.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("Kenya warns of Ugandan incursions into its waters.", "KEN", "UGA", OPP));
	CHECK(stance_only("Ghana condemned Togolese meddling in the vote.", "GHA", "TGO", OPP));
	/* no hostile act after the demonym: no stance */
	CHECK(stance_none("Peru warned against Chilean help."));
}
