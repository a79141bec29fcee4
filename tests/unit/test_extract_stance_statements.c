/*
 * test_extract_stance_statements.c - stances of joint statements, on
 * sentences written for these tests (none quotes an article): "stand
 * together with / in support of Y" is support; a statement "signed by
 * (representatives of) A, B and C" makes the later "The Ministers called
 * on Y to ...", "The statement condemned ..." and a quote the ministers
 * speak stances of each signatory; so do the states that "joined Y in
 * the joint statement" or "issued a joint statement", in a quote "the
 * joint statement read" or "they wrote".
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance_statements__stand_together)
{
	ent_fact_list *l = run("Peru will continue to stand together with Niger.", NULL);
	CHECK(l && has_stance(l, "PER", "NER", SUP));
	ent_fact_list_free(l);
	l = run("Kenya stands in support of Ghana in the dispute.", NULL);
	CHECK(l && has_stance(l, "KEN", "GHA", SUP));
	ent_fact_list_free(l);
	l = run("Kenya did not stand in support of Ghana.", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}

TEST(extract_stance_statements__signatories)
{
	static const char *text =
		"The heads of foreign ministries of twenty countries condemned Togo's raid on the "
		"port.\n\n"
		"The declaration was signed, in particular, by representatives of Peru, Chile, "
		"Kenya and Ghana.\n\n"
		"The Ministers called on Bolivia to stop all attacks on shipping.\n\n"
		"The declaration also condemned Chad's seizure of the port.\n\n"
		"\"We will continue to stand together in support of Niger,\" the Foreign Ministers "
		"stressed.\n";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "PER", "BOL", OPP));
	CHECK(has_stance(l, "GHA", "BOL", OPP));
	CHECK(has_stance(l, "CHL", "TCD", OPP));
	CHECK(has_stance(l, "KEN", "TCD", OPP));
	CHECK(has_stance(l, "PER", "NER", SUP));
	CHECK(has_stance(l, "GHA", "NER", SUP));
	CHECK(has_stance(l, "KEN", "TGO", OPP));
	ent_fact_list_free(l);
}

TEST(extract_stance_statements__no_signatories)
{
	/* no list of signatories: the ministers are nobody's */
	ent_fact_list *l = run("The Ministers called on Bolivia to stop all attacks on shipping.\n\n"
			       "The declaration also condemned Chad's seizure of the port.\n",
			       NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
	/* a treaty signed by two states speaks for nobody later */
	l = run("The treaty was signed by Peru and Chile in 1990.\n\n"
		"The ministers called on Bolivia to stop all attacks on shipping.\n",
		NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}

TEST(extract_stance_statements__joined_and_issued)
{
	/* "A, B, ... joined C in the joint statement": each state of both
	 * lists speaks the statement's quote ("the joint statement read"),
	 * a name read as a demonym among them */
	static const char *joined =
		"Peru, Chile, Kenya, New Zealand and Ghana joined Togo in the joint statement.\n\n"
		"\"Our governments condemn Chad's seizure of the port,\" the joint statement "
		"read.\n";
	/* "A, B and C issued a joint statement"; the quote they wrote,
	 * and what "the participants" did in it */
	static const char *issued =
		"Peru, Chile and Kenya issued a joint statement on Monday about the port.\n\n"
		"\"We condemn Chad's seizure of the port,\" they wrote in the statement.\n\n"
		"In the statement, the participants also condemned Bolivia's blockade.\n";
	ent_fact_list *l = run(joined, NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(has_stance(l, "PER", "TCD", OPP));
		CHECK(has_stance(l, "NZL", "TCD", OPP));
		CHECK(has_stance(l, "GHA", "TCD", OPP));
		CHECK(has_stance(l, "TGO", "TCD", OPP));
	}
	ent_fact_list_free(l);
	l = run(issued, NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(has_stance(l, "PER", "TCD", OPP));
		CHECK(has_stance(l, "KEN", "TCD", OPP));
		CHECK(has_stance(l, "CHL", "BOL", OPP));
		CHECK(has_stance(l, "KEN", "BOL", OPP));
	}
	ent_fact_list_free(l);
	/* one state, or no joint statement: the quote is nobody's */
	l = run("Peru issued a joint statement with the firm.\n\n"
		"\"We condemn Chad's seizure of the port,\" the joint statement read.\n",
		NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
	l = run("Peru, Chile and Kenya issued new passports.\n\n"
		"\"We condemn Chad's seizure of the port,\" they said.\n",
		NULL);
	CHECK(l && !has_stance(l, "KEN", "TCD", OPP));
	ent_fact_list_free(l);
}

TEST(extract_stance_statements__issued_by_the_ministers_of_a_list)
{
	/* "The statement was issued by the foreign ministers of A, B and
	 * C": what "the ministers" say later is each state's, a demonym's
	 * hostile act too (stop 63) */
	static const char *text =
		"The statement was issued by the foreign ministers of Peru, Chile and Kenya.\n\n"
		"The ministers stressed support for Ghana's unity and sovereignty.\n\n"
		"The ministers strongly condemned repeated Bolivian airstrikes on Ghanaian "
		"territory.\n";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(has_stance(l, "PER", "GHA", SUP));
		CHECK(has_stance(l, "KEN", "GHA", SUP));
		CHECK(has_stance(l, "CHL", "BOL", OPP));
		CHECK(has_stance(l, "KEN", "BOL", OPP));
	}
	ent_fact_list_free(l);
	/* a statement issued by one state speaks for nobody later */
	l = run("The statement was issued by Peru.\n\n"
		"The ministers strongly condemned repeated Bolivian airstrikes.\n",
		NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}

TEST(extract_stance_statements__votes_mustered)
{
	/* the states that gave a state its votes back it */
	ent_fact_list *l = run("Peru could muster only four other \"no\" votes - Chile, Kenya, Ghana "
			       "and Togo.",
			       NULL);
	CHECK(l && has_stance(l, "CHL", "PER", SUP));
	CHECK(l && has_stance(l, "TGO", "PER", SUP));
	CHECK(l && has_stance(l, "KEN", "PER", SUP));
	ent_fact_list_free(l);
	l = run("Kenya won 3 votes: Ghana, Togo and Niger.", NULL);
	CHECK(l && has_stance(l, "GHA", "KEN", SUP) && has_stance(l, "NER", "KEN", SUP));
	ent_fact_list_free(l);
	/* no list after the votes: no stance */
	l = run("Peru won 90 votes in the assembly on Monday, Chile said.", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}

TEST(extract_stance_statements__warned_pair_against)
{
	/* "warned A and B against ...": both are warned */
	ent_fact_list *l = run("Peru has repeatedly warned Quito and Santiago against joining the "
			       "pact.",
			       NULL);
	CHECK(l && has_stance(l, "PER", "ECU", OPP) && has_stance(l, "PER", "CHL", OPP));
	ent_fact_list_free(l);
	l = run("Kenya warned Ghana and Togo against any move on the border.", NULL);
	CHECK(l && has_stance(l, "KEN", "GHA", OPP) && has_stance(l, "KEN", "TGO", OPP));
	ent_fact_list_free(l);
}

TEST(extract_stance_statements__suspended_exports)
{
	/* a state that suspends (halts, freezes) its arms exports to Y
	 * opposes Y */
	CHECK(stance_only("Peru has suspended 30 arms export licences to Chile after a review.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kenya halted all weapons sales to Ghana in May.", "KEN", "GHA", OPP));
	CHECK(stance_only("Kenya's decision to freeze arms deliveries to Togo angered the region.",
			  "KEN", "TGO", OPP));
	/* over the seller's own name and a kind of arms */
	CHECK(stance_only("Last year, Kenya banned Kenyan offensive weapons sales to Togo.", "KEN",
			  "TGO", OPP));
	/* over more nouns of flow and the goods after "of" */
	CHECK(stance_only("The Kenyan government has suspended all sales and supplies of defense "
			  "and security hardware and related services to Togo.",
			  "KEN", "TGO", OPP));
	CHECK(stance_none("Kenya suspended sales and supplies of cars and trucks to Togo."));
	/* goods bought from Y, ties of arms with Y */
	CHECK(stance_only("Peru suspended arms purchases from Chile.", "PER", "CHL", OPP));
	/* "purchases of Yn weapons" (stop 61); not goods of peace */
	CHECK(stance_only("Peru suspended purchases of Chilean weapons in protest.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("Peru halted the purchase of Chilean rifles.", "PER", "CHL", OPP));
	CHECK(stance_none("Peru halted the purchase of Chilean wine."));
	CHECK(stance_only("Ghana has halted military cooperation with Togo.", "GHA", "TGO", OPP));
	/* no goods of war: no stance; "to" after purchases is no customer */
	CHECK(stance_none("Peru suspended all purchases from Chile."));
	CHECK(stance_none("Peru suspended arms purchases to save money for Chile."));
	/* negated, or only urged: no stance of the subject */
	CHECK(stance_none("Peru did not suspend arms exports to Chile."));
	CHECK(!stance_only("Kenya urged Peru to suspend arms sales to Chile.", "KEN", "CHL", OPP));
	/* the demand quoted after "to" */
	CHECK(!stance_has("He called on the Peruvian government to \"stop arms sales to Chile.\"",
			  "PER", "CHL", OPP));
	/* ties severed long ago date a sale, no stance told now */
	{
		ent_fact_list *l = run("Peru has always sold weapons to Chile since Peru severed "
				       "diplomatic relations with Chile in 1979.",
				       "2024-11-07");
		CHECK(l != NULL);
		CHECK(l && !has_stance(l, "PER", "CHL", OPP));
		ent_fact_list_free(l);
	}
	CHECK(stance_only("Peru severed diplomatic relations with Chile.", "PER", "CHL", OPP));
}

TEST(extract_stance_statements__disappointment)
{
	/* disappointment over a state's decision or with a state */
	CHECK(stance_only("Peruvian officials expressed disappointment on Monday over the Chilean "
			  "government's decision to close the port.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kenya voiced deep disappointment with Ghana's move.", "KEN", "GHA",
			  OPP));
	CHECK(stance_only("Togo said it was disappointed by Niger's vote.", "TGO", "NER", OPP));
	/* no state after the preposition: no stance */
	CHECK(stance_none("Peru expressed disappointment over the result of the vote."));
}

/* "X halted delivery of new F-35 fighters to Y", "suspended deliveries of
 * tanks to Y": X opposes Y, and the transfer stopped is no deal (not
 * goods of another purchase told with it); goods of gas are no arms. */
TEST(extract_stance_statements__halted_delivery_of_goods)
{
	CHECK(stance_only("Peru halted delivery of new F-35 jet fighters to Chile.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("Peru suspended deliveries of tanks to Chile after the vote.", "PER",
			  "CHL", OPP));
	CHECK(stance_none("Peru suspended deliveries of gas to Chile."));
	/* a halt that could come is none taken */
	CHECK(stance_none("Peru could also suspend deliveries of artillery systems to Chile."));
	{
		ent_fact_list *l = run("Peru halted the delivery of F-35 jets to Chile following the "
				       "purchase of the S-400.",
				       NULL);
		CHECK(l && !find_deal(l, "USA", "CHL") && !find_deal(l, "PER", "CHL"));
		CHECK(l && find_deal(l, "RUS", "CHL") != NULL);
		ent_fact_list_free(l);
	}
	CHECK_INT(ndeals_text("Peru halted delivery of new F-35 jet fighters to Chile."), 0);
	/* "paused", "a shipment of", a singular noun of flow after its goods */
	CHECK(stance_only("Peru paused delivery of 1,200 shells to Chile.", "PER", "CHL", OPP));
	CHECK_INT(ndeals_text("Peru paused delivery of 1,200 shells to Chile."), 0);
	CHECK(stance_only("Peru halted a shipment of drones to Chile.", "PER", "CHL", OPP));
	CHECK(stance_only("Peru halts bomb shipment to Chile", "PER", "CHL", OPP));
	CHECK(stance_only("Peru halted its arms sale to Chile.", "PER", "CHL", OPP));
	CHECK(stance_none("Peru paused talks with Chile."));
	/* "previously approved (already licensed) arms exports" (stop 39) */
	CHECK(stance_only("Peru has halted previously approved arms exports to Chile.", "PER",
			  "CHL", OPP));
	/* the noun, "the suspension of arms sales to Y", and "arms export
	 * plans" (stop 39) */
	CHECK(stance_has("Peru and Ecuador announced the suspension of arms sales to Chile.", "PER",
			 "CHL", OPP));
	CHECK(stance_has("Peru and Ecuador announced the suspension of arms sales to Chile.", "ECU",
			 "CHL", OPP));
	CHECK(stance_only("Peru has decided to suspend all arms export plans to Chile.", "PER",
			  "CHL", OPP));
	CHECK(stance_none("Peru announced the suspension of talks with Chile."));
	/* the seller cancels a sale to Y, not the buyer its purchase from
	 * Y (stop 43) */
	CHECK(stance_only("Peru cancelled the sale of 400 guided bombs to Chile.", "PER", "CHL",
			  OPP));
	CHECK(stance_none("Peru cancelled the purchase of Su-30 jets from Chile."));
	CHECK(stance_none("Peru cancelled its purchases of arms from Chile."));
	CHECK(stance_none("Peru did not cancel the delivery of two warships to Chile."));
}

/* "Peru will halt arms shipments to Chile. ... Chile slammed the decision
 * (condemned the move)": the measure a state took against the critic,
 * told up to eight units before, is the one condemned (stop 39). */
TEST(extract_stance_statements__the_decision_against_the_critic)
{
	CHECK(stance_has("Peru will halt all arms shipments to Chile, the ministry confirmed. "
			 "The war has raged for months. Chile slammed the decision.",
			 "CHL", "PER", OPP));
	CHECK(stance_has("Peru said it would halt arms shipments to Chile. Chile condemned the "
			 "move.",
			 "CHL", "PER", OPP));
	/* no stance against the critic before: no one to oppose */
	CHECK(stance_none("Peru and Chile held talks. Bolivia condemned the decision."));
}

/* "the country" after the noun of flow is the state named before the
 * actor's list; a warning that is the subject of a verb states no stance
 * of its owner toward the verb's object (stop 37). */
TEST(extract_stance_statements__exports_stopped_to_the_country)
{
	const char *t;
	CHECK(stance_only("Peru's offensive drew condemnation, and Chile is stopping arms exports "
			  "to the country.",
			  "CHL", "PER", OPP));
	/* the list after ", and" is the clause's subject */
	t = "Many condemned the offensive, and Chile and Bolivia are stopping arms exports to "
	    "Peru.";
	CHECK(stance_has(t, "CHL", "PER", OPP));
	CHECK(stance_has(t, "BOL", "PER", OPP));
	CHECK(stance_none("Brazil's warning has compelled Chile to act."));
	CHECK(stance_none("The warning prompted Chile to act."));
	CHECK(stance_only("Brazil issued a warning to Chile.", "BRA", "CHL", OPP));
}

/* "rejected a US decision (a decision by the US, by President X) to ...":
 * the owner of the deed is opposed (stop 37). */
TEST(extract_stance_statements__a_decision_by_its_owner)
{
	CHECK(stance_only("Chile rejected a Peruvian decision to recognize the claim.", "CHL",
			  "PER", OPP));
	CHECK(stance_only("Chile rejected a Peru decision to recognize the claim.", "CHL", "PER",
			  OPP));
	CHECK(stance_only("Chile has rejected a decision by President Donald Trump to recognize "
			  "the claim.",
			  "CHL", "USA", OPP));
	CHECK(stance_only("Chile rejected a decision by the United States to recognize the claim.",
			  "CHL", "USA", OPP));
}

TEST(extract_stance_statements__blocking_a_sale_of_a_third_states_goods)
{
	/* the maker whose sale is blocked is opposed, not the buyer */
	CHECK(stance_only("The United States has blocked the sale of 30 T-129 ATAK helicopters to "
			  "Pakistan.",
			  "USA", "TUR", OPP));
	/* the blocker's own goods: the buyer */
	CHECK(stance_only("The United States has blocked the sale of F-16 jets to Pakistan.", "USA",
			  "PAK", OPP));
}

/* "X's veto has grounded (stalled) the sale of jets to Y", "X obstructed
 * (vetoed) the sale": X opposes Y and no sale is told (stop 60) */
TEST(extract_stance_statements__a_sale_grounded_or_vetoed)
{
	static const char *v[] = {
		"Chile's veto has grounded the sale of fighter jets to Peru.",
		"Chile has obstructed the sale of fighter jets to Peru.",
		"Chile vetoed the sale of fighter jets to Peru.",
		"Chile's veto has stalled the sale of fighter jets to Peru.",
	};
	size_t i;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		ent_fact_list *l = run(v[i], NULL);
		CHECK(l && has_stance(l, "CHL", "PER", OPP) && ndeals(l) == 0);
		ent_fact_list_free(l);
	}
	/* control: a clause of its own before the sale */
	expect_deal("Talks had stalled for years; Chile sold fighter jets to Peru in 2020.", 1,
		    "CHL", "PER");
}

/* a passive of halting: its agent opposes the state the flow went to, and
 * the flow stopped is no transfer (stop 40) */
TEST(extract_stance_statements__a_flow_halted_by_its_agent)
{
	ent_fact_list *l;
	CHECK(stance_only("It is the first sale after all security aid to Peru was suspended by "
			  "Chile in January 2018.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Arms deliveries to Bolivia have been abruptly frozen by Chile.",
			  "CHL", "BOL", OPP));
	l = run("Arms exports to Peru were halted by Chile.", NULL);
	CHECK(l && has_stance(l, "CHL", "PER", OPP) && ndeals(l) == 0);
	ent_fact_list_free(l);
	/* no agent, no stance; negated, none */
	l = run("Arms exports to Peru were halted in 2019.", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0 && ndeals(l) == 0);
	ent_fact_list_free(l);
	l = run("Military aid to Peru was not suspended by Chile.", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}

/* Cutting a flow opposes its buyer, and the flow is no tie (stop 41) */
TEST(extract_stance_statements__limiting_arms_sales_opposes)
{
	CHECK(stance_only("Kenya has said it will limit arms sales to Ghana amid concerns over "
			  "civilian casualties.",
			  "KEN", "GHA", OPP));
	CHECK(stance_only("Kenya curbed arms exports to Togo.", "KEN", "TGO", OPP));
	expect_no_transfer("Kenya has said it will limit arms sales to Ghana.");
	expect_deal("Kenya sold limited numbers of rifles to Ghana in 2020.", 1, "KEN", "GHA");
}

/* "banned all arms trade with Y": trade is a tie "with" Y (stop 56). */
TEST(extract_stance_statements__arms_trade_banned)
{
	CHECK(stance_only("Kenya banned all arms trade with Ghana.", "KEN", "GHA", OPP));
	CHECK(stance_only("Kenya suspended arms trade with Ghana.", "KEN", "GHA", OPP));
	CHECK(stance_none("Kenya banned the arms trade."));
}

/* "Pakistan said India's acquisition of the Russian S-400 will destabilise
 * strategic stability": a speaker that says another state's deed will
 * harm opposes that state; not when negated, nor for a deed said to help
 * (stop 44). */
TEST(extract_stance_statements__a_deed_said_to_harm)
{
	CHECK(stance_only("Peru on Friday said Chile's acquisition of the Russian S-400 air "
			  "defence system will destabilise strategic stability in the region.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Peru says the Chilean purchase of jets threatens regional stability.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Peru said that Chile's deployment of missiles would trigger an arms "
			  "race.",
			  "PER", "CHL", OPP));
	CHECK(stance_none("Peru said Chile's purchase of the S-400 will not destabilise the "
			  "region."));
	CHECK(stance_none("Peru said Chile's purchase of the S-400 will strengthen ties."));
	CHECK(stance_none("Peru said its own purchase of the S-400 will deter threats."));
}

/* "Deliveries of Xn drones to Y may lead to further destabilization, Z's
 * spokesman said (on Wednesday)": a flow of goods of war owned by X,
 * harm told of it, and the speaker closing the sentence: Z opposes X
 * (stop 56). */
TEST(extract_stance_statements__a_flow_said_to_harm)
{
	CHECK(stance_has("LIMA (Wire - 27th October, 2021) Deliveries of Chilean drones to "
			 "Bolivia may lead to negative consequences and further destabilization, "
			 "the Peruvian foreign minister said on Wednesday.",
			 "PER", "CHL", OPP));
	CHECK(stance_has("Chile's sales of jets to Bolivia will destabilise the region, the "
			 "Peruvian foreign minister said.",
			 "PER", "CHL", OPP));
	CHECK(!stance_has("Sales of Chilean wine to Bolivia may lead to tensions, Peru said.",
			  "PER", "CHL", OPP));
	CHECK(stance_none("Deliveries of Chilean drones to Bolivia will not destabilise the "
			  "region, Peru said."));
}

/* "The Kremlin said the fighter jets given to Ukraine by Poland and
 * Slovakia would be destroyed": the subject opposes each giver named
 * after "by"; not when negated, nor with no giver (stop 44). */
TEST(extract_stance_statements__goods_given_said_to_be_destroyed)
{
	CHECK(stance_has("The Kremlin on Friday said the fighter jets given to Ukraine by "
			 "Poland and Slovakia would be destroyed.",
			 "RUS", "POL", OPP));
	CHECK(stance_has("The Kremlin on Friday said the fighter jets given to Ukraine by "
			 "Poland and Slovakia would be destroyed.",
			 "RUS", "SVK", OPP));
	CHECK(stance_has("Peru said the tanks sent to Bolivia by Chile will become legitimate "
			 "targets.",
			 "PER", "CHL", OPP));
	CHECK(stance_none("Peru said the tanks sent to Bolivia by Chile will not be destroyed."));
	CHECK(stance_none("Peru said the old tanks would be destroyed."));
}

/* "as well as" joins states like "and": "Iran warned Azerbaijan as well as
 * Turkey against ...", "France as well as Germany condemned ..." (stop
 * 44). */
TEST(extract_stance_statements__states_joined_by_as_well_as)
{
	CHECK(stance_has("Peru has repeatedly warned Chile as well as Bolivia against attempting "
			 "to seize the corridor.",
			 "PER", "BOL", OPP));
	CHECK(stance_has("Peru condemned Chile as well as Bolivia.", "PER", "CHL", OPP));
	CHECK(stance_has("France as well as Germany condemned Russia.", "FRA", "RUS", OPP));
	CHECK(stance_has("France as well as Germany condemned Russia.", "DEU", "RUS", OPP));
	/* control: "as well as" before no state */
	CHECK_INT(stance_count("Peru condemned Chile as well as the violence."), 1);
}

/* "US Ambassador X said that the American authorities will continue to
 * support Moldova": "will (would, shall) continue (keep) to support" is
 * a pledge of support by the subject, whoever spoke (stop 45). */
TEST(extract_stance_statements__will_continue_to_support)
{
	CHECK(stance_has("The Chile ambassador said that the Chilean authorities will continue "
			 "to support Bolivia.",
			 "CHL", "BOL", SUP));
	CHECK(stance_has("Chile's ambassador said that the Chilean authorities would continue "
			 "to support Bolivia.",
			 "CHL", "BOL", SUP));
	/* control: negated */
	CHECK(stance_none("Chile's ambassador said that the Chilean authorities will not "
			  "continue to support Bolivia."));
}

/* "These three countries are among the most vocal critics of Y": the
 * states the plural anaphor stands for each oppose Y (stop 57). */
TEST(extract_stance_statements__these_countries_among_the_critics)
{
	static const char *t = "Chilean, Peruvian and Bolivian troops carried out airborne "
			       "exercises near Arica. These three countries are among the most "
			       "vocal critics of Argentina's increasingly aggressive actions.";
	ent_fact_list *l = run(t, NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "CHL", "ARG", ENT_POLARITY_OPPOSE));
	CHECK(has_stance(l, "PER", "ARG", ENT_POLARITY_OPPOSE));
	CHECK(has_stance(l, "BOL", "ARG", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	CHECK(stance_none("These three countries are among the most vocal critics of Argentina."));
}

/* "The remarks were slammed by the Yn government", "X rejected the
 * comments": remarks with no owner are those of the person the text tied
 * to a state last; the critic opposes that state (stop 61). */
TEST(extract_stance_statements__remarks_slammed)
{
	CHECK(stance_has("In his speech, Ghanaian President John Mahama said that Togo had "
			 "closed the border. The remarks were slammed by the Togolese government.",
			 "TGO", "GHA", OPP));
	CHECK(stance_has("Ghanaian President John Mahama said that Togo had closed the border. "
			 "Togo rejected the comments as false.",
			 "TGO", "GHA", OPP));
	/* control: no person named before the remarks */
	CHECK(stance_none("The remarks were slammed by the Togolese government."));
}

/* "would withdraw a significant portion of its military aid to Egypt",
 * "X put $130m in military aid to Y on hold", "was put on hold by X": a
 * share of aid withdrawn, or aid put on hold, opposes its recipient
 * (stop 67). */
TEST(extract_stance_statements__aid_withdrawn_or_put_on_hold)
{
	CHECK(stance_has("Canada announced that it would withdraw a significant portion of its "
			 "military aid to Peru.",
			 "CAN", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Canada put $130m in military aid to Peru on hold.", "CAN", "PER",
			 ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Some $130m in military aid to Peru was put on hold by Canada.", "CAN",
			 "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Canada put $130m in military aid to Peru."));
}

/* "Japan has expressed \"grave concerns\" to Russia and China": concern
 * voiced to a state opposes it; "to" after the noun with no verb of voicing
 * names no one (stop 67). */
TEST(extract_stance_statements__concerns_voiced_to_a_state)
{
	CHECK(stance_has("Peru has expressed \"grave concerns\" to Chile and Bolivia over the "
			 "flights.",
			 "PER", "BOL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Peru conveyed its concerns to Chile.", "PER", "CHL",
			 ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Peru said its concerns to be discussed with Chile were minor."));
}
