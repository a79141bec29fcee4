/*
 * test_extract_stance_refer.c - stance rules for concern at another state's
 * act, on sentences written for these tests (none quotes an article): the
 * agent of a deployment named as a demonym with its forces ("the build-up
 * of Fooish troops", "the sending of Fooish troops"), and sentences that must give no stance.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance_refer__deployment_of_forces)
{
	CHECK(stance_only("Peru was alarmed by the build-up of Bolivian troops near the border.",
			  "PER", "BOL", OPP));
	CHECK(stance_only("Ghana voiced concern over the deployment of Togolese warships in the gulf.",
			  "GHA", "TGO", OPP));
	CHECK(stance_only("Kenya condemned the massing of Ugandan forces on the frontier.", "KEN",
			  "UGA", OPP));
	CHECK(stance_has("Kenya and Ghana condemned the sending of Ugandan troops to fight in the "
			 "war.",
			 "KEN", "UGA", OPP));
	CHECK(stance_has("Kenya and Ghana condemned the sending of Ugandan troops to fight in the "
			 "war.",
			 "GHA", "UGA", OPP));
	CHECK(stance_only("Kenya condemned the dispatch of Ugandan soldiers to the border.", "KEN",
			  "UGA", OPP));
	/* the one harassed, not a deployment: no agent */
	CHECK(stance_none("Peru voiced concern over the harassment of Bolivian troops."));
	/* withdrawing is no deployment */
	CHECK(stance_none("Ghana voiced concern over the withdrawal of Togolese troops."));
}

/* "The Kenyan ambassador to Uganda accused the country of ...": "the
 * country" after the verb is the latest other state named before it
 * (stop 36). */
TEST(extract_stance_refer__the_country_accused)
{
	CHECK(stance_has("The Kenyan ambassador to Uganda has accused the country of arming "
			 "rebels.",
			 "KEN", "UGA", OPP));
	/* no other state named before: no target */
	CHECK(stance_none("Kenya accused the country of arming rebels."));
}

/* "Lima views this decision as a deliberate move by Santiago to escalate
 * the conflict", "Peru called the decision a provocation by Chile": the
 * viewer opposes the one the deed is told of; a deed of no hostility is
 * none (stop 36). */
TEST(extract_stance_refer__a_deed_labelled_by_its_doer)
{
	CHECK(stance_only("Lima views this decision as a deliberate move by Santiago to "
			  "escalate the conflict.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Peru called the decision a provocation by Chile.", "PER", "CHL", OPP));
	CHECK(stance_none("Peru viewed the decision as a step by Chile to improve ties."));
}

TEST(extract_stance_refer__concern_in_experiencer)
{
	/* the ones concerned after "in/among", the cause's owner before */
	CHECK(stance_only("Bolivia's naval build-up has raised concern in Peru.", "PER", "BOL",
			  OPP));
	ent_fact_list *l = run("The sale of jets by Bolivia has raised serious concerns in Peru and "
			       "Chile.",
			       NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(has_stance(l, "PER", "BOL", OPP));
		CHECK(has_stance(l, "CHL", "BOL", OPP));
		ent_fact_list_free(l);
	}
	/* the object of a verb of alarm is the one alarmed */
	CHECK(stance_only("Bolivia's missile tests alarmed Peru.", "PER", "BOL", OPP));
	/* a state after "to" receives a possessive owner's deed, owns none */
	CHECK(stance_only("Bolivia's refusal to supply tanks to Chile angered Peru.", "PER", "BOL",
			  OPP));
	CHECK(stance_only("The arms deliveries by Bolivia have angered Chile.", "CHL", "BOL", OPP));
	/* "this move / cooperation" for the deal just told: its seller */
	CHECK(stance_only("Bolivia sold ten jets to Chile. This move alarmed Peru.", "PER", "BOL",
			  OPP));
	CHECK(stance_only("Bolivia has supplied Chile with rifles. The cooperation has raised concern "
			  "in Peru.",
			  "PER", "BOL", OPP));
	/* no owner of the cause: no stance */
	CHECK(stance_none("The storm raised concern in Peru."));
	CHECK(stance_none("The rising prices alarmed Peru."));
	/* concern for a place, not among states */
	CHECK(stance_none("Bolivia's decision raised concern in the markets."));
}

TEST(extract_stance_refer__concern_over_a_pair_s_tensions_takes_no_side)
{
	CHECK(stance_none("Chile echoed this solidarity, expressing concern over the Peru-Bolivia "
			  "tensions."));
	CHECK(stance_none("Chile expressed concern over the tensions between Peru and Bolivia."));
	/* one state's act, and a tie of two, still are */
	CHECK(stance_only("Chile expressed concern over Peru's escalation on the border.", "CHL",
			  "PER", OPP));
	CHECK(stance_has("Chile is alarmed by military cooperation between Peru and Bolivia.",
			 "CHL", "BOL", OPP));
}

TEST(extract_stance_refer__lamented_and_rebuffed)
{
	CHECK(stance_only("Chile lamented the announcement from Peru.", "CHL", "PER", OPP));
	CHECK(stance_only("Chile rebuffed Peru's objection to the drills.", "CHL", "PER", OPP));
	CHECK(stance_none("The minister lamented the loss of life."));
}

/* "After X and Y started drills ..., Z has condemned the move": the move
 * is the act of the clause the opener begins with */
TEST(extract_stance_refer__the_move_of_a_fronted_clause)
{
	const char *text = "After Chile and Peru started two weeks of naval drills on Thursday, "
			   "Bolivia has condemned the move, calling it a threat to regional "
			   "security.";
	CHECK(stance_has(text, "BOL", "CHL", OPP));
	CHECK(stance_has(text, "BOL", "PER", OPP));
	CHECK(stance_none("After talks in Lima, Bolivia condemned the move."));
}

/* "worry" is a noun of concern like "concern": "expressed rising worry
 * over Y's growing aggressiveness" opposes Y, who takes no part in the
 * drill the sentence tells. */
TEST(extract_stance_refer__worry_is_a_concern)
{
	static const char *text =
		"Chile and Peru conducted joint naval exercises last year as Santiago and its "
		"allies expressed rising worry over Argentina's growing aggressiveness.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(stance_has(text, "CHL", "ARG", ENT_POLARITY_OPPOSE));
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "PER") && !takes_part(f, "ARG"));
	ent_fact_list_free(l);
	CHECK(stance_none("There is no need to worry about the weather in Argentina."));
}

/* ", which has infuriated Z" after a clause: Z opposes its subject and the
 * states coordinated with it. */
TEST(extract_stance_refer__which_has_infuriated)
{
	static const char *text = "Lima and Santiago have agreed to restart joint patrols on the "
				  "lake, which has infuriated Bolivia.";
	CHECK(stance_has(text, "BOL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(text, "BOL", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_count(text) == 2);
	CHECK(stance_only("Peru bought tanks, which enraged Chile.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
}
