/*
 * test_extract_deal_chain.c - a deal named again paragraph after
 * paragraph, a preliminary deal, a maker's contracts of another's buying,
 * a purchase decided years before its delivery, and a group in a state
 * that another backs.  Every sentence here was written for these tests
 * (stop 50).
 */
#include "extract_harness.h"

TEST(extract_deal_chain__named_paragraph_after_paragraph)
{
	ent_fact_list *l =
	    run("In a preliminary deal signed recently, Spain will sell patrol boats "
		"to Chile.\n\n"
		"The deal was signed after the two ministers met in Madrid on Monday.\n\n"
		"Although reports said the deal was worth $400 million, the ministry "
		"gave no details.",
		"2024-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(ndeals(l), 1);
	f = find_deal(l, "ESP", "CHL");
	CHECK(f && f->value.present && f->value.amount == 400000000.0);
	ent_fact_list_free(l);
	CHECK(deal_status("In a preliminary deal signed recently, Spain will sell patrol boats to "
			  "Chile.",
			  "ESP", "CHL") == ENT_STATUS_MOU);
	/* a sentence about the goods only carries no deal on */
	CHECK(deal_usd("Spain has signed an agreement with Chile for two patrol boats.\n\n"
		       "The boats will be built in Ferrol.\n\n"
		       "The Chilean minister signed the $400 million contract in Santiago on "
		       "Monday.",
		       "ESP", "CHL") == 0);
}

TEST(extract_deal_chain__maker_signs_contracts_of_buying)
{
	CHECK(deal_status("Navantia signed acquisition contracts with the Chilean Defence "
			  "Ministry for two patrol boats.",
			  "ESP", "CHL") == ENT_STATUS_SIGNED);
	/* a maker that buys from a state named as the seller still buys */
	CHECK(deal_status("Navantia bought two used patrol boats from Chile.", "CHL", "ESP") >= 0);
}

TEST(extract_deal_chain__decided_then_delivered)
{
	ent_fact_list *l =
	    run("Spain delivered two patrol boats to Chile in October 2020.\n\n"
		"In August 2017 Chile decided to procure two patrol boats from Spain, "
		"the shipyard said.",
		"2020-12-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(ndeals(l), 1);
	f = find_deal(l, "ESP", "CHL");
	CHECK(f && f->status == ENT_STATUS_DELIVERED && f->year == 2020);
	ent_fact_list_free(l);
}

TEST(extract_deal_chain__group_in_a_state_backed)
{
	CHECK(stance_none("Chile is fighting rebels in Peru backed by Bolivia."));
	/* a state backed stays backed */
	CHECK(stance_only("Peru, backed by Bolivia, rejected the plan.", "BOL", "PER",
			  ENT_POLARITY_SUPPORT));
}

/* a clause after ";" with a state of its own and no word of transfer
 * gives the clause before no goods */
TEST(extract_deal_chain__semicolon_clause_of_another_state)
{
	ent_fact_list *l = run("Chile acquires patrol boats from Spain; Peru boosts its navy with "
			       "Korean frigates.",
			       "2024-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(ndeals(l), 1);
	f = find_deal(l, "ESP", "CHL");
	CHECK(f && f->nitems == 1);
	ent_fact_list_free(l);
	/* the clause after ";" about the same deal still counts */
	CHECK(deal_usd("Chile acquired patrol boats from Spain; the boats cost $400 million.",
		       "ESP", "CHL") == 400000000.0);
}

/* goods pledged "by X to Y" go to Y wherever they are delivered on the
 * way; a package of military aid is a deal, its sum told after it */
TEST(extract_deal_chain__pledged_by_to_and_aid_package)
{
	ent_fact_list *l =
	    run("All six patrol boats committed by Spain to Chile have been delivered "
		"to Peru.",
		"2024-03-01");
	CHECK(l != NULL);
	CHECK(find_deal(l, "ESP", "CHL") != NULL);
	CHECK(find_deal(l, "CHL", "PER") == NULL);
	ent_fact_list_free(l);
	l = run("Spain is providing a new military aid package for Chile. The $31 million "
		"assistance includes sniper rifles and ammunition.",
		"2024-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "ESP", "CHL");
	CHECK(f && f->status == ENT_STATUS_REPORTED && f->value.present &&
	      f->value.amount == 31000000.0);
	ent_fact_list_free(l);
	/* a package denied is none */
	CHECK(ndeals_text("Spain did not announce a new military aid package for Chile.") == 0);
}
