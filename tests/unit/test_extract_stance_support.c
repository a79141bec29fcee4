/*
 * test_extract_stance_support.c - stances of support, on sentences written
 * for these tests (none quotes an article): praise verbs (commended,
 * lauded, applauded) and their objects ("Y's stand / cooperation"),
 * "praised Y for its restraint", "hailed Y as a partner", "welcomed Y's
 * support" (Y backs the one who welcomes), and sentences with no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance_support__praise_verbs)
{
	CHECK(stance_only("Ghana commended Nigeria's peacekeeping role in the region.", "GHA",
			  "NGA", SUP));
	CHECK(stance_only("Brazil lauded Argentina's decision to join the naval patrol.", "BRA",
			  "ARG", SUP));
	CHECK(stance_only("Lithuania applauded Latvia's move to expel the diplomats.", "LTU", "LVA",
			  SUP));
	CHECK(stance_only("Mali's stance was commended by Niger.", "NER", "MLI", SUP));
	/* negated: no stance */
	CHECK(stance_none("Belgium did not commend the Dutch plan."));
}

TEST(extract_stance_support__praised_object_nouns)
{
	CHECK(stance_only("The Peruvian foreign ministry hailed Chile's stand on the fishing dispute.",
			  "PER", "CHL", SUP));
	CHECK(stance_only("Latvia's prime minister praised Estonia's cyber defence cooperation.",
			  "LVA", "EST", SUP));
	CHECK(stance_only("Austria welcomed Slovakia's position on the treaty.", "AUT", "SVK", SUP));
}

TEST(extract_stance_support__praised_for)
{
	CHECK(stance_only("Kenya praised Ethiopia for its restraint during the border talks.", "KEN",
			  "ETH", SUP));
	CHECK(stance_only("Croatia commended Slovenia for its swift response to the crisis.", "HRV",
			  "SVN", SUP));
	CHECK(stance_only("Hungary hailed Serbia as a reliable partner.", "HUN", "SRB", SUP));
	/* "for its support": the one praised backs the one who praises */
	CHECK(stance_only("Chile praised Peru for its support.", "PER", "CHL", SUP));
	/* not "welcomed Y for", not as an enemy */
	CHECK(stance_none("Hungary hailed Serbia as a venue."));
}

TEST(extract_stance_support__welcomed_support)
{
	CHECK(stance_only("Japan welcomed Australia's support for the maritime initiative.", "AUS",
			  "JPN", SUP));
	CHECK(stance_only("Pakistan's foreign office lauded China's \"unwavering support\" for its "
			  "sovereignty.",
			  "CHN", "PAK", SUP));
	CHECK(stance_only("Kazakhstan welcomed Uzbekistan's continued backing.", "UZB", "KAZ", SUP));
}

TEST(extract_stance_support__thanked_for_possessive)
{
	CHECK(stance_only("Armenia thanked for India's clear position on the dispute.", "ARM",
			  "IND", SUP));
	CHECK(stance_only("Peru is grateful for Chile's clear position.", "PER", "CHL", SUP));
	/* no noun of help or of a stand: no stance */
	CHECK(stance_none("Peru thanked for Chile's reply."));
}

TEST(extract_stance_support__we_and_verb_in_quote)
{
	/* "I/we ... and <verb>" in a quote: the speaker, not the state before */
	CHECK(stance_only("\"I met the Azerbaijani envoy and thanked for India's clear position,\" "
			  "the Armenian minister said.",
			  "ARM", "IND", SUP));
	CHECK(stance_only("\"We received Chile's envoy and condemned Peru,\" the Bolivian minister "
			  "said.",
			  "BOL", "PER", ENT_POLARITY_OPPOSE));
}

TEST(extract_stance_support__rejected_threats)
{
	CHECK(stance_only("Israel rejected Iran's threats against its shipping.", "ISR", "IRN",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Georgia firmly rejected Russia's pressure.", "GEO", "RUS",
			  ENT_POLARITY_OPPOSE));
	/* "not / never" right before the verb: no stance */
	CHECK(stance_none("Peru did not reject Chile's claims."));
	CHECK(stance_none("Peru has never rejected Chile's proposal."));
}

TEST(extract_stance_support__praised_by_passive)
{
	CHECK(stance_only("Algeria was praised by Tunisia for its mediation.", "TUN", "DZA", SUP));
	CHECK(stance_only("Mali has been commended by Niger for its restraint.", "NER", "MLI",
			  SUP));
	CHECK(stance_only("Peru was hailed by the Chilean president.", "CHL", "PER", SUP));
	/* a guest's reception: no stance */
	CHECK(stance_none("Peru was warmly welcomed by Chile."));
}

TEST(extract_stance_support__hedged_verb)
{
	/* a guess at a stance is not a stance taken */
	CHECK(stance_none("Finland may soon condemn Russia's airspace violations."));
	CHECK(stance_none("Thailand is likely to endorse Cambodia's proposal."));
	CHECK(stance_none("Peru could condemn Chile."));
	CHECK(stance_only("Finland condemned Russia's airspace violations.", "FIN", "RUS",
			  ENT_POLARITY_OPPOSE));
}
