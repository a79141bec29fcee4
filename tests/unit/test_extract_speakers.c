/*
 * test_extract_speakers.c - stance rules for statements by leaders,
 * ministers and spokespeople (eleventh round), on sentences written for
 * these tests (none quotes an article): a welcome of "a decision by Y",
 * praise of Y's plan, "he/she" after an unnamed titled office ("the Fooish
 * foreign minister said he ..."), "it is regrettable that Y ...", "X is
 * appalled by the Yn attack" and "X would be steadfast in its support for
 * Y".
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_speakers__welcomed_decision_by)
{
	CHECK(stance_only("Peru welcomed a decision by Chile to reopen the border.", "PER", "CHL",
			  SUP));
	CHECK(stance_only("Kenya hailed the move by Uganda on Monday.", "KEN", "UGA", SUP));
	CHECK(stance_only("Ghana praised the new step by Togo.", "GHA", "TGO", SUP));
	/* praise of a state's plan */
	CHECK(stance_only("Peru praised Chile's plan to cut tariffs.", "PER", "CHL", SUP));
	CHECK(stance_has("Peru and Bolivia praise Chile's plan to cut tariffs.", "BOL", "CHL", SUP));
	/* no state behind the decision, or refused: no stance */
	CHECK(stance_none("Peru welcomed the decision by the court."));
	CHECK(stance_none("Peru did not welcome a decision by Chile."));
	CHECK(stance_none("Peru praised Chile's weather."));
}

TEST(extract_speakers__unnamed_office_pronoun)
{
	CHECK(stance_only("The Peruvian foreign minister said he condemned Chile.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("The Kenyan president said on Monday that she welcomed a decision by "
			  "Uganda.",
			  "KEN", "UGA", SUP));
	CHECK(stance_only("Ghanaian Defence Minister on Friday said he backed Togo.", "GHA", "TGO",
			  SUP));
	/* a counterpart is the one spoken to, not the speaker */
	CHECK(stance_none("The envoy met his Peruvian counterpart and said he condemned Chile."));
	/* ... but a person named after the counterpart's apposition speaks */
	CHECK(stance_only("In a meeting in Ankara with his Ukrainian counterpart, Volodymyr "
			  "Zelensky, Erdogan said he backed Georgia's territorial integrity.",
			  "TUR", "GEO", SUP));
}

TEST(extract_speakers__regrettable_that)
{
	CHECK(stance_only("Peru said it is deeply regrettable that Chile closed the border.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("\"It is regrettable that the Chilean authorities shut the port,\" "
			  "Peruvian Foreign Minister Ana Ruiz said.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kenya said it was deplorable that Uganda expelled the envoy.", "KEN",
			  "UGA", OPP));
	/* no state after "that" */
	CHECK(stance_none("Peru said it is regrettable that the talks failed."));
}

TEST(extract_speakers__appalled_by)
{
	CHECK(stance_only("The Peruvian president is appalled by the Chilean attack on Bolivia.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kenya was outraged at Uganda's raid on the border.", "KEN", "UGA", OPP));
	CHECK(stance_only("Ghana is \"appalled\" by Togo's invasion.", "GHA", "TGO", OPP));
	/* no hostile act of the state, or negated: no stance */
	CHECK(stance_none("Peru was appalled by Chile's weather."));
	CHECK(stance_none("Peru was not appalled by the Chilean attack."));
}

TEST(extract_speakers__steadfast_in_its_support)
{
	CHECK(stance_only("Peru would be steadfast in its full support of Chile's sovereignty.",
			  "PER", "CHL", SUP));
	CHECK(stance_only("Kenya said it was firm in its support for Uganda.", "KEN", "UGA", SUP));
	CHECK(stance_none("Peru is steadfast in its support for the plan."));
}

TEST(extract_speakers__welcomed_by_passive)
{
	CHECK(stance_only("Chile's decision was welcomed by Peru.", "PER", "CHL", SUP));
	CHECK(stance_only("The Chilean move was welcomed by the Peruvian president.", "PER", "CHL",
			  SUP));
	CHECK(stance_has("Uganda's plan was hailed by Kenya and Ghana.", "KEN", "UGA", SUP));
	CHECK(stance_has("Uganda's plan was hailed by Kenya and Ghana.", "GHA", "UGA", SUP));
	/* no owner of the deed, or a people rather than its state: no stance */
	CHECK(stance_none("The decision was welcomed by Peru."));
	CHECK(stance_none("Chile's plan was welcomed by the Peruvian people."));
}

TEST(extract_speakers__conjoined_clause_subject)
{
	/* "... and has lodged ...", "..., urging ...": the sentence's
	 * subject, not the state named last before the verb */
	CHECK(stance_has("Peru voiced anger at Bolivia and has lodged complaints with the Chilean "
			 "side.",
			 "PER", "CHL", OPP));
	/* the anger is Peru's too (stance.attitude, test_extract_stance_attitude.c) */
	CHECK(stance_has("Peru voiced anger at Bolivia and has lodged complaints with the Chilean "
			 "side.",
			 "PER", "BOL", OPP));
	CHECK_INT(stance_count("Peru voiced anger at Bolivia and has lodged complaints with the "
			       "Chilean side."),
		  2);
	CHECK(stance_only("Kenya met Ghana on Monday, urging Uganda to stop the raids.", "KEN",
			  "UGA", OPP));
	/* a headline's second verb in the present (stop 59) */
	CHECK(stance_has("Kenya warns Ghana's separatist efforts will fail, urges Uganda to halt "
			 "support",
			 "KEN", "UGA", OPP));
	CHECK(!stance_has("Kenya warns Ghana's separatist efforts will fail, urges Uganda to halt "
			  "support",
			  "GHA", "UGA", OPP));
}

TEST(extract_speakers__full_name_before_title)
{
	/* a headline names the person first, the lead gives the state's
	 * title: the same first and last name stand for that state */
	CHECK(stance_has("Minister Ana Ruiz is appalled by the Chilean attack on Bolivia.\n\n"
			 "Peruvian Foreign Minister Ana Ruiz spoke on Monday.",
			 "PER", "CHL", ENT_POLARITY_OPPOSE));
	/* another first name is another person */
	CHECK(stance_none("Minister Juan Ruiz is appalled by the Chilean attack on Bolivia.\n\n"
			  "Peruvian Foreign Minister Ana Ruiz spoke on Monday."));
}

TEST(extract_speakers__quote_then_pronoun)
{
	/* '"We condemn X," she said': the titled person named before */
	CHECK(stance_only("Peruvian Foreign Minister Ana Ruiz spoke on Monday.\n\n"
			  "\"We strongly condemn Chile's raids on the border,\" she said.",
			  "PER", "CHL", ENT_POLARITY_OPPOSE));
	/* no titled person before: no speaker */
	CHECK(stance_none("\"We strongly condemn Chile's raids on the border,\" she said."));
}

TEST(extract_speakers__called_the_act_aggression)
{
	CHECK(stance_only("Peru calls the raid Chilean aggression.", "PER", "CHL",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Kenya branded the strike Uganda's aggression.", "KEN", "UGA",
			  ENT_POLARITY_OPPOSE));
	/* no state's act named: no stance */
	CHECK(stance_none("Peru called the raid a tragedy."));
}

TEST(extract_speakers__passive_adverb_and_titled_critic)
{
	/* "was (warmly) welcomed by" */
	CHECK(stance_only("Chile's decision was warmly welcomed by Peru.", "PER", "CHL", SUP));
	/* "drew criticism from Y's foreign minister / the Yn foreign ministry" */
	CHECK(stance_only("The Chilean raids drew sharp criticism from Peru's foreign minister.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("The Chilean raids drew criticism from the Peruvian foreign ministry.",
			  "PER", "CHL", OPP));
	/* a people is no state's voice */
	CHECK(stance_none("The Chilean raids drew criticism from Peruvian farmers."));
}
