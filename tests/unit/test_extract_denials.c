/*
 * test_extract_denials.c - deal rules for reports of arms transfers that a
 * state denies (holdout set ao): a transfer stated only inside a claim the
 * sentence denies ("X denied claims that it sent ...", "..., allegations
 * that X denies") is no deal, while the same transfer stated as a fact
 * elsewhere stands.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* No deal or supply tie in text. */
static void expect_none(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (l && ndeals(l) != 0)
		fprintf(stderr, "    %zu deals in: %s\n", ndeals(l), text);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
}

TEST(extract_denials__a_transfer_inside_a_denied_claim_is_none)
{
	expect_none("Laos denied on Monday U.S. claims that it shipped rifles to Cambodia.");
	expect_none("Peru rejected Chilean reports that it had sold tanks to Bolivia.");
	expect_none("Kenyan officials have denied media reports about the delivery of Russian "
		    "helicopters to Kenya.");
	expect_none("Ghana accused Togo of supplying rifles to Benin, allegations that Togo "
		    "denies.");
	expect_none("Ghana accused South Sudan of supplying rifles to Benin, claims that South "
		    "Sudan denied.");
}

TEST(extract_denials__transfers_outside_the_denial_stand)
{
	/* the claim is stated as a fact, the denial is of something else */
	expect_deal("Laos shipped rifles to Cambodia in 2021.", 1, "LAO", "KHM");
	/* a transfer stated before the verb of denial is not inside the claim */
	expect_deal("Peru sold tanks to Bolivia in 2019 and denied reports that the deal was "
		    "larger.",
		    1, "PER", "BOL");
	/* a denial by a state that is no party leaves the transfer */
	expect_deal("Ghana accused Togo of supplying rifles to Benin, a charge that Niger "
		    "denies.",
		    1, "TGO", "BEN");
}

TEST(extract_denials__the_seller_is_the_state_before_a_relative_clause)
{
	/* not the last state inside the clause */
	expect_deal("Ghana, which fought a border war with Togo, has supplied rifles to Benin.", 1,
		    "GHA", "BEN");
	expect_deal("Peru, which denies arming rebels in its war against Chile, has sold tanks "
		    "to Bolivia.",
		    1, "PER", "BOL");
}

TEST(extract_denials__shipments_of_a_raw_commodity_are_trade)
{
	expect_none("Coal shipments were delivered to Peru and Chile by ships from Bolivia last "
		    "year.");
	expect_none("Laos made shipments of grain to Cambodia.");
	/* goods of war stay a transfer */
	expect_deal("Laos made shipments of rifles to Cambodia.", 1, "LAO", "KHM");
}

TEST(extract_denials__a_transfer_a_worry_is_about_names_no_seller_before_it)
{
	expect_none("Peru kept its sanctions on Chile amid concerns over arms exports to "
		    "Bolivia.");
	expect_none("Ghana voiced fears about sales of rifles to Togo.");
	/* a source after "from" still sells */
	expect_deal("Ghana voiced concern over arms sales from Togo to Benin.", 1, "TGO", "BEN");
	/* a comment on supplies, or a headline "X on ...", names no seller
	 * either (stop 55) */
	expect_none("Ghana commented on drone supplies to Togo.");
	expect_none("Accra On Drone Supplies To Togo: It May Lead To Tension");
	/* control: a state before "on" that is no subject still sells */
	expect_deal("Ghana warned Benin on drone supplies to Togo.", 1, "BEN", "TGO");
}

TEST(extract_denials__passive_to_y_from_x_names_the_seller_not_the_maker)
{
	expect_deal("94 T-72 tanks have been transferred to Bolivia from Peru.", 1, "PER", "BOL");
	expect_deal("Ten MiG-29 jets were delivered to Peru from Belarus in 2019.", 1, "BLR",
		    "PER");
}

TEST(extract_denials__a_states_forces_before_with_receive)
{
	expect_deal("Laos has provided Cambodia's army with rifles.", 1, "LAO", "KHM");
	expect_deal("Peru supplied Bolivia's armed forces with tanks in 2015.", 1, "PER", "BOL");
}

/* The number of deals and ties with the designation des among their items. */
static size_t deals_with(const char *text, const char *des)
{
	ent_fact_list *l = run(text, NULL);
	size_t i, j, n = 0;
	if (!l)
		return 0;
	for (i = 0; i < l->n; i++)
		for (j = 0; j < l->v[i].nitems; j++)
			if (l->v[i].items[j].designation &&
			    strcmp(l->v[i].items[j].designation, des) == 0 &&
			    strcmp(l->v[i].recipient.s, "CHL") == 0)
				n++;
	ent_fact_list_free(l);
	return n;
}

TEST(extract_denials__supply_as_a_verb_goes_to_the_sellers_buyer_before)
{
	CHECK_INT(deals_with("Turkey handed Chile hundreds of rifles. Ankara also supplies "
			     "Bayraktar TB2 drones.",
			     "Bayraktar TB2"),
		  1);
	CHECK_INT(deals_with("Turkey handed Chile hundreds of rifles. Ankara continues to supply "
			     "Bayraktar TB2 drones.",
			     "Bayraktar TB2"),
		  1);
}

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_denials__calling_for_sanctions_against_a_state_opposes_it)
{
	CHECK(stance_only("Peru has pushed for tough sanctions against Chile over its missile "
			  "tests.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kenya called for sanctions on Uganda.", "KEN", "UGA", OPP));
	CHECK(stance_none("Kenya did not push for sanctions on Uganda."));
}

TEST(extract_denials__rejecting_a_states_claims_named_by_the_state_opposes_it)
{
	CHECK(stance_only("Laos rejected US claims that it shipped rifles to Cambodia.", "LAO",
			  "USA", OPP));
	CHECK(stance_none("Peru rejected Chile as a partner."));
	/* up to four words, hyphens between, before the noun (stop 57) */
	CHECK(stance_only("Laos rejected Vietnam's nine-dash line claims.", "LAO", "VNM", OPP));
	CHECK(stance_only("Laos rejected Vietnam's sweeping historical maritime claims.", "LAO",
			  "VNM", OPP));
	CHECK(stance_none("Laos rejected Vietnam's offer of new ferries."));
}

TEST(extract_denials__saying_a_state_lies_opposes_it)
{
	CHECK(stance_only("Peru said that Chile lied about its arms purchases.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("The Kenyan president has said that Uganda is lying about its arms "
			  "deals.",
			  "KEN", "UGA", OPP));
	CHECK(stance_none("Peru said that Chile is not lying."));
	CHECK(stance_none("Chile is lying low, Peru said."));
}
