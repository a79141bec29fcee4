/*
 * test_extract_stance_support.c - stances of support, on sentences written
 * for these tests (none quotes an article): praise verbs (commended,
 * lauded, applauded) and their objects ("Y's stand / cooperation"),
 * "praised Y for its restraint", "hailed Y as a partner", "welcomed Y's
 * support" (Y backs the one who welcomes), and sentences with no stance;
 * support one has won, ties of alliance, commitments to a state, standing
 * together (stance.support_gained, ally_of, commitment_to, stand_together);
 * "assured Y of its support" (stance.assured_of); support for a demonym's
 * cause ("for Peruvian sovereignty"); "support for Y on A and for Z on
 * B"; praise of Y's success; "backing from Y and Z" (stance.support_from);
 * "criticised Y for supporting Z" (stance.for_supporting).
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
	/* the noun: "renewed (voiced) praise of (for) Y" */
	CHECK(stance_only("Austria last week renewed praise of Slovakia for hosting the summit.",
			  "AUT", "SVK", SUP));
	CHECK(stance_only("Slovakia won praise from Austria.", "AUT", "SVK", SUP));
}

TEST(extract_stance_support__praised_for)
{
	CHECK(stance_only("Kenya praised Ethiopia for its restraint during the border talks.", "KEN",
			  "ETH", SUP));
	CHECK(stance_only("Croatia commended Slovenia for its swift response to the crisis.", "HRV",
			  "SVN", SUP));
	CHECK(stance_only("Hungary hailed Serbia as a reliable partner.", "HUN", "SRB", SUP));
	/* the praising state's name in the phrase of friendship (stop 57) */
	CHECK(stance_only("Hungarian Prime Minister Lajos Kardos praised Serbia as Hungary's most "
			  "trustworthy friend.",
			  "HUN", "SRB", SUP));
	CHECK(stance_none("Kenya called Chad Sudan's enemy."));
	/* "for its support": the one praised backs the one who praises, and
	 * the praise is backing in turn */
	CHECK(stance_has("Chile praised Peru for its support.", "PER", "CHL", SUP));
	CHECK(stance_has("Chile praised Peru for its support.", "CHL", "PER", SUP));
	/* "for its partnership (role) in Z": praise of a part, one way
	 * (stop 63) */
	CHECK(stance_only("Chile praised Peru for its partnership in Bolivia.", "CHL", "PER",
			  SUP));
	/* not "welcomed Y for", not as an enemy */
	CHECK(stance_none("Hungary hailed Serbia as a venue."));
}

/* "X welcomed (praised) Y's support": Y backs X, and the praise backs Y
 * (the annotation counts both). */
TEST(extract_stance_support__welcomed_support)
{
	static const char *const t[] = {
		"Japan welcomed Australia's support for the maritime initiative.",
		"Pakistan's foreign office lauded China's \"unwavering support\" for its sovereignty.",
		"Kazakhstan welcomed Uzbekistan's continued backing.",
		/* a demonym or a name right before the noun of help (stop 57) */
		"Ghana welcomed French support in the fight against piracy.",
		"Haiti welcomed US support in its fight against drug gangs.",
	};
	static const char *const giver[] = {"AUS", "CHN", "UZB", "FRA", "USA"};
	static const char *const praiser[] = {"JPN", "PAK", "KAZ", "GHA", "HTI"};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		CHECK(stance_has(t[i], giver[i], praiser[i], SUP));
		CHECK(stance_has(t[i], praiser[i], giver[i], SUP));
		CHECK_INT((int)stance_count(t[i]), 2);
	}
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
	CHECK(stance_only("Georgia dismissed Russia's warning.", "GEO", "RUS", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Georgia rejected the warnings from Russia.", "GEO", "RUS",
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

TEST(extract_stance_support__support_gained)
{
	CHECK(stance_only("Kenya has won Washington's backing for its bid.", "USA", "KEN", SUP));
	CHECK(stance_only("The Philippines gained India's support for the arbitration ruling.",
			  "IND", "PHL", SUP));
	CHECK(stance_only("Ghana secured Nigeria's backing for the candidacy.", "NGA", "GHA", SUP));
	CHECK(stance_only("Morocco received France's support for its autonomy plan.", "FRA", "MAR",
			  SUP));
	CHECK(stance_only("Israel enjoys Washington's strong support.", "USA", "ISR", SUP));
	CHECK(stance_only("Chile has earned Peru's backing for the proposal.", "PER", "CHL", SUP));
	/* "the backing of Y": Y backs the one who won it, not the other way */
	CHECK(stance_only("Senegal won the backing of France for the seat.", "FRA", "SEN", SUP));
	CHECK(stance_only("Gabon obtained Chinese backing for the port.", "CHN", "GAB", SUP));
}

TEST(extract_stance_support__support_gained_controls)
{
	CHECK(stance_none("Kenya won a contract to supply boots."));
	CHECK(stance_none("The convoy advanced with the backing of aircraft from its allies."));
	CHECK(stance_none("The Philippines gained a seat on the council."));
	CHECK(stance_none("Kenya hopes to win Washington's backing for its bid."));
	CHECK(stance_none("Ukraine failed to win Hungary's support."));
	CHECK(stance_none("Nigeria enjoyed good weather."));
	CHECK(stance_none("The alliance won the backing of its members."));
	CHECK(stance_none("Uganda did not win Tanzania's backing."));
}

TEST(extract_stance_support__ally_of)
{
	CHECK(stance_only("Hungary, a close ally of Serbia, voted against the resolution.", "HUN",
			  "SRB", SUP));
	CHECK(stance_only("Estonia, a staunch ally of Latvia, sent observers.", "EST", "LVA", SUP));
	CHECK(stance_only("Jordan, Iraq's most reliable partner, opened the border.", "JOR", "IRQ",
			  SUP));
	/* said by a third party: still the tie of the two */
	CHECK(stance_only("Russia, a close ally of Serbia, vetoed the plan, Kosovo said.", "RUS",
			  "SRB", SUP));
}

TEST(extract_stance_support__ally_of_controls)
{
	CHECK(stance_none("Germany is a former ally of Austria."));
	CHECK(stance_none("China is a major trading partner of Brazil."));
	CHECK(stance_none("Japan could become a close ally of India."));
	CHECK(stance_none("Turkey is no longer an ally of Israel."));
	CHECK(stance_none("Cuba is not a friend of Panama."));
	/* the reporter's account of a tie, not a state's stance: ally_of
	 * reads only the aside "X, a close ally of Y," */
	CHECK(stance_none("Washington has long been Taipei's most important ally."));
	CHECK(stance_none("Belarus is a loyal ally of Russia."));
	CHECK(stance_none("Egypt remains a steadfast friend of Sudan."));
	CHECK(stance_none("Laos is Vietnam's closest ally in the region, while Vietnam is Laos's "
			  "most important ally and benefactor."));
}

TEST(extract_stance_support__commitment_to_state)
{
	CHECK(stance_only("The French government remains committed to Armenia's security.", "FRA",
			  "ARM", SUP));
	CHECK(stance_only("These vehicles represent the unwavering US commitment to Kenya.", "USA",
			  "KEN", SUP));
	CHECK(stance_only("Canada reaffirmed its commitment to Ukraine.", "CAN", "UKR", SUP));
	CHECK(stance_only("Norway renewed its commitment to Lithuania during the visit.", "NOR",
			  "LTU", SUP));
	CHECK(stance_only("Italy is fully committed to Albania's security.", "ITA", "ALB", SUP));
	CHECK(stance_only("Germany's commitment to Lithuania remains firm.", "DEU", "LTU", SUP));
}

TEST(extract_stance_support__commitment_controls)
{
	CHECK(stance_none("Greece is committed to the deal."));
	CHECK(stance_none("Poland remains committed to the reform."));
	CHECK(stance_none("Lithuania is no longer committed to Latvia's security."));
	CHECK(stance_none("Estonia is not committed to Finland."));
	CHECK(stance_none("France has 3000 troops committed to Mali."));
	CHECK(stance_none("Vietnam's commitment to reform is strong."));
}

TEST(extract_stance_support__standing_together)
{
	CHECK(stance_only("France stands shoulder to shoulder with the Armenian people.", "FRA",
			  "ARM", SUP));
	CHECK(stance_has("Poland and Ukraine stand firmly together against the threat.", "POL",
			 "UKR", SUP));
	CHECK(stance_has("Poland and Ukraine stand firmly together against the threat.", "UKR",
			 "POL", SUP));
	CHECK(stance_count("Poland and Ukraine stand firmly together against the threat.") == 2);
	CHECK(stance_has("Latvia and Lithuania stood united in the face of the pressure.", "LVA",
			 "LTU", SUP));
	CHECK(stance_only("Spain stands by Portugal.", "ESP", "PRT", SUP));
	CHECK(stance_none("Sweden and Finland stand apart on the issue."));
	CHECK(stance_none("Sweden and Finland do not stand together on the issue."));
}

TEST(extract_stance_support__praised_approach)
{
	CHECK(stance_only("The German government praised Saudi Arabia's constructive approach.",
			  "DEU", "SAU", SUP));
	CHECK(stance_only("Berlin praised Riyadh's constructive approach in the war.", "DEU", "SAU",
			  SUP));
	CHECK(stance_only("Brazil lauded Uruguay's constructive approach to the talks.", "BRA",
			  "URY", SUP));
	CHECK(stance_only("Ireland commended Malta's balanced approach.", "IRL", "MLT", SUP));
	CHECK(stance_only("Australia praised the Indonesian government's approach.", "AUS", "IDN",
			  SUP));
	CHECK(stance_only("Argentina praised Bolivia's commitment to the region.", "ARG", "BOL",
			  SUP));
	CHECK(stance_none("Argentina did not praise Chile's approach."));
	CHECK(stance_none("Brazil praised the weather."));
	CHECK(stance_none("Mexico praised the Mexican army's approach."));
}

/* "X, Y's largest backer, ...", "X – Y's main supporter – ...": an aside
 * on X that backs Y, between commas or dashes; Y there is described, no
 * party to X's deal.  "X is Y's largest backer" backs Y too. */
TEST(extract_stance_support__backer_aside)
{
	const char *t = "Germany, Moldova's largest backer, has sent 20 Piranha vehicles to "
			"Chisinau.";
	ent_fact_list *l = run(t, NULL);
	CHECK(stance_has(t, "DEU", "MDA", SUP));
	CHECK(l && find_deal(l, "DEU", "MDA") && !find_deal(l, "MDA", "DEU"));
	ent_fact_list_free(l);
	CHECK(stance_has("Germany – Moldova's main supporter – has sent trucks.", "DEU", "MDA",
			 SUP));
	/* a predicate says as much ("X has been Y's closest supporter");
	 * denied, it says nothing */
	CHECK(stance_only("Germany is Moldova's largest backer.", "DEU", "MDA", SUP));
	CHECK(stance_none("Germany is not Moldova's largest backer."));
}

TEST(extract_stance_support__assured_of_support)
{
	CHECK(stance_only("Chile assured Peru of its full support.", "CHL", "PER", SUP));
	CHECK(stance_has("Chile and Spain also assured Peru of their support, and called on "
			 "Bolivia to respect the law.",
			 "ESP", "PER", SUP));
	/* the owner named: the support is that state's */
	CHECK(stance_only("The envoy assured Peru of Chile's unwavering support.", "CHL", "PER",
			  SUP));
	/* negated, and no state assured */
	CHECK(stance_none("Chile did not assure Peru of its support."));
	CHECK(stance_none("The minister assured parliament of his support for the plan."));
}

TEST(extract_stance_support__support_for_a_demonym_s_cause)
{
	CHECK(stance_only("Chile reaffirmed its firm support for Peruvian modernization efforts.",
			  "CHL", "PER", SUP));
	CHECK(stance_only("Chile voiced support for Peruvian sovereignty.", "CHL", "PER", SUP));
	CHECK(stance_only("Chile voiced support for the Peruvian people.", "CHL", "PER", SUP));
	/* refugees and proxies are no state's cause */
	CHECK(stance_none("Chile voiced support for Peruvian refugees."));
	CHECK(stance_none("Chile voiced support for Chilean-backed rebels."));
	/* the making of a state's own arms (stop 43) */
	CHECK(stance_only("Chile has announced its support for the production of Peruvian Bohdana "
			  "guns.",
			  "CHL", "PER", SUP));
	CHECK(stance_none("Chile announced support for the production of Peruvian wheat."));
}

TEST(extract_stance_support__support_for_a_second_state)
{
	const char *text = "Chile reaffirmed its full support for Peru on the border issue and "
			   "for Bolivia on the sea access issue.";
	CHECK(stance_has(text, "CHL", "PER", SUP));
	CHECK(stance_has(text, "CHL", "BOL", SUP));
	/* a clause of its own after the comma */
	CHECK(!stance_has("Chile voiced support for Peru, and to Bolivia it sold rifles.", "CHL",
			  "BOL", SUP));
	/* the receiver of a first object before "and support for Z" gives
	 * nothing (stop 43) */
	CHECK(stance_none("Chile sanctioned ten firms for providing military aid to Peru and "
			  "financial support for Bolivia's missile programme."));
	CHECK(stance_has("Chile and Peru voiced support for Bolivia.", "PER", "BOL", SUP));
}

TEST(extract_stance_support__praise_of_a_state_s_success)
{
	CHECK(stance_only("Chile praised Peru's diplomatic success.", "CHL", "PER", SUP));
	CHECK(stance_only("Chile hailed Peru's victory in the final round.", "CHL", "PER", SUP));
}

TEST(extract_stance_support__backing_from_states)
{
	const char *text = "Chile received strong backing from Peru and Bolivia.";
	CHECK(stance_has(text, "PER", "CHL", SUP));
	CHECK(stance_has(text, "BOL", "CHL", SUP));
	CHECK(!stance_has(text, "CHL", "PER", SUP)); /* not the other way */
	/* "he" opening the sentence: the person told before */
	text = "Chilean President Ana Ruiz spoke in Lima.\n\nShe also thanked the hosts, noting "
	       "the strong diplomatic backing from Peru and Bolivia.";
	CHECK(stance_has(text, "PER", "CHL", SUP));
	/* a wish, a denial */
	CHECK(stance_none("Chile sought support from Peru."));
	CHECK(stance_none("Chile did not get support from Peru."));
	/* a participle after a comma takes the subject of the clause before
	 * it, a state's possessive before its government too */
	text = "Chile's military government has inducted Peruvian jets into its air force, "
	       "signaling continued support from Lima and La Paz despite sanctions.";
	CHECK(stance_has(text, "PER", "CHL", SUP));
	CHECK(stance_has(text, "BOL", "CHL", SUP));
	CHECK(stance_none("In a speech, seeking support from Peru, Chile said it would fight."));
}

TEST(extract_stance_support__for_supporting_a_state)
{
	const char *text = "Chile criticised Peru for supporting Bolivia.";
	CHECK(stance_has(text, "PER", "BOL", SUP));
	CHECK(stance_has(text, "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Anger is rising against Peru for backing rogue state Bolivia in the "
			 "dispute.",
			 "PER", "BOL", SUP));
	/* no state before "for" */
	CHECK(!stance_has("Chile thanked the people for supporting Bolivia.", "CHL", "BOL", SUP));
}

TEST(extract_stance_support__ratified_a_state_s_membership)
{
	CHECK(stance_only("Lima ratified Chile's NATO membership.", "PER", "CHL", SUP));
	CHECK(stance_only("Peru signed the ratification of Chile's membership.", "PER", "CHL",
			  SUP));
	CHECK(stance_only("Peru approved Chile's EU accession.", "PER", "CHL", SUP));
	CHECK(stance_none("Peru did not ratify Chile's NATO membership."));
	CHECK(stance_none("Peru signed Chile's membership papers."));
	/* consent that may come is none given (stop 61) */
	CHECK(stance_none("Peru's parliament may ratify Chile's application to join the bloc."));
	/* "rejected Y's stance" opposes Y, as "Y's decision" does */
	CHECK(stance_only("Bolivia rejected Chile's stance on the border.", "BOL", "CHL",
			  ENT_POLARITY_OPPOSE));
}

/* "X will help strengthen (contribute to enhancing) Y's defence
 * capabilities", "the security capabilities of Y", "committed to the
 * modernisation of Y's armed forces": X backs Y; help with no security
 * of Y ("helped build Y's economy", "will help Y") is none.  A plural
 * possessive with the mark alone ("the Philippines' defence", "the
 * United States' decision") is a possessive. */
TEST(extract_stance_support__help_to_build_a_state_s_defence)
{
	CHECK(stance_only("Chile will help strengthen Peru's defence capabilities.", "CHL", "PER",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Chile will continue to contribute to enhancing the security "
			  "capabilities of Peru.",
			  "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Chile remains committed to the modernisation of Peru's armed forces.",
			  "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Japan will help strengthen the Philippines' defence capabilities.",
			  "JPN", "PHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Chile helped build Peru's economy."));
	CHECK(stance_none("Chile will help Peru."));
	/* "is ready (willing, prepared) to increase the combat capabilities
	 * of the Yn armed forces" */
	CHECK(stance_only("Chile is ready \"to increase the combat capabilities of the Peruvian "
			  "armed forces\", the minister said.",
			  "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Chile is willing to strengthen Peru's defence.", "CHL", "PER",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Chile is ready to increase trade with Peru."));
	CHECK(stance_none("Chile is not ready to increase the combat capabilities of Peru's "
			  "armed forces."));
	/* a quoted name that ends in "s" keeps its closing mark */
	{
		ent_fact_list *l = run("Peru and Chile held the 'Andean Defenders' exercise in May.",
				       NULL);
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f && f->name && strcmp(f->name, "Andean Defenders") == 0);
		ent_fact_list_free(l);
	}
}

/* "X has always stood up (stands up) for Y('s security)": X backs Y; not
 * when negated. */
TEST(extract_stance_support__stood_up_for_a_state)
{
	CHECK(stance_only("Chile has always stood up for Peru's security.", "CHL", "PER",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Chile stands up for Peru.", "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Chile did not stand up for Peru."));
}

/* "approved the Turkish request following the support of NATO allies
 * Italy, Spain, and the United Kingdom": the allies back the request's
 * owner, not it them; no request named, nothing (stop 65). */
TEST(extract_stance_support__allies_backing_a_request)
{
	CHECK(stance_has("Brazil had approved the Peruvian request following the support of "
			 "allies Chile and Ecuador.",
			 "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Brazil had approved the Peruvian request following the support of "
			 "allies Chile and Ecuador.",
			 "ECU", "PER", ENT_POLARITY_SUPPORT));
	CHECK(!stance_has("Brazil had approved the Peruvian request following the support of "
			  "allies Chile and Ecuador.",
			  "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK_INT(stance_count("The plan won the support of allies Chile and Ecuador."), 0);
}

/* "France has emerged as India's second largest arms supplier, after
 * Russia, while also publicly supporting India's claim": the gerund after
 * "while" is the subject's stance, not the nearest state's (stop 65). */
TEST(extract_stance_support__while_also_supporting)
{
	static const char *const text =
		"Chile has emerged as Peru's second largest arms supplier, after Brazil, while "
		"also publicly supporting Peru's claim for a permanent seat.";
	CHECK(stance_has(text, "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(!stance_has(text, "BRA", "PER", ENT_POLARITY_SUPPORT));
	/* a modifier still states nothing */
	CHECK_INT(stance_count("Chile issued a statement supporting Peru's claim."), 0);
}

/* "Japan signs agreement to purchase Tomahawks as US envoy lauds its
 * defense buildup": "its" is the state named before the praiser (stop
 * 65). */
TEST(extract_stance_support__praise_of_its_buildup)
{
	CHECK(stance_has("Chile bought jets as Peru praised its military modernisation.", "PER",
			 "CHL", ENT_POLARITY_SUPPORT));
	CHECK_INT(stance_count("Peru praised its own military modernisation."), 0);
}

/* "X welcomed the Turkish parliament's approval of a bill on Sweden's
 * accession": X backs the state that enters, not the one that consents
 * (stop 66). */
TEST(extract_stance_support__welcomed_an_approval_of_accession)
{
	static const char *const text = "Peru and Spain have welcomed the Bolivian parliament's "
					"approval of a bill on Ecuador's accession to the "
					"alliance.";
	CHECK(stance_has(text, "PER", "ECU", ENT_POLARITY_SUPPORT));
	CHECK(stance_has(text, "ESP", "ECU", ENT_POLARITY_SUPPORT));
	CHECK(!stance_has(text, "PER", "BOL", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Spain welcomed Bolivia's decision.", "ESP", "BOL",
			  ENT_POLARITY_SUPPORT));
}

/* "The Chinese Defense Ministry condemned the US deployment of a missile
 * system to the Philippines during military drills": the host of a
 * deployment is opposed with its owner, and the critic, past its body's
 * capitalised words, is no party of the drill (stop 66). */
TEST(extract_stance_support__a_deployment_and_its_host)
{
	static const char *const text = "The Peruvian Defense Ministry on Thursday strongly "
					"condemned the Chilean deployment of a missile system to "
					"Bolivia during military drills.";
	ent_fact_list *l = run(text, NULL);
	size_t i;
	int peru_drills = 0;
	CHECK(l && has_stance(l, "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(l && has_stance(l, "PER", "BOL", ENT_POLARITY_OPPOSE));
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE &&
		    ent_fact_has_code(l->v[i].participants, l->v[i].nparticipants, "PER"))
			peru_drills = 1;
	CHECK(!peru_drills);
	ent_fact_list_free(l);
}

/* "Niger enjoys the support of many Western countries, including France
 * and the United States", "has the backing of France": each state of the
 * list backs the subject (stop 66). */
TEST(extract_stance_support__support_enjoyed_from_a_list)
{
	static const char *const text = "In its fight against the jihadists, Chad enjoys the "
					"support of many Western countries, including Spain and "
					"the United States.";
	CHECK(stance_has(text, "ESP", "TCD", ENT_POLARITY_SUPPORT));
	CHECK(stance_has(text, "USA", "TCD", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Chad received the support of Spain, Italy and Peru.", "PER", "TCD",
			 ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Chad has the backing of Spain.", "ESP", "TCD", ENT_POLARITY_SUPPORT));
	CHECK_INT(stance_count("Chad has the support of its people."), 0);
}

/* "India is accelerating arms sales to counter the alignment of A, B and
 * C - a partnership that has challenged New Delhi's interests and openly
 * backed Islamabad": the verb after "and" ends a relative clause on a
 * noun; the state opening the sentence takes no stance there (stop 66). */
TEST(extract_stance_support__and_inside_a_relative_clause)
{
	CHECK(!stance_has("Peru is speeding up arms sales to counter the alignment of Chile and "
			  "Bolivia - a partnership that has challenged Lima's interests and openly "
			  "backed Quito.",
			  "PER", "ECU", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Peru spoke to the Chilean minister and condemned Bolivia.", "PER", "BOL",
			 ENT_POLARITY_OPPOSE));
}

/* "Turkey agreed to back Sweden and Finland's membership of NATO": the
 * owner closing a list with "and" owns the noun with the others; not
 * after ", and", where a clause of its own begins (stop 66). */
TEST(extract_stance_support__a_list_closed_by_an_owner)
{
	CHECK(stance_has("Peru agreed to back Chile and Bolivia's membership of the alliance.",
			 "PER", "BOL", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Peru agreed to back Chile and Bolivia's membership of the alliance.",
			 "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(!stance_has("Peru's president said his country stood with Chile, and Bolivia's "
			  "prime minister welcomed the drills.",
			  "PER", "BOL", ENT_POLARITY_SUPPORT));
}

/* "pledged their full support against threats to each other's security":
 * a reciprocal after "to (for)" a few words on still makes the support
 * mutual (stop 66). */
TEST(extract_stance_support__support_against_threats_to_each_other)
{
	static const char *const text = "Peru, Chile and Bolivia pledged their support against "
					"threats to each other's security.";
	CHECK(stance_has(text, "PER", "BOL", ENT_POLARITY_SUPPORT));
	CHECK(stance_has(text, "BOL", "CHL", ENT_POLARITY_SUPPORT));
	CHECK_INT(stance_count(text), 6);
}

/* "protested the deployment of American missiles in the Philippines": the
 * demonym on the goods deployed is the deployer (stop 66). */
TEST(extract_stance_support__the_deployer_on_the_goods)
{
	static const char *const text = "Peru strongly protested the deployment of Chilean "
					"missiles in Bolivia.";
	CHECK(stance_has(text, "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(text, "PER", "BOL", ENT_POLARITY_OPPOSE));
}
