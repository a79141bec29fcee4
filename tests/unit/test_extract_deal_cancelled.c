/*
 * test_extract_deal_cancelled.c - deals that did not happen: a purchase a
 * modal puts as the alternative ("might buy ... instead") is weighed, not
 * made; a state halting its arms sales sells nothing; a seller considering
 * supplying gives nothing yet; the deals that were made stay.  Every
 * sentence here was written for these tests.
 */
#include "extract_harness.h"

/* Is there a deal from seller s to buyer b in text? */
static int has_deal(const char *text, const char *s, const char *b)
{
	ent_fact_list *l = run(text, NULL);
	size_t i;
	int found = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && !strcmp(l->v[i].recipient.s, b) &&
		    ent_fact_has_code(l->v[i].suppliers, l->v[i].nsuppliers, s))
			found = 1;
	ent_fact_list_free(l);
	return found;
}

TEST(extract_deal_cancelled__a_purchase_a_modal_puts_instead_is_weighed_not_made)
{
	expect_no_deal("Officials said Peru could buy American Javelin missiles instead.");
	expect_no_deal("Analysts say Norway may order German Leopard tanks instead.");
	/* the alternative made stays a deal */
	CHECK(has_deal("Peru bought American Javelin missiles instead.", "USA", "PER"));
	/* a modal with no "instead" is a deal only reported, as before */
	CHECK(has_deal("Norway may order German Leopard tanks.", "DEU", "NOR"));
}

TEST(extract_deal_cancelled__a_state_halting_its_arms_sales_sells_nothing)
{
	expect_no_deal("The deal was criticised after Germany suspended arms deliveries to Chile "
		       "worth $500 million.");
	expect_no_deal("Critics said the pact led to Spain halting its arms exports to Peru, a "
		       "loss of $300 million.");
	/* deliveries made stay */
	CHECK(has_deal("Germany delivered arms to Chile worth $500 million.", "DEU", "CHL"));
	/* what a ban forbids (stop 58) */
	expect_no_transfer("Lima, which reversed a decades-long ban on arms exports in 2014, is "
			   "concerned that Chilean involvement could delay the KF-21 programme.");
	expect_no_transfer("Peru imposed a ban on the export of drones to Chile.");
}

TEST(extract_deal_cancelled__a_seller_considering_supplying_gives_nothing_yet)
{
	expect_no_deal("Officials said Iran was considering supplying drones to Venezuela.");
	CHECK(ndeals_text("Turkey is contemplating providing armoured vehicles to Chad.") == 0);
	CHECK(ndeals_text("Kenya has accused Togo of considering plans to supply arms directly to "
			"Ghana.") == 0);
	/* a supply stated stays */
	CHECK(ndeals_text("Turkey provided armoured vehicles to Chad.") > 0);
}

/* A refusal to supply sells nothing, with the refuser's name between
 * ("the refusal of the Xn government to supply Y with boats"). */
TEST(extract_deal_cancelled__a_refusal_to_supply_sells_nothing)
{
	CHECK(ndeals_text("Kenya protested after the refusal of the Tanzanian government to supply "
			"Kenya with new patrol boats.") == 0);
	CHECK(ndeals_text("Ghana regrets Togo's refusal to supply howitzers to Ghana.") == 0);
	/* a refusal of something else leaves the supply standing */
	CHECK(has_deal("After the refusal of its request for talks, Togo supplied howitzers to "
		       "Ghana.",
		       "TGO", "GHA"));
}

/* A deed warned against is none: "warned Y against retaliating by
 * supplying arms to Z". */
TEST(extract_deal_cancelled__a_supply_warned_against_is_none)
{
	CHECK(ndeals_text("Kenya warned Ghana against retaliating by supplying arms to the Togolese "
			"government.") == 0);
	CHECK(ndeals_text("Kenya cautioned Ghana against supplying rifles to Togo.") == 0);
	/* warnings the seller brushed aside leave the supply */
	CHECK(has_deal("Ghana supplied rifles to Togo despite warnings against it.", "GHA", "TGO"));
}

/* "X had requested that such a deal be made to help Y acquire air defence
 * systems": what a request asks for is no deal yet (not one from the
 * maker of the goods told before). */
TEST(extract_deal_cancelled__a_request_that_a_deal_be_made)
{
	CHECK_INT(ndeals_text("Officials noted that Chile had personally requested that such a "
			      "deal be made to help Chile acquire S-300 air defense systems."),
		  0);
	/* the sale told before stays */
	CHECK_INT(ndeals_text("Peru sent an S-300 system to Chile. Officials noted that Chile had "
			      "personally requested that such a deal be made to help Chile acquire "
			      "much-needed air defense systems."),
		  1);
}

/* "X has also thought of (is thinking of) buying submarines from Y" is
 * interest, no deal; "X would need submarines, as Y had recently bought
 * ten" names no seller (X is in the other clause). */
TEST(extract_deal_cancelled__a_thought_of_buying_and_a_reason_clause)
{
	CHECK_INT(ndeals_text("Peru has also thought of buying submarines from Germany or South "
			      "Korea in recent years."),
		  0);
	CHECK_INT(ndeals_text("Peru is thinking of buying submarines from Germany."), 0);
	CHECK_INT(ndeals_text("Peru would need submarines, as Chile had recently bought 10 "
			      "submarines."),
		  0);
	expect_deal("Peru would need submarines, as Chile had recently bought 10 submarines from "
		    "Germany.",
		    1, "DEU", "CHL");
}

/* An offer its buyer declined (rejected, turned down) is no deal, in its
 * sentence or, "Y declined the offer", the next one (stop 57). */
TEST(extract_deal_cancelled__an_offer_declined)
{
	expect_no_deal("China had offered its JF-17 fighters to Chile, but Santiago declined.");
	expect_no_deal("China offered JF-17 fighters to Chile, which turned down the offer.");
	expect_no_deal("China offered JF-17 fighters to Chile. Chile rejected the offer.");
	/* controls: a refusal of something else, by another, or negated */
	CHECK_INT(deal_status("China offered JF-17 fighters to Chile. Chile declined to "
			      "comment.",
			      "CHN", "CHL"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("China sold JF-17 fighters to Chile, but Peru rejected the deal.",
			      "CHN", "CHL"),
		  ENT_STATUS_SIGNED);
	CHECK_INT(deal_status("China offered JF-17 fighters to Chile, but Chile has not declined "
			      "the offer.",
			      "CHN", "CHL"),
		  ENT_STATUS_REPORTED);
}

/* "... but the deal never made progress (fell through, collapsed)": a deal
 * that came to nothing is no deal, with or without a comma before "but"
 * (stop 58). */
TEST(extract_deal_cancelled__a_deal_that_came_to_nothing)
{
	expect_no_deal("Ghana negotiated the purchase of planes from Norway over several years but "
		       "the deal never made progress.");
	expect_no_deal("Chile agreed to buy frigates from Spain, but the deal fell through.");
	expect_no_deal("Peru ordered tanks from Korea, but the contract never materialised.");
	expect_no_deal("Kenya agreed to buy jets from Israel, but the deal collapsed in 2020.");
	/* controls: progress made, or "never" on something else */
	CHECK_INT(deal_status("Chile agreed to buy frigates from Spain, but the deal made progress "
			      "only slowly.",
			      "ESP", "CHL"),
		  ENT_STATUS_SIGNED);
	CHECK_INT(deal_status("Chile bought frigates from Spain, but the deal never made "
			      "headlines.",
			      "ESP", "CHL"),
		  ENT_STATUS_SIGNED);
}

/* "It is not known (clear) when X ordered ...": the order is told, only
 * its date is not; "whether" still leaves it untold (stop 58). */
TEST(extract_deal_cancelled__a_date_unknown_is_no_negation)
{
	CHECK_INT(deal_status("It is not known when Ghana ordered the drones from Turkey.", "TUR",
			      "GHA"),
		  ENT_STATUS_ORDERED);
	expect_no_deal("It is not known whether Ghana ordered the drones from Turkey.");
	expect_no_deal("Ghana did not order drones from Turkey.");
}

TEST(extract_deal_cancelled__a_purchase_scrapped_after_a_semicolon)
{
	/* "...; the purchase was ultimately scrapped" takes back the
	 * sentence's deals (stop 63) */
	expect_no_transfer("Chile offered to supply helicopters to Peru; the purchase was "
			   "ultimately scrapped.");
	expect_no_transfer("The T-129 lost to the AW249 in a bid to supply helicopters to Peru; "
			   "the deal was later cancelled.");
	/* goods delivered stay; so does a deal whose clause scraps another
	 * thing */
	expect_deal("Chile delivered six helicopters to Peru; the purchase of the rest was "
		    "scrapped.",
		    1, "CHL", "PER");
	expect_deal("Chile sold helicopters to Peru; the old plan was scrapped.", 1, "CHL", "PER");
}
