/*
 * test_extract_stance_actors.c - who holds a stance, on sentences written
 * for these tests (none quotes an article): the officials, envoys, lists
 * of states, pronouns and participial clauses that stand for a state.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance_actors__envoy_to_host)
{
	CHECK(stance_only("The Kenyan envoy to Addis Ababa criticised Uganda's military build-up.",
			  "KEN", "UGA", OPP));
	CHECK(stance_only("The Kenyan envoy to Ethiopia criticised Uganda's military build-up.",
			  "KEN", "UGA", OPP));
	CHECK(stance_only("The Peruvian ambassador to Kampala condemned Chile's missile test.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Ghana's ambassador to Benin denounced Togo's new tariffs.", "GHA",
			  "TGO", OPP));
}

TEST(extract_stance_actors__officials_of_list)
{
	CHECK(stance_has("The foreign ministers of Peru and Bolivia condemned Chile's naval "
			 "blockade.",
			 "PER", "CHL", OPP));
	CHECK(stance_has("The foreign ministers of Peru and Bolivia condemned Chile's naval "
			 "blockade.",
			 "BOL", "CHL", OPP));
	CHECK(stance_count("The foreign ministers of Peru and Bolivia condemned Chile's naval "
			   "blockade.") == 2);
	CHECK(stance_has("The presidents of Kenya and Tanzania backed Rwanda's bid.", "KEN", "RWA",
			 SUP));
	CHECK(stance_has("The leaders of Ghana, Benin and Niger denounced Togo's raid.", "GHA",
			 "TGO", OPP));
	CHECK(stance_has("The leaders of Ghana, Benin and Niger denounced Togo's raid.", "BEN",
			 "TGO", OPP));
}

TEST(extract_stance_actors__along_with)
{
	CHECK(stance_has("Peru, along with Bolivia, condemned Chile's naval blockade.", "PER",
			 "CHL", OPP));
	CHECK(stance_has("Peru, along with Bolivia, condemned Chile's naval blockade.", "BOL",
			 "CHL", OPP));
	CHECK(stance_has("Peru, together with Bolivia, voiced support for Ecuador.", "PER", "ECU",
			 SUP));
	CHECK(stance_count("Peru, together with Bolivia, voiced support for Ecuador.") == 2);
	/* the object of "along with" after the verb is no actor */
	CHECK(stance_only("Peru condemned Chile along with its allies.", "PER", "CHL", OPP));
}

TEST(extract_stance_actors__act_in_first_clause)
{
	/* the act named in the sentence's first clause, judged in a
	 * participial clause */
	CHECK(stance_only("Uganda raided the border post, with Kenya denouncing the raid.", "KEN",
			  "UGA", OPP));
	CHECK(stance_only("Chile launched a missile on Monday, with Peru condemning the launch.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Uganda raided the border post, with Kenya denouncing the attack as "
			  "illegal.",
			  "KEN", "UGA", OPP));
	CHECK(stance_only("Togo shelled the port on Monday. Ghana condemned the strikes.", "GHA",
			  "TGO", OPP));
	/* "staged a test" gives "the test" its owner */
	CHECK(stance_only("Chile staged a missile test on Monday, with Peru condemning the test.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Togo held a missile test. Ghana condemned the test.", "GHA",
			  "TGO", OPP));
}

TEST(extract_stance_actors__office_continued)
{
	/* "he/she" opening a sentence after a sentence opened by an unnamed
	 * titled office */
	CHECK(stance_only("The Peruvian foreign minister spoke on Monday. He also condemned "
			  "Chile's missile test.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("The Kenyan defence minister met reporters. She denounced Uganda's "
			  "border raid.",
			  "KEN", "UGA", OPP));
	CHECK(stance_only("Peru's foreign minister spoke on Monday. She also condemned Chile's "
			  "missile test.",
			  "PER", "CHL", OPP));
	/* an office that does not open the sentence before: no stance */
	CHECK(stance_none("Talks with the Peruvian foreign minister ended. He also condemned "
			  "Chile's missile test."));
}

TEST(extract_stance_actors__apposed_name)
{
	/* "Name, (the) Xn title," ties the name to X for later sentences */
	CHECK(stance_only("Ana Ruiz, the Peruvian foreign minister, spoke on Monday. She also "
			  "condemned Chile's missile test.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kofi Mensah, Ghana's defence minister, met reporters. Mensah later "
			  "denounced Togo's border raid.",
			  "GHA", "TGO", OPP));
	/* an opening adverb is no name */
	CHECK(stance_none("Meanwhile, the Peruvian foreign minister spoke on Monday. Officials "
			  "said the talks would go on."));
}

/* "Senior Colonel Zhang Xiaogang (...), spokesperson for China's defense
 * ministry, ... Zhang condemned": a name before ", <title> for <state>"
 * stands for that state later, its short first word too (stop 67). */
TEST(extract_stance_actors__name_then_title_for_a_state)
{
	CHECK(stance_has("Senior Colonel Li Wenhao (李文浩), spokesperson for Peru's defense "
			 "ministry, spoke on Monday. Later, Li condemned Chile's naval drills.",
			 "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Ana Ruiz, the spokeswoman of Peru's foreign ministry, spoke on Monday. "
			 "Ruiz condemned Chile's naval drills.",
			 "PER", "CHL", ENT_POLARITY_OPPOSE));
}

/* "reacted with anger to Taiwan receiving its first F-16 fighter jet from
 * the US": the seller is opposed too (stop 67). */
TEST(extract_stance_actors__anger_at_a_receipt_opposes_the_seller)
{
	CHECK(stance_has("Lima has reacted with anger to Chile receiving its first F-16 jet from "
			 "the US.",
			 "PER", "USA", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Lima has reacted with anger to Chile receiving its first F-16 jet from "
			 "the US.",
			 "PER", "CHL", ENT_POLARITY_OPPOSE));
}

/* "We are standing with Ukraine": a plain "standing with" before a state's
 * name backs it; not before a person's (stop 67). */
TEST(extract_stance_actors__standing_with_a_state)
{
	CHECK(stance_has("Peru is standing with Chile.", "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Peru's foreign minister Ana Ruiz said: \"We are standing with Chile.\"",
			 "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_none("The minister is standing with Kenya's president."));
}
