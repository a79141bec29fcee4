/*
 * test_extract_bulk_and_civil.c - goods sold by the tonne or the cubic
 * metre, goods of farms and fields, and drills of students or
 * firefighters: none of them is a deal or an exercise of forces, while
 * ammunition by the tonne stays a transfer.  Every sentence here was
 * written for these tests (stop 51).
 */
#include "extract_harness.h"

TEST(extract_bulk_and_civil__goods_by_measure)
{
	expect_no_transfer("Uruguay sold Paraguay 300 tonnes of beef last year.");
	expect_no_transfer("Algeria sold Tunisia 2.5 billion cubic metres of gas.");
	expect_no_transfer("Chile shipped 40,000 litres of wine to Peru.");
	/* control: materiel by the tonne is a transfer */
	CHECK(ndeals_text("Uruguay sold Paraguay 300 tonnes of ammunition last year.") == 1);
}

TEST(extract_bulk_and_civil__goods_of_farms_and_fields)
{
	expect_no_deal("Chile exported irrigation systems worth $40 million to Peru.");
	expect_no_deal("Uruguay supplied agricultural machinery worth $12 million to Paraguay.");
	/* control: a weapon named after the verb stays goods */
	CHECK(ndeals_text("Chile exported 12 patrol boats worth $40 million to Peru.") == 1);
	/* goods of no weapon worth a sum (stop 53) */
	CHECK(ndeals_text("Chile exported watches worth $2 billion to Peru.") == 0);
	CHECK(ndeals_text("Chile sold cheese worth $40 million to Peru.") == 0);
	/* controls: arms, systems and a package worth a sum stay deals */
	CHECK(ndeals_text("Chile exported arms worth $2 billion to Peru.") == 1);
	CHECK(ndeals_text("Chile sold a package worth $40 million to Peru.") == 1);
	CHECK(ndeals_text("Chile sold components worth $40 million to Peru.") == 1);
	/* food and ores of the trade in raw goods (stop 57) */
	expect_no_transfer("Chile sold fish to Togo.");
	expect_no_transfer("Peru exported lithium and cobalt to Ghana.");
	/* nuts and stones (stop 58), and papers handed over */
	expect_no_transfer("Togo sold peanuts to China.");
	expect_no_transfer("Togo's gems were sold to buyers from China.");
	expect_no_transfer("Chile exported diamonds and gems to Ghana.");
	expect_no_transfer("Chilean President Juan Soto hands over final documents to US Secretary "
			   "of State John Smith.");
	/* control: a weapon after the raw goods stays goods */
	CHECK(ndeals_text("Chile sold fish and two patrol boats to Togo.") == 1);
	/* a supply tie needs arms or gear for its object: plain words that
	 * are neither name goods of trade (stop 59) */
	expect_no_transfer("Norway sold salmon to Togo.");
	expect_no_transfer("Czech brewers sold beer to Ghana.");
	/* a general noun of goods after a word of civil goods (stop 61) */
	expect_no_transfer("Norway sold dairy products to Togo.");
	CHECK(ndeals_text("Norway sold defence products to Togo.") == 1);
	/* controls: gear, a pronoun, an adverb or no object keep the tie */
	CHECK(ndeals_text("Norway sold equipment to Togo.") == 1);
	CHECK(ndeals_text("Norway sold them to Togo.") == 1);
	CHECK(ndeals_text("Norway sells heavily to Togo.") == 1);
	CHECK(ndeals_text("Norway sells to Togo.") == 1);
}

TEST(extract_bulk_and_civil__drills_of_civil_life)
{
	CHECK(nexercises_text("Chilean and Peruvian students took part in a joint robotics "
			      "exercise.") == 0);
	CHECK(nexercises_text("Chilean and Peruvian firefighters held a joint drill in Arica.") ==
	      0);
	CHECK(nexercises_text("Chile and Peru held a joint coastal clean-up drill.") == 0);
	/* control: troops of the same two states drill */
	CHECK(nexercises_text("Chilean and Peruvian troops held a joint drill in Arica.") == 1);
}
