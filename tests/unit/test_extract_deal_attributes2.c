/*
 * test_extract_deal_attributes2.c - deal attributes read from the grammar
 * of news prose: the year of an MoU's signing wherever it stands, a
 * letter of intent for goods, "signed for <goods> from <state>", goods
 * "sold to Y by X" without "be", "paid <money> for <goods>".  Every
 * sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_attributes2__a_year_near_the_mou_dates_its_signing)
{
	/* the year stands nearer the MoU word than "signed": it is the
	 * signing's, not the dateline's */
	CHECK_INT(deal_year("Vietnam signed a memorandum of understanding with Russia in 2020 "
			    "for 12 Su-30 jets.",
			    "2023-06-10", "RUS", "VNM"),
		  2020);
	CHECK_INT(deal_year("Vietnam and Russia signed an MoU in 2020 on the supply of 12 "
			    "Su-30 jets.",
			    "2023-06-10", "RUS", "VNM"),
		  2020);
	/* the year before the verb still counts */
	CHECK_INT(deal_year("In 2020, Vietnam signed an MoU with Russia for 12 Su-30 jets.",
			    "2023-06-10", "RUS", "VNM"),
		  2020);
	/* no year stated: the dateline's */
	CHECK_INT(deal_year("Vietnam signed an MoU with Russia for 12 Su-30 jets.", "2023-06-10",
			    "RUS", "VNM"),
		  2023);
	CHECK_INT(deal_status("Vietnam signed a memorandum of understanding with Russia in 2020 "
			      "for 12 Su-30 jets.",
			      "RUS", "VNM"),
		  ENT_STATUS_MOU);
}

TEST(extract_deal_attributes2__a_letter_of_intent_for_goods_is_an_mou)
{
	expect_deal("Egypt signed a letter of intent with Germany in 2019 for two frigates.", 1,
		    "DEU", "EGY");
	CHECK_INT(deal_status("Egypt signed a letter of intent with Germany in 2019 for two "
			      "frigates.",
			      "DEU", "EGY"),
		  ENT_STATUS_MOU);
	expect_deal("Chile and Spain signed a declaration of intent on four patrol vessels in "
		    "2021.",
		    1, NULL, NULL);
	/* "intent" alone is no document */
	expect_no_deal("Egypt stated its intent to talk with Germany about frigates.");
	expect_no_deal("Egypt made clear the intent of its talks with Germany on frigates.");
	/* an intent "to" join a scheme: no goods are meant */
	expect_no_deal("Chile and Peru signed letters of intent to join an air defence shield "
		       "that Spain proposed in 2022.");
}

TEST(extract_deal_attributes2__signed_for_goods_from_a_state_is_a_purchase)
{
	expect_deal("The Philippines signed for two corvettes from South Korea in December 2021.",
		    1, "KOR", "PHL");
	CHECK_INT(deal_status("Peru signed for two corvettes from South Korea in 2021.", "KOR",
			      "PER"),
		  ENT_STATUS_SIGNED);
	CHECK_INT(deal_year("The UAE signed for 80 Rafale fighters from France in 2021.", NULL,
			    "FRA", "ARE"),
		  2021);
	/* no goods right after "for" */
	expect_no_deal("Peru signed for its part a statement from South Korea in 2021.");
	/* negated */
	expect_no_deal("Peru never signed for the corvettes from South Korea.");
	/* "with <state>" after the goods, or a design of a known maker
	 * (stop 54); goods of no known maker and no state give none */
	expect_deal("Peru signed for eight F-16 jets with the United States in 2022.", 1, "USA",
		    "PER");
	CHECK_INT(deal_year("Peru signed for eight F-16s in February 2022.", NULL, "USA", "PER"),
		  2022);
	expect_no_deal("Peru signed for eight transport aircraft in 2022.");
	/* the maker's firm before the design (stop 55) */
	expect_deal("Ghana signed for six Embraer Super Tucano aircraft.", 1, "BRA", "GHA");
	expect_no_deal("Ghana signed for six Embraer aircraft.");
	/* the partner after "with", then "for" (stop 58) */
	expect_deal("Peru's navy signed with Spain for two offshore patrol vessels.", 1, "ESP",
		    "PER");
	expect_deal("Peru signed with Navantia for two offshore patrol vessels.", 1, "ESP", "PER");
	expect_no_deal("Peru signed with Spain for a loan.");
	/* the partner's firm after its possessive, over the rest of the
	 * firm's name (stop 63) */
	expect_deal("Peru signed with South Korea's Hyundai Mipo for a naval tanker.", 1, "KOR",
		    "PER");
	expect_no_deal("Peru signed with Spain's president for two offshore patrol vessels.");
	/* the maker's demonym right before the goods (stop 59) */
	CHECK_INT(deal_year("Peru signed for the Brazilian aircraft in 2020.", NULL, "BRA", "PER"),
		  2020);
	expect_deal("Ghana was the second nation to sign for the Brazilian aircraft after Peru.",
		    2, "BRA", "GHA");
	expect_deal("Ghana was the second nation to sign for the Brazilian aircraft after Peru.",
		    2, "BRA", "PER");
}

TEST(extract_deal_attributes2__goods_sold_to_a_state_by_another_are_the_agents_sale)
{
	/* a passive participle right after the goods, without "be": the
	 * agent after "by" sells, not the goods' maker */
	expect_deal("The 12 Super Tucano aircraft sold to Nigeria by the United States in 2017 "
		    "cost $500 million.",
		    1, "USA", "NGA");
	expect_deal("Six Su-30 jets sold to Algeria by Belarus arrived in 2020.", 1, "BLR", "DZA");
	expect_deal("The Leopard 2 tanks delivered to Ukraine by Poland in 2023 were old.", 1, "POL",
		    "UKR");
	/* "by" a year is no agent: the maker stays the seller */
	expect_deal("The Leopard 2 tanks delivered to Ukraine by 2023 were old.", 1, "DEU", "UKR");
}

TEST(extract_deal_attributes2__paying_money_for_goods_is_buying_them)
{
	/* "paid <money> for <goods>" as "spent <money> on <goods>" */
	expect_deal("The Philippines paid $375 million for BrahMos missiles from India in 2022.", 1,
		    "IND", "PHL");
	expect_deal("India paid Russia $5.4 billion for S-400 systems in 2018.", 1, "RUS", "IND");
	CHECK_INT(deal_year("India paid Russia $5.4 billion for S-400 systems in 2018.", NULL,
			    "RUS", "IND"),
		  2018);
	/* no money, or no goods after it: nothing bought */
	expect_no_deal("Serbia paid $20 million to the firm that built the roads.");
	expect_no_deal("Egypt paid a visit to France to see the Rafale jets.");
}

TEST(extract_deal_attributes2__category_from_a_ship_class_named_after_a_missile)
{
	/* "Mistral ships" are amphibious ships, not the Mistral missile
	 * (weapons.tsv) */
	ent_fact_list *l = run("Egypt bought two Mistral ships from France for 950 million euros "
			       "in 2015.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "FRA", "EGY") : NULL;
	CHECK(f != NULL && f->nitems == 1);
	if (f && f->nitems == 1)
		CHECK_STR(ent_category_name(f->items[0].category), "naval");
	ent_fact_list_free(l);
	/* the missile stays air defence */
	l = run("Egypt bought Mistral missiles from France in 2015.", NULL);
	f = l ? find_deal(l, "FRA", "EGY") : NULL;
	CHECK(f != NULL && f->nitems >= 1);
	if (f && f->nitems >= 1)
		CHECK_STR(ent_category_name(f->items[0].category), "air_defence");
	ent_fact_list_free(l);
	/* a drone designation the file lists: a count of six drones */
	l = run("Serbia bought six CH-92A drones from China in 2020.", NULL);
	f = l ? find_deal(l, "CHN", "SRB") : NULL;
	CHECK(f != NULL && f->nitems == 1);
	if (f && f->nitems == 1)
		CHECK_INT(f->items[0].quantity, 6);
	ent_fact_list_free(l);
}

/* Within one document the year of a plan ("is likely to start receiving
 * the jets by the end of 2029") is no year of the deal made, whichever is
 * told first; a stage made dated later still dates it. */
TEST(extract_deal_attributes2__a_plan_s_year_is_no_deal_s_year)
{
	CHECK_INT(deal_year("Peru and Chile on Monday signed a deal for 26 Rafale jets. The Peruvian "
			    "navy is likely to start receiving the Rafales by the end of 2029.",
			    NULL, "CHL", "PER"),
		  0);
	CHECK_INT(deal_year("Peru is likely to start receiving Rafale jets from Chile by the end of "
			    "2029.\n\nPeru and Chile on Monday signed the deal for the 26 Rafale jets.",
			    NULL, "CHL", "PER"),
		  0);
	CHECK_INT(deal_year("Peru signed a deal for 26 Rafale jets from Chile in 2020. The first "
			    "Rafales were delivered to Peru in 2023.",
			    NULL, "CHL", "PER"),
		  2023);
}

/* "The agreement between X and Y also includes ...": more of the latest
 * deal of its parties told before, whatever the goods; with no deal before
 * it stands alone. */
TEST(extract_deal_attributes2__an_agreement_that_also_includes_adds_to_the_deal)
{
	ent_fact_list *l = run("Peru receives first 6 of 12 Chilean jets\n\nLIMA, Peru\nThe "
			       "agreement between Peru and Chile also includes military "
			       "cooperation and the training of Peruvian pilots.",
			       NULL);
	CHECK(l && ndeals(l) == 1);
	CHECK(l && find_deal(l, "CHL", "PER") &&
	      ent_fact_has_category(find_deal(l, "CHL", "PER"), ENT_CAT_TRAINING));
	ent_fact_list_free(l);
	l = run("The agreement between Peru and Chile also includes the training of Peruvian "
		"pilots by Chile.",
		NULL);
	CHECK(l && ndeals(l) == 1);
	ent_fact_list_free(l);
}

/* "The deal includes (the purchase of) ...", with no "also", is more of the
 * deal told before; a year after "a (delivery) date of" is a schedule, no
 * year of the deal. */
TEST(extract_deal_attributes2__the_deal_includes_adds_to_the_deal)
{
	ent_fact_list *l = run("Lima (EFE) Feb 25, 2020\n"
			       "Peruvian President Pedro Gomez has signed a deal arranging for the "
			       "purchase of more than $3 billion in military equipment from France, "
			       "Gomez and President Luc Martin announced Tuesday.\n"
			       "The deal includes purchase of six Dassault Rafale jets for the "
			       "Peruvian army, with an expected delivery date of 2023, and 24 Nexter "
			       "Caesar howitzers.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "FRA", "PER") : NULL;
	CHECK(l && ndeals(l) == 1);
	CHECK(f && f->year == 2020);
	CHECK(f && ent_fact_has_category(f, ENT_CAT_ARTILLERY));
	ent_fact_list_free(l);
	CHECK_INT(deal_year("Lima (EFE) Feb 25, 2020\n"
			    "Peru bought six Rafale jets from France, with an expected delivery "
			    "date of 2023.",
			    NULL, "FRA", "PER"),
		  2020);
}

/* ", in addition to a 2015 contract for ...": another deal of its own. */
TEST(extract_deal_attributes2__in_addition_to_a_contract_is_another_deal)
{
	ent_fact_list *l = run("The agreement follows a $1.9 billion deal of an air defense "
			       "system to Peru, approved by the French government on Feb. 10, in "
			       "addition to a 2015 contract for the sale of 22 Rafale jets to Peru.",
			       NULL);
	size_t i, n = 0;
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL && !strcmp(l->v[i].recipient.s, "PER");
	CHECK_INT(n, 2);
	ent_fact_list_free(l);
}

/* A year after "through", "till" or "until" ends a stretch of time
 * ("allocated for the purchase through 2026", "maintenance through 2030")
 * and dates no stage. */
TEST(extract_deal_attributes2__the_end_of_a_stretch_is_no_year)
{
	CHECK_INT(deal_year("Peru bought 12 Rafale jets from Chile. A total of $1.2 billion has been "
			    "allocated from the budget for the purchase of the Rafale through 2026.",
			    NULL, "CHL", "PER"),
		  0);
	CHECK_INT(deal_year("Peru signed a $2 billion deal for Rafale jets from Chile that covers "
			    "maintenance till 2035.",
			    NULL, "CHL", "PER"),
		  0);
	CHECK_INT(deal_year("Peru bought 12 Rafale jets from Chile in 2021.", NULL, "CHL", "PER"),
		  2021);
}

/* A decimal comma ("an 11,1 billion USD arms deal") is a decimal point;
 * commas that group thousands ("1,200 rifles", "$5,000,000") are not; a
 * count with a decimal comma is no count of pieces. */
TEST(extract_deal_attributes2__decimal_and_thousands_commas)
{
	ent_fact_list *l = run("The US last week announced an 11,1 billion USD arms deal for Peru.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "USA", "PER") : NULL;
	CHECK(f && f->value.present && f->value.amount > 11.09e9 && f->value.amount < 11.11e9);
	ent_fact_list_free(l);
	l = run("Peru bought 1,200 rifles from Israel for $5,000,000.", NULL);
	f = l ? find_deal(l, "ISR", "PER") : NULL;
	CHECK(f && f->nitems > 0 && f->items[0].quantity == 1200);
	CHECK(f && f->value.present && f->value.amount == 5e6);
	ent_fact_list_free(l);
}

/* "ordered under a contract inked between X and Y in August 2013": the
 * order and the contract it was placed under are one stage, so the
 * contract's year is the order's. */
TEST(extract_deal_attributes2__an_order_takes_the_year_of_its_contract)
{
	CHECK_INT(deal_year("The frigate was ordered under a $440 million contract inked between "
			    "Peru and South Korea in August 2013.",
			    NULL, "KOR", "PER"),
		  2013);
	CHECK_INT(deal_status("The frigate was ordered under a $440 million contract inked between "
			      "Peru and South Korea in August 2013.",
			      "KOR", "PER"),
		  ENT_STATUS_ORDERED);
	/* a delivery is another stage: the contract's year is not its year */
	CHECK_INT(deal_year("The frigate was delivered to Peru by South Korea under a contract "
			    "signed in 2013.",
			    NULL, "KOR", "PER"),
		  0);
}

/* "agreed to push to finalise a new contract": an agreement to strive for
 * a deal is no signing; "agreed to buy" is one. */
TEST(extract_deal_attributes2__agreed_to_push_for_a_deal_is_no_signing)
{
	CHECK_INT(deal_status("The two leaders agreed to push to finalise a new contract to export "
			      "South Korean K-2 tanks to Poland by the end of the year.",
			      "KOR", "POL"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Poland agreed to buy 180 K-2 tanks from South Korea.", "KOR", "POL"),
		  ENT_STATUS_SIGNED);
}

/* "has long expressed interest in acquiring F-35 jets and was promised a
 * chance to buy them when it agreed to normalize relations with Y": an
 * offer and an accord of policy, no purchase (stop 54). */
TEST(extract_deal_attributes2__a_chance_to_buy_and_an_accord_of_policy)
{
	expect_no_deal("Oman has long expressed interest in acquiring the F-35 jets made by "
		       "Lockheed Martin and was promised a chance to buy them when it agreed to "
		       "normalize relations with Israel last August.");
	expect_no_deal("Oman was given the opportunity to buy F-35 jets from the United States.");
	/* a chance taken is a purchase */
	expect_deal("Oman agreed to buy F-35 jets from the United States.", 1, "USA", "OMN");
}

/* "... selected a Japanese proposal for its new frigate acquisition plan.
 * The deal, worth $6.5 billion, will be Japan's largest-ever defense
 * equipment export project": a sentence opening with "The deal" tells the
 * deal before again, when its buyer is that deal's. */
TEST(extract_deal_attributes2__the_deal_opening_a_sentence_is_the_deal_before)
{
	ent_fact_list *l = run("The Peruvian Navy has selected a Japanese proposal for its new "
			       "frigate acquisition plan.\nThe deal, worth up to $6.5 billion, will "
			       "be Japan's largest-ever defense equipment export to Peru.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "JPN", "PER") : NULL;
	CHECK(l && ndeals(l) == 1);
	CHECK(f && f->value.present && f->value.has_usd && f->value.usd == 6.5e9);
	ent_fact_list_free(l);
	/* another buyer: another deal */
	expect_deals("The Peruvian Navy has selected a Japanese proposal for its new frigate "
		     "acquisition plan. The deal, worth up to $6.5 billion, will see Japan export "
		     "frigates to Chile.",
		     2, NULL, NULL);
}

/* "Latvia also hinted that it could be the second member state to acquire
 * the Turkish UCAVs": a purchase only hinted at is interest; a delivery
 * signalled is one. */
TEST(extract_deal_attributes2__a_purchase_hinted_at_is_no_deal)
{
	expect_no_deal("Latvia also hinted that it could be the second European Union and NATO "
		       "member state to acquire the Turkish UCAVs.");
	CHECK_INT(deal_status("Latvia signalled that it had received Turkish drones.", "TUR",
			      "LVA"),
		  ENT_STATUS_DELIVERED);
}

/* "including four Super Tucanos from Brazil in 2015, two Mi-17s from
 * Russia in 2017 and a C295 from Spain in 2019": each seller of the list
 * keeps the year after it, not the first one of the sentence. */
TEST(extract_deal_attributes2__each_seller_of_a_list_keeps_its_year)
{
	static const char *text =
		"Over the last decade, Ghana has taken delivery of several small batches of "
		"aircraft, including four Super Tucanos from Brazil in 2015, two Mi-17 "
		"helicopters from Russia in March 2017 and a single C295 from Spain in 2019.";
	CHECK_INT(deal_year(text, NULL, "BRA", "GHA"), 2015);
	CHECK_INT(deal_year(text, NULL, "RUS", "GHA"), 2017);
	CHECK_INT(deal_year(text, NULL, "ESP", "GHA"), 2019);
}

/* "a letter of (offer and) acceptance", "the LOA": the contract of a
 * foreign military sale is a deal noun (stop 58). */
TEST(extract_deal_attributes2__a_letter_of_acceptance)
{
	CHECK_INT(deal_status("Peru and the United States signed a letter of acceptance for 20 "
			      "F-16 jets.",
			      "USA", "PER"),
		  ENT_STATUS_SIGNED);
	expect_deal("Peru signed a letter of offer and acceptance for 20 F-16 jets.", 1, "USA",
		    "PER");
	expect_deal("Peru signed the LOA for 20 F-16 jets with the United States.", 1, "USA",
		    "PER");
	expect_no_deal("Peru signed a letter of acceptance of the new ambassador.");
}

/* "Y sent the (signed) letter of acceptance to X": the buyer sends its
 * acceptance back to the seller, a deal signed; "X sent a letter of offer
 * and acceptance to Y" is the seller's (stop 59). */
TEST(extract_deal_attributes2__an_acceptance_sent_back)
{
	expect_deal("Peru had sent the signed letter of acceptance to the United States for 20 "
		    "F-16 jets.",
		    1, "USA", "PER");
	CHECK_INT(deal_status("Lima sent the letter of acceptance to Washington for 20 F-16 jets.",
			      "USA", "PER"),
		  ENT_STATUS_SIGNED);
	expect_deal("Peru sent the signed contract to Chile for two patrol boats.", 1, "CHL",
		    "PER");
	expect_deal("The US sent a letter of offer and acceptance to Peru for 20 F-16 jets.", 1,
		    "USA", "PER");
	expect_deal("Chile sent two patrol boats to Peru.", 1, "CHL", "PER");
}

/* "X selected (the French company) Thales to supply radars": a firm
 * picked to supply goods is a deal of its state with the picker, with no
 * count or designation needed (stop 58). */
TEST(extract_deal_attributes2__a_firm_selected_to_supply)
{
	expect_deal("Ghana selected the French company Thales to supply radars.", 1, "FRA", "GHA");
	/* "Elta", Elta Systems' short form (stop 59) */
	expect_deal("Ghana picked Israel's Elta to supply air defence radars.", 1, "ISR", "GHA");
	expect_deal("Ghana picked Hanwha to supply radars.", 1, "KOR", "GHA");
	/* "Hanhwa", a spelling news prints for Hanwha (stop 60) */
	expect_deal("Hanhwa signed an agreement worth $717 million with Ghana to provide its "
		    "army artillery weapons.",
		    1, "KOR", "GHA");
	/* control: the firm's own supply stays a tie */
	ent_fact_list *l = run("Thales supplies radars to Ghana.", NULL);
	const ent_fact *f = l ? find_deal(l, "FRA", "GHA") : NULL;
	CHECK(f && f->type == ENT_FACT_SUPPLY);
	ent_fact_list_free(l);
}

/* "has given (preliminary) approval for (foreign military) sales of X to
 * Y": the approval given is no goods and no delivery; the sale after it is
 * a deal reported.  A foreign military sale "to the Government of Y" and
 * one whose goods run long before "to" name their buyer (stop 61). */
TEST(extract_deal_attributes2__approval_given_for_a_sale)
{
	CHECK_INT(deal_status("The United States gave approval for the sale of HIMARS launchers "
			      "to Oman.",
			      "USA", "OMN"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("The United States has given preliminary approval for foreign "
			      "military sales of Evolved Sea Sparrow Block 2 Missiles (ESSM) and "
			      "Mark 54 Mod 0 Lightweight Torpedoes (LWT) to Oman.",
			      "USA", "OMN"),
		  ENT_STATUS_REPORTED);
	expect_deal("The State Department approved a possible Foreign Military Sale to the "
		    "Government of Oman of HIMARS launchers for an estimated cost of $100 "
		    "million.",
		    1, "USA", "OMN");
	/* the approver sells, whatever the goods' maker, as "approved the
	 * sale" has it */
	expect_deal("Norway gave approval for the sale of Leopard tanks to Oman.", 1, "NOR", "OMN");
	/* control: approval given to a state is no sale */
	expect_no_deal("The United States gave approval for Oman to host the talks.");
}

/* "The air force has confirmed (announced, celebrated) the delivery of the
 * first two of six helicopters": a delivery told as done; the year of the
 * rest "expected to arrive" later is not its year (stop 62). */
TEST(extract_deal_attributes2__a_delivery_confirmed)
{
	CHECK_INT(deal_status("The Kenyan Air Force has confirmed the delivery of the first two of "
			      "six Z-9 helicopters from China.",
			      "CHN", "KEN"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Ghana celebrated the delivery of four patrol boats from China.",
			      "CHN", "GHA"),
		  ENT_STATUS_DELIVERED);
	/* control: a delivery to come */
	CHECK(deal_status("China announced the delivery of four patrol boats to Ghana next year.",
			  "CHN", "GHA") != ENT_STATUS_DELIVERED);
	CHECK_INT(deal_year("The Kenyan Air Force has confirmed the delivery of the first two of "
			    "six Z-9 helicopters from China, with the remainder expected to "
			    "arrive before Q2 2023.",
			    "2022-11-07", "CHN", "KEN"),
		  2022);
	/* control: the month "May" is no hedge */
	CHECK_INT(deal_year("China delivered four radars to Kenya in May 2023.", "2022-11-07",
			    "CHN", "KEN"),
		  2023);
}

/* "Riga expects deliveries of its HIMARS to begin in 2027": deliveries to
 * begin are to come, and who awaits them receives them, unless "to Y"
 * names the receiver (stop 62). */
TEST(extract_deal_attributes2__deliveries_expected_to_begin)
{
	CHECK_INT(deal_status("Vilnius expects deliveries of its NASAMS from Norway to begin in "
			      "2027.",
			      "NOR", "LTU"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Lithuania expects deliveries of its howitzers to begin in 2027, "
			      "with Norway approving the sale in October.",
			      "NOR", "LTU"),
		  ENT_STATUS_REPORTED);
	expect_not("Lithuania expects deliveries of its howitzers to begin in 2027, with Norway "
		   "approving the sale in October.",
		   "LTU", "NOR");
	/* control: the receiver after "to" */
	expect_deal("Norway expects deliveries of howitzers to Lithuania to begin in 2027.", 1,
		    "NOR", "LTU");
}

/* "Moscow has started (began) supplying Su-35 jets to Tehran": supplies
 * begun are deliveries, not a tie; a hedge before the start keeps them
 * undone (stop 62). */
TEST(extract_deal_attributes2__supplies_begun)
{
	CHECK_INT(deal_status("Lima has started supplying patrol boats to Quito.", "PER", "ECU"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Peru began supplying armoured vehicles to Ecuador.", "PER", "ECU"),
		  ENT_STATUS_DELIVERED);
	CHECK(deal_status("Peru may have started supplying armoured vehicles to Ecuador.", "PER",
			  "ECU") != ENT_STATUS_DELIVERED);
}

/* "X is planning (plans, intends, is preparing) to send missiles to Y": a
 * transfer planned is a deal reported, not a standing supply tie (stop
 * 62). */
TEST(extract_deal_attributes2__a_transfer_planned)
{
	CHECK_INT(deal_status("Peru is planning to send artillery shells to Ecuador.", "PER",
			      "ECU"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("The United States accused Peru of planning to send missiles to "
			      "Ecuador.",
			      "PER", "ECU"),
		  ENT_STATUS_REPORTED);
	/* control: a plan denied */
	expect_no_transfer("Peru is not planning to send artillery shells to Ecuador.");
}

/* "In 2022, X confirmed its purchase of 25 J-10C jets": a purchase
 * confirmed is signed, with "its (their)" as with "the" (stop 62;
 * sn/004). */
TEST(extract_deal_attributes2__its_purchase_confirmed)
{
	CHECK_INT(deal_status("In 2022, Peru confirmed its purchase of 25 J-10C fighter jets from "
			      "China.",
			      "CHN", "PER"),
		  ENT_STATUS_SIGNED);
	/* control: a purchase only considered */
	CHECK(deal_status("In 2022, Peru considered its purchase of 25 J-10C fighter jets from "
			  "China.",
			  "CHN", "PER") != ENT_STATUS_SIGNED);
}
