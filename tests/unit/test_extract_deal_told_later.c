/*
 * test_extract_deal_told_later.c - what a story tells of its one deal
 * paragraphs after it ("Notably, the deal, which was signed in 2018 for
 * $1.5 billion, hit a roadblock after the United States halted ..."), a
 * delivery announced behind a relative clause, a span of time granted for
 * a transfer, a purchase named by its goods after a decision to make it,
 * and halts told as nouns ("a freeze on arms exports to Y").  Each family
 * has controls.  Every sentence here was written for these tests (stop 44).
 */
#include "extract_harness.h"

/* "Notably, the deal, which was signed in July 2018 for $1.5 billion, hit a
 * roadblock after the United States halted ...": a reference opening the
 * sentence is told up to a clause of time or cause, whose states are its
 * own; a story of one deal names it so up to three paragraphs on. */
TEST(extract_deal_told_later__the_one_deal_of_the_story)
{
	const char *one = "Chile is close to a deal to buy 30 attack helicopters from Peru.\n\n"
			  "An officer said the helicopter is still on the list.\n\n"
			  "Speaking at a conference, the officer said the contract was delayed. "
			  "Notably, the deal, which was signed in July 2018 for about $1.5 "
			  "billion, hit a roadblock after Bolivia halted the export of the "
			  "engines.\n";
	const char *two = "Chile is close to a deal to buy 30 attack helicopters from Peru.\n\n"
			  "Ecuador signed a contract with Peru for six frigates.\n\n"
			  "An officer said the ships are on the list. Notably, the deal, which "
			  "was signed in July 2018 for about $1.5 billion, hit a roadblock.\n";
	CHECK_INT(deal_year(one, NULL, "PER", "CHL"), 2018);
	CHECK(deal_usd(one, "PER", "CHL") == 1.5e9);
	/* in the same paragraph, states after "after" are no parties */
	CHECK(deal_usd("Chile signed a deal to buy 30 attack helicopters from Peru. The deal, "
		       "worth $1.5 billion, hit a roadblock after Bolivia halted the export of "
		       "the engines.",
		       "PER", "CHL") == 1.5e9);
	/* control: two deals told, "the deal" two paragraphs on names none */
	CHECK(deal_usd(two, "PER", "CHL") == 0);
	/* control: states before the clause of time are still others */
	CHECK(deal_usd("Chile signed a deal to buy 30 attack helicopters from Peru. The deal "
		       "with Bolivia, worth $1.5 billion, was signed after talks.",
		       "PER", "CHL") == 0);
}

/* "The deliveries of the ships, which will be able to ..., will be made
 * starting from August 2023": a delivery still to come, past the relative
 * clause; one the clause does not hide is made. */
TEST(extract_deal_told_later__a_delivery_to_come_past_a_relative_clause)
{
	const char *signed_ = "In July 2018, Chile signed a contract for the acquisition of four "
			      "corvettes with Peru. ";
	char buf[512];
	snprintf(buf, sizeof buf, "%s%s", signed_,
		 "The deliveries of the ships, which will be able to perform all kinds of "
		 "duties from air defence to mine hunting, will be made at six-month "
		 "intervals starting from August 2023.");
	CHECK_INT(deal_status(buf, "PER", "CHL"), ENT_STATUS_SIGNED);
	CHECK_INT(deal_year(buf, NULL, "PER", "CHL"), 2018);
	snprintf(buf, sizeof buf, "%s%s", signed_,
		 "The deliveries of the ships, which were built in Lima, began in August 2023.");
	CHECK_INT(deal_status(buf, "PER", "CHL"), ENT_STATUS_DELIVERED);
}

/* "Chile has agreed to give us another year (to deliver the helicopters)":
 * a span of time granted for a transfer tells no transfer. */
TEST(extract_deal_told_later__time_granted_to_deliver)
{
	expect_no_deal("The minister said, \"Chile has agreed to give us another year (to "
		       "deliver the helicopters).\"");
	expect_no_deal("Chile has given Peru another year to deliver the helicopters.");
	expect_no_deal("Chile gave Peru more time to deliver the tanks.");
	/* controls: a double object of goods, and a plain delivery */
	expect_deal("Chile gave Peru 31 Abrams tanks.", 1, "CHL", "PER");
	expect_deal("Peru delivered the helicopters to Chile last year.", 1, "PER", "CHL");
}

/* "Algeria's acquisition of the Su-57 fighter will speed up the Moroccan
 * F-35 deal": a demonym on a deal noun after the noun of buying owns that
 * other deal, no seller of this one, which the goods' maker sells (stop
 * 59). */
TEST(extract_deal_told_later__a_demonym_on_a_later_deal)
{
	ent_fact_list *l = run("Ghana's acquisition of the Su-57 fighter will speed up the "
			       "Kenyan F-35 deal.",
			       NULL);
	CHECK(l && find_deal(l, "RUS", "GHA") != NULL);
	ent_fact_list_free(l);
	/* control: a demonym on the goods bought sells */
	expect_deal("Ghana's acquisition of Kenyan drones will speed up the talks.", 1, "KEN",
		    "GHA");
}

/* "Ankara's decision to go ahead with the Russian S-400 purchase": the
 * owner of the decision buys, from the maker on the goods right before the
 * noun, not from the maker of goods told earlier in the sentence. */
TEST(extract_deal_told_later__a_decision_to_go_ahead_with_a_purchase)
{
	ent_fact_list *l;
	const ent_fact *f;
	expect_deal("The sanctions were a punishment for Lima's decision to go ahead with the "
		    "Russian S-400 purchase.",
		    1, "RUS", "PER");
	expect_deal("Peru's decision to complete the Russian S-400 purchase angered Chile.", 1,
		    "RUS", "PER");
	l = run("Chile has put a halt to major deals for Peru including the F-35s, F-16 "
		"upgrade kits, and the T-129 engine as a punishment for Lima's decision to go "
		"ahead with the Russian S-400 purchase.",
		NULL);
	CHECK(l != NULL);
	f = l ? find_deal(l, "RUS", "PER") : NULL;
	CHECK(f != NULL);
	/* its goods are the S-400 only */
	CHECK(f && f->nitems == 1 && f->items[0].category == ENT_CAT_AIR_DEFENCE);
	CHECK(l && !find_deal(l, "USA", "PER"));
	ent_fact_list_free(l);
	/* control: a decision to buy from a seller after "from" */
	expect_deal("Peru's decision to buy jets from France angered Chile.", 1, "FRA", "PER");
}

/* "announced a freeze (moratorium) on arms exports to Y", "put a halt
 * (stop) to arms sales to Y": halts told as nouns oppose Y and tell no
 * supply. */
TEST(extract_deal_told_later__halts_told_as_nouns)
{
	static const char *const opp[] = {
		"Peru announced a freeze on arms exports to Chile.",
		"Peru imposed a halt on arms sales to Chile.",
		"Peru put a stop to arms exports to Chile.",
		"Peru ordered a halt to arms exports to Chile.",
		"Peru announced a moratorium on arms sales to Chile.",
		"Peru has put a halt to arms sales to Chile, including the F-35s and F-16 "
		"upgrade kits.",
		/* "a halt in" (stop 64) */
		"Peru submitted a letter to the UN calling for a halt in arms deliveries to "
		"Chile.",
	};
	size_t i;
	for (i = 0; i < sizeof opp / sizeof *opp; i++) {
		CHECK(stance_only(opp[i], "PER", "CHL", ENT_POLARITY_OPPOSE));
		CHECK_INT(ndeals_text(opp[i]), 0);
	}
	/* controls: no arms, and a halt of talks */
	CHECK(stance_none("Peru announced a freeze on fruit exports to Chile."));
	CHECK(stance_none("Peru put a stop to talks with Chile."));
}

/* "India seals missile deal with Russia" and "the S-400 surface to air
 * missile systems, ... worth $5 billion": goods told as missiles only may
 * be the air defence system, one deal. */
TEST(extract_deal_told_later__a_missile_deal_and_its_air_defence_system)
{
	const char *t = "Peru seals missile deal with Russia\n\n"
			"Peru agreed a deal with Russia to buy S-400 surface to air missile "
			"systems on Friday. The contract is worth $5 billion.\n\n"
			"The two sides welcomed the contract for the supply of the S-400 system "
			"to Peru.\n";
	ent_fact_list *l = run(t, "2018-10-06");
	CHECK(l != NULL);
	CHECK_INT(l ? ndeals(l) : 0, 1);
	ent_fact_list_free(l);
	/* control: missile frigates and an air defence system are two */
	l = run("Peru and Russia sealed a $500 million deal for two missile frigates in "
		"2018.\n\nPeru also signed an agreement with Russia in 2018 to buy S-400 air "
		"defence systems for $5 billion.\n",
		NULL);
	CHECK(l != NULL);
	CHECK_INT(l ? ndeals(l) : 0, 2);
	ent_fact_list_free(l);
}
