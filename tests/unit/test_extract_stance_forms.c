/*
 * test_extract_stance_forms.c - common ways news states a stance that no
 * rule read before: verbs of blame ("blasted", "deplored"), a state seen
 * or labelled as a partner or a foe, thanks for a deed ("for gifting"),
 * praise of ties with Y, recognition of "Yn sovereignty", "a critic of
 * Y", demands that Y withdraw, retaliation, blocking Y's bid, defending
 * Y's right, regret over Y's move (arms purchases suspended: in
 * test_extract_stance_statements.c).  Every sentence is written for these
 * tests; each table has rows that must give nothing.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT
#define ROWS(r) stance_row_failures(#r, r, sizeof r / sizeof r[0])

TEST(extract_stance_forms__blame_verbs)
{
	static const struct stance_row r[] = {
		{"Peru blasted Chile for its provocative moves at sea.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya deplored Ghana's decision.", "KEN", "GHA", OPP, ROW_ONLY},
		{"Togo assailed Benin over the raid.", "TGO", "BEN", OPP, ROW_ONLY},
		{"Chad berated Niger for the arrests.", "TCD", "NER", OPP, ROW_ONLY},
		{"The blast damaged a Chilean base.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

TEST(extract_stance_forms__seen_as)
{
	static const struct stance_row r[] = {
		{"Peru described Chile as a strategic partner.", "PER", "CHL", SUP, ROW_ONLY},
		{"Kenya views Ghana as a key ally.", "KEN", "GHA", SUP, ROW_ONLY},
		{"Togo sees Benin as a threat.", "TGO", "BEN", OPP, ROW_ONLY},
		{"Chad labelled Niger a terrorist state.", "TCD", "NER", OPP, ROW_ONLY},
		{"Mali branded Niger an aggressor.", "MLI", "NER", OPP, ROW_ONLY},
		/* passive, or no label: nothing; "a victim of" is no foe */
		{"Kenya is viewed by Ghana as a key ally.", NULL, NULL, OPP, ROW_NONE},
		{"Togo saw Benin win the match.", NULL, NULL, OPP, ROW_NONE},
		{"Chad called Niger a victim of terrorist attacks.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

TEST(extract_stance_forms__thanks_and_praise)
{
	static const struct stance_row r[] = {
		{"Peru thanked Chile for gifting a patrol boat.", "PER", "CHL", SUP, ROW_ONLY},
		{"Kenya thanked Ghana for supplying the radars.", "KEN", "GHA", SUP, ROW_ONLY},
		{"Togo hailed its ties with Benin.", "TGO", "BEN", SUP, ROW_ONLY},
		{"Chad praised its growing defence cooperation with Niger.", "TCD", "NER", SUP,
		 ROW_ONLY},
		{"Mali welcomed its new partnership with Niger and Chad.", "MLI", "TCD", SUP,
		 ROW_HAS},
		/* no state after "with", or not praised */
		{"Togo praised its cooperation with the Beninese people.", NULL, NULL, OPP,
		 ROW_NONE},
		{"Togo did not praise its ties with Benin.", NULL, NULL, OPP, ROW_NONE},
		/* "his country's", adjectives before the state (stop 36) */
		{"Togo's president praised his country's friendship with Benin.", "TGO", "BEN", SUP,
		 ROW_ONLY},
		{"Togo praised its friendship with socialist and revolutionary Benin.", "TGO", "BEN",
		 SUP, ROW_ONLY},
		/* "paid tribute to", a state's possessive before the bond
		 * (stop 36) */
		{"Togo paid tribute to its partnership with Benin.", "TGO", "BEN", SUP, ROW_ONLY},
		{"The minister praised Togo's win-win partnership with Benin.", "TGO", "BEN", SUP,
		 ROW_ONLY},
		/* "reaffirmed (reiterated) its (diplomatic) alliance with Y";
		 * an alliance is a bond (stop 56) */
		{"Togo reaffirmed its diplomatic alliance with Benin.", "TGO", "BEN", SUP,
		 ROW_ONLY},
		{"Togo reiterated its strategic partnership with Benin.", "TGO", "BEN", SUP,
		 ROW_ONLY},
		{"Togo hailed its alliance with Benin.", "TGO", "BEN", SUP, ROW_ONLY},
		{"Togo did not reaffirm its alliance with Benin.", NULL, NULL, OPP, ROW_NONE},
		/* "defended its (security) pact (ties) with Y" (stop 61) */
		{"Togo defended its security pact with Benin.", "TGO", "BEN", SUP, ROW_ONLY},
		{"Togo defended its borders with Benin.", NULL, NULL, SUP, ROW_NONE},
		/* "X and Y reaffirmed their partnership": each backs the other
		 * (stop 56) */
		{"Togo and Benin reaffirmed their special strategic partnership.", "TGO", "BEN",
		 SUP, ROW_HAS},
		{"Togo and Benin have also praised their friendship.", "BEN", "TGO", SUP, ROW_HAS},
		{"Togo reaffirmed their partnership.", NULL, NULL, OPP, ROW_NONE},
		/* a bond the pair agreed (pledged) to deepen (stop 57) */
		{"Togo and Benin pledged to deepen their strategic partnership.", "TGO", "BEN",
		 SUP, ROW_HAS},
		{"Togo and Benin agreed to strengthen their ties.", "BEN", "TGO", SUP, ROW_HAS},
		{"Togo agreed to deepen its partnership with Benin.", "TGO", "BEN", SUP,
		 ROW_ONLY},
		{"Togo and Benin agreed to strengthen their economies.", NULL, NULL, SUP,
		 ROW_NONE},
		{"Togo wants to deepen its ties with Benin.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

TEST(extract_stance_forms__recognition_and_critics)
{
	static const struct stance_row r[] = {
		{"Peru recognised Chilean sovereignty over the islands.", "PER", "CHL", SUP,
		 ROW_ONLY},
		/* a state's possessive and "claim" (stop 42), not a clause */
		{"Peru recognised Chile's claim to the disputed islands.", "PER", "CHL", SUP,
		 ROW_ONLY},
		{"Peru recognised Chile's claims were false.", NULL, NULL, SUP, ROW_NONE},
		{"Kenya has been a vocal critic of Ghana.", "KEN", "GHA", OPP, ROW_ONLY},
		{"Togo remains one of the fiercest critics of Benin.", "TGO", "BEN", OPP, ROW_ONLY},
		/* a hyphenated adjective (stop 63) */
		{"Togo is a long-time critic of Benin's policies.", "TGO", "BEN", OPP, ROW_ONLY},
		{"Togo has been a long-standing critic of Benin.", "TGO", "BEN", OPP, ROW_ONLY},
		{"Kenyan-born critics of Ghana gathered in the capital.", NULL, NULL, OPP,
		 ROW_NONE},
		/* refused, negated, or critics who are no state */
		{"Peru refused to recognise Chilean sovereignty.", NULL, NULL, OPP, ROW_NONE},
		{"Kenya is not a critic of Ghana.", NULL, NULL, OPP, ROW_NONE},
		{"Kenyan critics of Ghana gathered in the capital.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

TEST(extract_stance_forms__demands_and_deeds)
{
	static const struct stance_row r[] = {
		{"Peru demanded that Chile withdraw its troops.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya demands that Ghana should immediately stop the shelling.", "KEN", "GHA", OPP,
		 ROW_ONLY},
		{"Togo threatened to retaliate against Benin.", "TGO", "BEN", OPP, ROW_ONLY},
		{"Chad fired rockets at a base in Mali in retaliation for Niger's raid.", "TCD",
		 "NER", OPP, ROW_ONLY},
		{"Peru blocked Chile's accession to the bloc.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya vetoed Ghana's membership bid.", "KEN", "GHA", OPP, ROW_ONLY},
		{"Peru has blocked Chile's aircraft procurement attempts on the market.", "PER",
		 "CHL", OPP, ROW_ONLY},
		{"Peru has blocked Chile's aircraft procurement.", "PER", "CHL", OPP, ROW_ONLY},
		/* "progress (path) in accession talks" (stop 58) */
		{"Peru blocked Chile's progress in EU accession talks.", "PER", "CHL", OPP,
		 ROW_ONLY},
		/* "blocking the deal": the buyer of the deal told before
		 * (stop 43) */
		{"Chile wants to buy 40 Typhoon jets from Britain. Peru is reportedly blocking the "
		 "deal.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Chile wants to buy 40 Typhoon jets from Britain. Peru did not block the deal.",
		 NULL, NULL, OPP, ROW_NONE},
		{"Peru has blocked the deal.", NULL, NULL, OPP, ROW_NONE},
		{"Peru barred Chilean warships from using its ports in March.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"Peru barred Chilean-owned vessels from docking at its ports.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"Peru banned Chilean military aircraft from its airspace.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"Peru has not barred Chilean warships from its ports.", NULL, NULL, OPP, ROW_NONE},
		/* firms barred, "the participation of" (stop 60) */
		{"Peru banned Chilean arms companies from the Lima air show.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"The Peruvian government blocked the participation of Chilean arms companies at "
		 "defence exhibitions it hosted.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Peru blocked Chilean ships.", NULL, NULL, OPP, ROW_NONE},
		{"Peru on Saturday hailed the full lifting of a Chilean arms embargo on the island.",
		 "PER", "CHL", SUP, ROW_ONLY},
		{"Peru welcomed the lifting of Chile's sanctions.", "PER", "CHL", SUP, ROW_ONLY},
		{"Peru welcomed the lifting of the ban.", NULL, NULL, SUP, ROW_NONE},
		{"Togo defended Benin's right to self-defence.", "TGO", "BEN", SUP, ROW_ONLY},
		{"Chad expressed regret over Niger's decision.", "TCD", "NER", OPP, ROW_ONLY},
		/* asked for no stop, a wrong noun, a regret with no state */
		{"Peru demanded that Chile hand over the suspects.", NULL, NULL, OPP, ROW_NONE},
		{"Togo defended Benin's army.", NULL, NULL, OPP, ROW_NONE},
		{"Chad expressed regret over the deaths of Nigerien workers.", NULL, NULL, OPP,
		 ROW_NONE},
		{"Peru did not demand that Chile withdraw.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

TEST(extract_stance_forms__troops_and_threats)
{
	static const struct stance_row r[] = {
		{"Peru ordered Chilean troops to leave the country.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya asked the Ghanaian ambassador to leave.", "KEN", "GHA", OPP, ROW_ONLY},
		{"Togo demanded the withdrawal of Beninese forces.", "TGO", "BEN", OPP, ROW_ONLY},
		/* the state itself told to go (stop 42), not to go ahead */
		{"Mali's junta ordered the US to withdraw its 1,000 troops.", "MLI", "USA", OPP,
		 ROW_ONLY},
		{"Mali told France to go ahead with the sale.", NULL, NULL, OPP, ROW_NONE},
		{"Chad called for the full withdrawal of Nigerien troops.", "TCD", "NER", OPP,
		 ROW_ONLY},
		{"Peru said Chile's military activities pose a serious threat.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"Ghana's naval drills represent a grave concern, Kenya warned.", "KEN", "GHA", OPP,
		 ROW_ONLY},
		/* an order of goods, a withdrawal no one asks for, a threat no
		 * state is said to see, a threat denied */
		{"Peru ordered Chilean jets from Dassault.", NULL, NULL, OPP, ROW_NONE},
		{"The withdrawal of Chilean troops from Peru was completed.", NULL, NULL, OPP,
		 ROW_NONE},
		{"Chile's missiles pose a threat to the region.", NULL, NULL, OPP, ROW_NONE},
		{"Peru said Chile's missiles do not pose a threat.", NULL, NULL, OPP, ROW_NONE},
		{"Togo did not demand the withdrawal of Beninese forces.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

TEST(extract_stance_forms__named_acts_and_thanks)
{
	static const struct stance_row r[] = {
		/* the speaker's own word for Y's act */
		{"Peru denounced what it called Chilean imperialism.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya condemned what it described as Ghanaian aggression.", "KEN", "GHA", OPP,
		 ROW_ONLY},
		{"Togo protested Beninese bullying at sea.", "TGO", "BEN", OPP, ROW_ONLY},
		/* a list thanked for support: support both ways */
		{"Chad thanked Niger and Mali for their support.", "TCD", "NER", SUP, ROW_HAS},
		{"Chad thanked Niger and Mali for their support.", "MLI", "TCD", SUP, ROW_HAS},
		{"The move was described as a provocation by the press.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

TEST(extract_stance_forms__commitment_and_help)
{
	static const struct stance_row r[] = {
		{"Peru is committed to the defence of Chile.", "PER", "CHL", SUP, ROW_ONLY},
		{"Kenya reaffirmed its ironclad commitment to the security of Ghana.", "KEN", "GHA",
		 SUP, ROW_ONLY},
		{"Togo reaffirmed its commitment to defend Benin.", "TGO", "BEN", SUP, ROW_ONLY},
		{"Chad pledged to help Niger modernise its army.", "TCD", "NER", SUP, ROW_ONLY},
		{"The proposed sale will support the foreign policy goals of Peru by improving the "
		 "security of Chile, a major partner.",
		 "PER", "CHL", SUP, ROW_ONLY},
		/* negated, a region, or goods with no state that sells them */
		{"Peru is not committed to the defence of Chile.", NULL, NULL, SUP, ROW_NONE},
		{"Kenya is committed to the security of the region.", NULL, NULL, SUP, ROW_NONE},
		{"The new radars will improve the security of Ghana.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "in" opens a place, not the one opposed: "X and Y are opposed in Z"
 * opposes no Z, while "X opposed Y in Z" opposes Y. */
TEST(extract_stance_forms__opposed_in_a_place)
{
	static const struct stance_row r[] = {
		{"Peru and Chile are also opposed in neighboring Bolivia.", "PER", "BOL", OPP,
		 ROW_LACKS},
		{"Peru and Chile are also opposed in neighboring Bolivia.", "CHL", "BOL", OPP,
		 ROW_LACKS},
		{"Peru opposed Chile in Bolivia.", "PER", "CHL", OPP, ROW_ONLY},
	};
	CHECK(ROWS(r) == 0);
}

/* "X protests ... and intends to impose sanctions on Y": the infinitive
 * after "and intends (plans, vows) to" is the first clause's subject's,
 * not the act of the state named last. */
TEST(extract_stance_forms__and_intends_to)
{
	static const struct stance_row r[] = {
		{"Peru protested to Ghana over the sale of jets to Chile and intends to impose "
		 "sanctions on Ghanaian firms.",
		 "CHL", "GHA", OPP, ROW_LACKS},
		{"Peru protested to Ghana over the sale of jets to Chile and intends to impose "
		 "sanctions on Ghanaian firms.",
		 "PER", "GHA", OPP, ROW_HAS},
	};
	CHECK(ROWS(r) == 0);
}

/* "reaffirmed the (ironclad) Xn commitment to Y": X backs Y; the state
 * before "commitment" owns it and is backed by no one here. */
TEST(extract_stance_forms__commitment_owner)
{
	static const struct stance_row r[] = {
		{"In a call with his Ghanaian counterpart, the minister reaffirmed the ironclad "
		 "U.S. commitment to Ghana.",
		 "USA", "GHA", SUP, ROW_HAS},
		{"In a call with his Ghanaian counterpart, the minister reaffirmed the ironclad "
		 "U.S. commitment to Ghana.",
		 "GHA", "USA", SUP, ROW_LACKS},
	};
	CHECK(ROWS(r) == 0);
}

/* Thanks or praise of a state, bare ("X thanked Y.", "praised Y on
 * Monday"), for goods ("for the gifted frigate", "for the two
 * submarines") or addressed to its body ("the Yn government", "the Yn
 * navy"): X backs Y.  Courtesies ("for hosting") and negations stay out. */
TEST(extract_stance_forms__bare_thanks_and_goods)
{
	static const struct stance_row r[] = {
		{"Peru thanked Chile.", "PER", "CHL", SUP, ROW_ONLY},
		{"Kenya praised Ghana on Monday.", "KEN", "GHA", SUP, ROW_ONLY},
		{"Togo lauded Benin in a statement.", "TGO", "BEN", SUP, ROW_ONLY},
		{"Chad thanked Niger for the gifted frigate.", "TCD", "NER", SUP, ROW_ONLY},
		{"Mali praised Niger for the two submarines.", "MLI", "NER", SUP, ROW_ONLY},
		{"Peru thanked the Chilean government for the 12 drones.", "PER", "CHL", SUP,
		 ROW_ONLY},
		{"Kenya thanked the Ghanaian navy for training its sailors.", "KEN", "GHA", SUP,
		 ROW_ONLY},
		{"Togo thanked the Beninese people.", "TGO", "BEN", SUP, ROW_ONLY},
		{"Chad thanked Niger for hosting the talks.", NULL, NULL, SUP, ROW_NONE},
		{"Mali did not thank Niger.", NULL, NULL, SUP, ROW_NONE},
		{"Peru never praised Chile.", NULL, NULL, SUP, ROW_NONE},
		{"Kenya thanked Ghana's negotiators for their patience.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* Measures one state takes against another that are not of arms: trade,
 * flights or imports halted, airspace closed, curbs imposed, a pact
 * suspended.  Asked for, threatened, negated or resumed: nothing. */
TEST(extract_stance_forms__hostile_measures)
{
	static const struct stance_row r[] = {
		{"Peru suspended all bilateral trade with Chile.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya banned imports from Ghana.", "KEN", "GHA", OPP, ROW_ONLY},
		{"Togo closed its airspace to Beninese airlines.", "TGO", "BEN", OPP, ROW_ONLY},
		{"Chad imposed new tariffs on Nigerien goods.", "TCD", "NER", OPP, ROW_ONLY},
		{"Mali imposed export curbs on Niger.", "MLI", "NER", OPP, ROW_ONLY},
		{"Peru halted gas supplies to Chile.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya suspended the Lamu Agreement with Ghana.", "KEN", "GHA", OPP, ROW_ONLY},
		{"Togo retaliated by closing its ports to Beninese ships.", "TGO", "BEN", OPP,
		 ROW_ONLY},
		{"Peru did not suspend trade with Chile.", NULL, NULL, OPP, ROW_NONE},
		{"Kenya resumed trade with Ghana.", NULL, NULL, OPP, ROW_NONE},
		{"Togo threatened to close its airspace to Beninese airlines.", NULL, NULL, OPP,
		 ROW_NONE},
		{"Chad halted trade talks with Niger.", NULL, NULL, OPP, ROW_NONE},
		{"The storm closed the port to Malian ships.", NULL, NULL, OPP, ROW_NONE},
		/* aid cut or withdrawn, over the giver's own name */
		{"Peru cut military aid to Chile.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya has also withdrawn Kenyan financial aid from Ghana and taken it off its "
		 "list of countries seen as allies.",
		 "KEN", "GHA", OPP, ROW_ONLY},
		{"Peru withdrew its troops from Chile.", NULL, NULL, OPP, ROW_NONE},
		/* a sum of aid between the verb and its noun (stop 38) */
		{"In 2018, Peru had suspended about USD 2 billion in security aid to Chile.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Peru suspended some $300 million of aid to Chile.", "PER", "CHL", OPP, ROW_ONLY},
		/* sanctions slapped in a participle clause */
		{"Kenya used the law last year, slapping sanctions on Ghana's defence ministry.",
		 "KEN", "GHA", OPP, ROW_ONLY},
	};
	CHECK(ROWS(r) == 0);
}

/* "amid criticism (protests, objections) from X and Y over (about) Z's
 * moves / Zn incursions": each critic opposes the owner (stop 38) */
TEST(extract_stance_forms__criticism_from_over)
{
	static const struct stance_row r[] = {
		{"The drills come amid criticism from Peru and Chile over Bolivia's maritime "
		 "moves.",
		 "PER", "BOL", OPP, ROW_HAS},
		{"The drills come amid criticism from Peru and Chile over Bolivia's maritime "
		 "moves.",
		 "CHL", "BOL", OPP, ROW_HAS},
		{"The plan drew protests from Kenya about Ugandan incursions.", "KEN", "UGA", OPP,
		 ROW_ONLY},
		{"Criticism from Peru of the plan grew.", NULL, NULL, OPP, ROW_NONE},
		{"There was no criticism from Peru over Bolivia's moves.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "X removed (expelled, kicked) Y from (out of) the programme", also as a
 * threat; not when another is urged to, nor from a place. */
TEST(extract_stance_forms__expelled_from_a_group)
{
	static const struct stance_row r[] = {
		{"Peru removed Chile from the joint jet programme.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya has already threatened to kick Ghana out of the drone program if it buys "
		 "the radars.",
		 "KEN", "GHA", OPP, ROW_ONLY},
		{"Togo urged Peru to remove Chile from the programme.", "PER", "CHL", OPP,
		 ROW_NONE},
		{"Peru removed Chilean mines from its soil.", NULL, NULL, OPP, ROW_NONE},
		{"Peru did not expel Chile from the group.", NULL, NULL, OPP, ROW_NONE},
		/* the passive with its agent, and "the decision to exclude
		 * it" on the sentence's subject (stop 43) */
		{"Chile was expelled from the jet program by Peru.", "PER", "CHL", OPP, ROW_ONLY},
		{"Chile has been removed from the jet programme by Lima.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"Chile faces challenges after the Peruvian decision to exclude it from the jet "
		 "program.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Chile was expelled from the group.", NULL, NULL, OPP, ROW_NONE},
		{"Chile was expelled from the stadium by police.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* Ships are a presence whose withdrawal a state demands; "protests" after
 * an adverb in -ly is still the verb. */
TEST(extract_stance_forms__vessels_out_and_protests)
{
	static const struct stance_row r[] = {
		{"Peru demands the immediate withdrawal of Chile's vessels.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"Kenya demanded the withdrawal of Ghanaian ships from its waters.", "KEN", "GHA",
		 OPP, ROW_ONLY},
		{"Togo strongly protests Benin's violation.", "TGO", "BEN", OPP, ROW_ONLY},
		{"The withdrawal of Chilean ships was completed.", NULL, NULL, OPP, ROW_NONE},
		{"Mass protests swept Peru and Chile.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "took aim at Y" is opposition like "lashed out at Y"; "took part",
 * "took Y to court" are not. */
TEST(extract_stance_forms__took_aim)
{
	static const struct stance_row r[] = {
		{"Peru took aim at Chile.", "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya takes aim at Ghana's maritime claims.", "KEN", "GHA", OPP, ROW_ONLY},
		{"Togo took part in the drills with Benin.", NULL, NULL, OPP, ROW_NONE},
		{"Chad took Niger to court.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* A sum inside the name of the deal objected to ("the $400-million
 * military deal between Y and Z") keeps the deal's parties. */
TEST(extract_stance_forms__objected_to_valued_deal)
{
	static const struct stance_row r[] = {
		{"Peru had objected to the $400-million military deal between Chile and Ghana.",
		 "PER", "CHL", OPP, ROW_HAS},
		{"Peru had objected to the $400-million military deal between Chile and Ghana.",
		 "PER", "GHA", OPP, ROW_HAS},
		{"Kenya condemned the 2019 pact between Togo and Benin.", "KEN", "TGO", OPP,
		 ROW_HAS},
	};
	CHECK(ROWS(r) == 0);
}

/* A call to comply with (respect) a rule or ruling is a call to stop a
 * breach; "comply", "supply" and "apply" are verbs, no adverbs in -ly. */
TEST(extract_stance_forms__calls_to_comply)
{
	static const struct stance_row r[] = {
		{"Peru urged Chile to comply with the arbitral award.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"Kenya urged Ghana to respect international law.", "KEN", "GHA", OPP, ROW_ONLY},
		{"Togo urged Benin to respect the 2016 ruling.", "TGO", "BEN", OPP, ROW_ONLY},
		{"Chad urged Niger to respect Mali's sovereignty.", "TCD", "MLI", SUP, ROW_ONLY},
		{"Mali urged Niger \"to fully comply with the 2016 award\".", "MLI", "NER", OPP,
		 ROW_ONLY},
		{"Peru urged Chile to comply with the delivery schedule.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "X bought ... from Y, the defence minister said, ... Zn aggression": a
 * speaker named by office alone after a comma is the subject's, not the
 * state named last. */
TEST(extract_stance_forms__office_speaker_is_subjects)
{
	static const struct stance_row r[] = {
		{"Peru has agreed to buy missiles from Chile, the defence minister said on "
		 "Friday, citing growing Bolivian aggression.",
		 "PER", "BOL", OPP, ROW_ONLY},
		{"Kenya buys arms from Ghana, the Togolese minister said, citing Beninese "
		 "aggression.",
		 "TGO", "BEN", OPP, ROW_ONLY},
	};
	CHECK(ROWS(r) == 0);
}

/* A warning of what befalls Y ("would put Y in contravention of the
 * sanctions act", "would expose Y to sanctions") is opposition to Y. */
TEST(extract_stance_forms__warned_consequence)
{
	static const struct stance_row r[] = {
		{"Peru warned such a purchase would put Chile in contravention of the sanctions "
		 "act.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya warned that the deal would expose Ghana to sanctions.", "KEN", "GHA", OPP,
		 ROW_ONLY},
		{"Togo warned that the deal would put Benin in a strong position.", NULL, NULL, OPP,
		 ROW_NONE},
		{"Chad did not warn that the deal would expose Niger to sanctions.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "gave the green light to Y" backs Y, as "backed" does; to a sale it
 * approves the sale, no stance. */
TEST(extract_stance_forms__green_light_to_a_state)
{
	static const struct stance_row r[] = {
		{"Peru gave the green light to Chile in March.", "PER", "CHL", SUP, ROW_ONLY},
		{"Kenya initially blocked both bids but gave the green light to Kampala in May.",
		 "KEN", "UGA", SUP, ROW_HAS},
		{"Peru has not given the green light to Chile.", NULL, NULL, SUP, ROW_NONE},
		{"Peru gave the green light to the sale of jets to Chile.", NULL, NULL, SUP,
		 ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "X has regarded Yn exercises with apprehension", "views Y with
 * suspicion": the one who sees opposes the state seen; the drills so
 * judged are none held. */
TEST(extract_stance_forms__seen_with_wariness)
{
	static const struct stance_row r[] = {
		{"Peru has generally regarded Chilean exercises and naval activity in the Pacific "
		 "with apprehension.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya views Uganda with suspicion.", "KEN", "UGA", OPP, ROW_ONLY},
		{"Kenya regarded Uganda's naval activity with deep concern.", "KEN", "UGA", OPP,
		 ROW_ONLY},
		{"Kenya does not view Uganda with suspicion.", NULL, NULL, OPP, ROW_NONE},
		{"Kenya viewed the talks with Uganda with hope.", NULL, NULL, OPP, ROW_NONE},
		/* the noun right after the verb, a transfer after it: its seller */
		{"Kenya views with utmost gravity the supply of missiles from Uganda to Sudan.",
		 "KEN", "UGA", OPP, ROW_ONLY},
	};
	ent_fact_list *l;
	CHECK(ROWS(r) == 0);
	l = run("Peru has generally regarded Chilean exercises and naval activity in the Pacific "
		"with apprehension.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* "vowed to \"invariably and unconditionally support\" Y's \"defence\"":
 * adverbs, "and" and quote marks between "to" and "support"; Y's cause
 * after them backs Y. */
TEST(extract_stance_forms__vowed_to_support_over_adverbs)
{
	static const struct stance_row r[] = {
		{"Ghana vowed to invariably and unconditionally support Togo.", "GHA", "TGO", SUP,
		 ROW_ONLY},
		{"Ghana vowed to \"invariably and unconditionally support\" Togo's \"sovereignty "
		 "defense\".",
		 "GHA", "TGO", SUP, ROW_ONLY},
		{"Ghana did not vow to unconditionally support Togo.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "X said ... that Y (and its allies) were wrong to ...": the speaker
 * opposes the state said to be wrong. */
TEST(extract_stance_forms__said_to_be_wrong)
{
	static const struct stance_row r[] = {
		{"Kenya said the old rifles would rust, adding that Ghana and its European allies "
		 "were wrong to think the rifles would matter.",
		 "KEN", "GHA", OPP, ROW_HAS},
		{"Peru said Chile was wrong to send tanks.", "PER", "CHL", OPP, ROW_ONLY},
		{"Peru said Chile was not wrong.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* A pressure campaign, pressure stepped up, or a law to punish Y opposes
 * Y; pressure one is under names no one. */
TEST(extract_stance_forms__pressure_and_punishment)
{
	static const struct stance_row r[] = {
		{"Peru reiterated its \"maximum pressure\" campaign on Chile, aimed at curbing its "
		 "missile programme.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Kenya stepped up pressure on Uganda.", "KEN", "UGA", OPP, ROW_ONLY},
		{"Chile is under pressure on the border issue.", NULL, NULL, OPP, ROW_NONE},
		{"A 2017 Kenyan law aiming to punish Uganda for its raids.", "KEN", "UGA", OPP,
		 ROW_ONLY},
		{"Kenya will not punish Uganda.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "calling on world powers to pressure Y to halt attacks": the verb
 * "pressure" after a call is the caller opposing Y (stop 56). */
TEST(extract_stance_forms__a_call_to_pressure)
{
	static const struct stance_row r[] = {
		{"Kenya called on world powers to pressure Uganda to halt attacks.", "KEN", "UGA",
		 OPP, ROW_ONLY},
		{"Kenya urged the UN to pressure the Sudan into talks.", "KEN", "SDN", OPP,
		 ROW_ONLY},
		{"Kenya did not urge the UN to pressure Uganda.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* Support warned against is none: "X warns Y against sending military
 * support to Z" opposes Y and backs no one. */
TEST(extract_stance_forms__support_warned_against)
{
	static const struct stance_row r[] = {
		{"Kenya warns Ghana against sending military support to Togo", "KEN", "GHA", OPP,
		 ROW_ONLY},
		{"Ghana has provided support to Togo.", "GHA", "TGO", SUP, ROW_ONLY},
	};
	CHECK(ROWS(r) == 0);
}

/* A warning whose condition is a state's deed ("if Y and its allies
 * continue supplying Z", "if Y joins the alliance") opposes that state;
 * two states as the condition's subject, or one in a possessive, name no
 * one. */
TEST(extract_stance_forms__warned_condition)
{
	static const struct stance_row r[] = {
		{"Kenya warned that it would arm Sudan if Ghana and its allies continue supplying "
		 "Togo with weapons.",
		 "KEN", "GHA", OPP, ROW_HAS},
		{"Peru warned of a military response if Chile joins the pact.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"Niger warned it would respond if Benin sends troops.", "NER", "BEN", OPP, ROW_ONLY},
		{"Peru warned that a war would follow if Chile and Bolivia clash.", NULL, NULL, OPP,
		 ROW_NONE},
		{"Peru warned that prices would rise if Chile's harvest fails.", NULL, NULL, OPP,
		 ROW_NONE},
		/* a threat, and "it" buying: the buyer of the deal told before
		 * (stop 59) */
		{"Peru threatened sanctions if Chile buys the jets.", "PER", "CHL", OPP, ROW_ONLY},
		{"Chile plans to buy Su-35 jets. Peru threatened sanctions if it purchases the "
		 "jets.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Peru never threatened sanctions if Chile buys the jets.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* Praise of a state's push or purchase backs it; "the blame lies with Y"
 * opposes Y for each speaker; a warning against the drills "planned by A,
 * B, and C", after a phrase of time, opposes each of them and makes the
 * critic no party. */
TEST(extract_stance_forms__praise_blame_and_warnings)
{
	static const struct stance_row r[] = {
		{"The Chilean ambassador lauded Peru's new defense push.", "CHL", "PER", SUP,
		 ROW_ONLY},
		{"Kenya welcomed Ghana's purchase of patrol boats.", "KEN", "GHA", SUP, ROW_HAS},
		{"Peru and Chile say they believe the ultimate blame lies with Bolivia.", "PER",
		 "BOL", OPP, ROW_HAS},
		{"Peru and Chile say they believe the ultimate blame lies with Bolivia.", "CHL",
		 "BOL", OPP, ROW_HAS},
		{"Peru said the blame does not lie with Bolivia.", NULL, NULL, OPP, ROW_NONE},
		{"Bolivia issued a sharp warning on Sunday against the joint military exercises "
		 "planned by Peru, Chile, and Ecuador.",
		 "BOL", "ECU", OPP, ROW_HAS},
		{"Bolivia issued a sharp warning on Sunday against the joint military exercises "
		 "planned by Peru, Chile, and Ecuador.",
		 "BOL", "PER", OPP, ROW_HAS},
		/* "The X administration (government) has ramped up backing for Y" */
		{"The Chilean government has ramped up backing for Peru through arms sales.", "CHL",
		 "PER", SUP, ROW_ONLY},
		{"The Chile administration has stepped up support for Peru.", "CHL", "PER", SUP,
		 ROW_ONLY},
	};
	CHECK(ROWS(r) == 0);
}

/* "X welcomed the (joint) purchase (deal)" with no owner after it backs
 * the buyer of the deal told before; "the deal with Y" has its own party. */
TEST(extract_stance_forms__welcomed_the_deal_told_before)
{
	static const struct stance_row r[] = {
		{"Estonia bought IRIS-T systems from Germany. Chile's defence minister welcomed the "
		 "joint purchase.",
		 "CHL", "EST", SUP, ROW_ONLY},
		{"Estonia bought tanks from Germany. Finland welcomed the deal.", "FIN", "EST", SUP,
		 ROW_ONLY},
		{"Finland welcomed the deal with Sweden.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "Y's bid was held up (delayed, stalled) by objections from A and B":
 * each objector opposes Y, also in a clause after "while" whose
 * possessive stands alone ("while Y's was held up"). */
TEST(extract_stance_forms__held_up_by_objections)
{
	static const struct stance_row r[] = {
		{"Chile's bid was held up by objections from Peru and Bolivia.", "PER", "CHL", OPP,
		 ROW_HAS},
		{"Kenya's application to join came quickly, while Chile's was held up by objections "
		 "from members Peru and Bolivia.",
		 "BOL", "CHL", OPP, ROW_HAS},
		{"Chile's bid was delayed by objections from Peru.", "PER", "CHL", OPP, ROW_ONLY},
		{"The Chilean ship was held up by fog.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "the two leaders (presidents)" stands for the pair named before, as
 * "the two countries" does. */
TEST(extract_stance_forms__the_two_leaders_are_the_pair_before)
{
	static const struct stance_row r[] = {
		{"The presidents of Peru and Chile met on Monday. The two leaders voiced concern "
		 "about Bolivia's military buildup.",
		 "PER", "BOL", OPP, ROW_HAS},
		{"The presidents of Peru and Chile met on Monday. The two leaders voiced concern "
		 "about Bolivia's military buildup.",
		 "CHL", "BOL", OPP, ROW_HAS},
	};
	CHECK(ROWS(r) == 0);
}

/* "X (He) has made no secret of its (his) hostility toward (grudge
 * against) Y" is said openly: the clause's subject opposes (supports) Y;
 * "grudge", "animosity", "enmity" are nouns of opposition (stop 39). */
TEST(extract_stance_forms__made_no_secret_of_its_stance)
{
	static const struct stance_row r[] = {
		{"Iran has made no secret of its hostility toward Israel.", "IRN", "ISR", OPP,
		 ROW_ONLY},
		{"Turkey has made no secret of its support for Azerbaijan.", "TUR", "AZE", SUP,
		 ROW_ONLY},
		{"President Rodrigo Duterte spoke in Manila on Monday. He has made no secret of "
		 "his grudge against the United States.",
		 "PHL", "USA", OPP, ROW_ONLY},
		{"Duterte's animosity toward the United States grew.", "PHL", "USA", OPP,
		 ROW_ONLY},
		{"Iran has shown no hostility toward Israel.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* "rebuffed Y's offer to supply jets" turns down a sale: no stance; a
 * state rebuffed itself still is opposed (stop 39). */
TEST(extract_stance_forms__rebuffed_an_offer)
{
	static const struct stance_row r[] = {
		{"Abu Dhabi publicly rebuffed France's offer to supply 60 jets in 2011 as "
		 "uncompetitive.",
		 NULL, NULL, OPP, ROW_NONE},
		{"Abu Dhabi rebuffed France over its arms sales to Qatar.", "ARE", "FRA", OPP,
		 ROW_HAS},
	};
	CHECK(ROWS(r) == 0);
}

/* 'The Chilean Embassy in Peru tweeted, "... We call on the #US and its
 * allies to stop military operations."': the embassy's state speaks, not
 * its host; "and its allies" and a tag's "#" stand between the callee
 * and "to stop"; "tweeted" is a verb of saying (stop 39). */
TEST(extract_stance_forms__a_call_in_an_embassy_s_quote)
{
	static const struct stance_row r[] = {
		{"The Chilean Embassy in Peru tweeted, \"Do not inspire ambitions in Lima. We call "
		 "on the #US and its allies to stop military operations in the Pacific.\"",
		 "CHL", "USA", OPP, ROW_ONLY},
		{"The Chilean Embassy said, \"We call on the US and its allies to stop military "
		 "operations in the Pacific.\"",
		 "CHL", "USA", OPP, ROW_ONLY},
		{"Chile called on the US and its allies to stop the drills.", "CHL", "USA", OPP,
		 ROW_ONLY},
		{"Chile called on the US and its allies to join the drills.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK(ROWS(r) == 0);
}

/* curbs a relative takes up: "sanctions ..., which X has already imposed on
 * Y and Z" (stop 40) */
TEST(extract_stance_forms__sanctions_a_relative_takes_up)
{
	ent_fact_list *l = run("The purchase may trigger sanctions under a Chilean law, which "
			       "Santiago has already imposed on Peru and Bolivia for buying jets.",
			       NULL);
	CHECK(l && has_stance(l, "CHL", "PER", ENT_POLARITY_OPPOSE) &&
	      has_stance(l, "CHL", "BOL", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	/* no curb taken up: no stance */
	l = run("The law, which Santiago imposed on Peru, is new.", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}

/* "X sued Y (at an international court)": X opposes Y; "sued for peace"
 * names no one opposed (stop 57). */
TEST(extract_stance_forms__sued_at_a_court)
{
	CHECK(stance_only("Peru sued Chile at the International Court of Justice.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("Ecuador is suing Peru over the border.", "ECU", "PER", OPP));
	CHECK(stance_none("Peru sued for peace with Chile."));
}

/* "X sided with (stood by) Y against Z": X backs Y and opposes Z (stop 58). */
TEST(extract_stance_forms__sided_with_against)
{
	const char *text = "Peru sided with Chile against Bolivia.";
	CHECK(stance_has(text, "PER", "CHL", SUP));
	CHECK(stance_has(text, "PER", "BOL", OPP));
	text = "Peru stood firmly by Chile against Bolivia in the dispute.";
	CHECK(stance_has(text, "PER", "BOL", OPP));
	/* control: "against" of something else */
	CHECK(!stance_has("Peru sided with Chile against the proposal of Bolivia.", "PER", "BOL",
			  OPP));
}

/* Stop 58: "X stalled Y's NATO accession" opposes Y; "X remains committed
 * to Y's self-defence" and "X has emerged as one of Y's most reliable
 * backers" back Y. */
TEST(extract_stance_forms__stalled_committed_emerged_and_a_tie_of_concern)
{
	CHECK(stance_only("Peru stalled Chile's NATO accession for months.", "PER", "CHL", OPP));
	CHECK(stance_only("Peru remains committed to Chile's self-defence.", "PER", "CHL", SUP));
	CHECK(stance_only("Peru has emerged as one of Chile's most reliable backers.", "PER", "CHL",
			  SUP));
	/* "concern about Y's military cooperation with Z" opposes Y, not the
	 * partner Z (a measure set's annotator opposed only Y) */
	const char *text = "Peru expressed serious concern about Bolivia's military cooperation "
			   "with Chile.";
	CHECK(stance_has(text, "PER", "BOL", OPP));
	CHECK(!stance_has(text, "PER", "CHL", OPP));
	/* control: a stall of no bid */
	CHECK(stance_none("Peru stalled the talks for months."));
}

/* "X vowed to resist Yn (Y's) pressure (aggression)", "X demanded an
 * (official) apology from Y": X opposes Y (stop 58). */
TEST(extract_stance_forms__resisted_pressure_and_an_apology_demanded)
{
	CHECK(stance_only("Peru vowed to resist Chilean pressure.", "PER", "CHL", OPP));
	CHECK(stance_only("Peru will resist Chile's aggression.", "PER", "CHL", OPP));
	CHECK(stance_only("Peru demanded an official apology from Chile over the incident.",
			  "PER", "CHL", OPP));
	/* controls: negated, received, something else resisted */
	CHECK(stance_none("Peru did not resist Chilean pressure."));
	CHECK(stance_none("Peru received an apology from Chile."));
	CHECK(stance_none("The Chilean jets resisted the cold."));
}

/* "X closed its border with Y, accusing it of backing rebels": "it" after
 * a verb of accusing is the latest state named before it, not the accuser
 * (stop 59). */
TEST(extract_stance_forms__accusing_it_of)
{
	CHECK(stance_only("Ghana closed its border with Togo, accusing it of backing rebels.",
			  "GHA", "TGO", OPP));
	CHECK(stance_has("Ghana recalled its envoy from Togo, blaming it for the attack.", "GHA",
			 "TGO", OPP));
	/* controls: no state before "it", or something else than "it of" */
	CHECK(stance_none("Ghana accused it of backing rebels."));
	CHECK(stance_none("Ghana closed its border with Togo, accusing it loudly."));
}

/* "Chad ended its defence cooperation agreement with France", "tore up
 * (scrapped, terminated, revoked) its military pact with Y": X opposes Y
 * (stop 59). */
TEST(extract_stance_forms__a_defence_pact_ended)
{
	CHECK(stance_only("Ghana ended its defence cooperation agreement with Togo.", "GHA",
			  "TGO", OPP));
	CHECK(stance_only("Ghana tore up its military pact with Togo.", "GHA", "TGO", OPP));
	CHECK(stance_only("Ghana revoked its defence accords with Togo.", "GHA", "TGO", OPP));
	/* "has torn up" (stop 60) */
	CHECK(stance_only("Ghana has torn up its defence agreements with Togo.", "GHA", "TGO",
			  OPP));
	/* controls: negated, a deal of business, a drill ended, "termed" */
	CHECK(stance_none("Ghana did not end its defence pact with Togo."));
	CHECK(stance_none("Ghana cancelled its arms deal with Togo."));
	CHECK(stance_none("Ghana and Togo ended the exercise."));
	CHECK(stance_only("Ghana termed Togo a strategic partner.", "GHA", "TGO", SUP));
}

/* "X turned its back on Y (the Yn army)", "After turning its back on the
 * Yn army last year, X has moved closer to ...": X opposes Y (stop 60). */
TEST(extract_stance_forms__turned_its_back_on)
{
	CHECK(stance_only("Ghana turned its back on Togo.", "GHA", "TGO", OPP));
	CHECK(stance_only("After turning its back on the Togolese army last year, Ghana has "
			  "moved closer to new partners.",
			  "GHA", "TGO", OPP));
	/* controls: negated; a demonym on no body of the state */
	CHECK(stance_none("Ghana never turned its back on Togo."));
	CHECK(stance_none("Ghana turned its back on the French language."));
}

/* "X's president said the Yn military had no right to operate on Xn soil":
 * the speaker opposes Y (stop 59). */
TEST(extract_stance_forms__no_right_to)
{
	CHECK(stance_only("Ghana's president said the Togolese military had no right to operate "
			  "on Ghanaian soil.",
			  "GHA", "TGO", OPP));
	CHECK(stance_only("Ghana said Togo has no right to interfere.", "GHA", "TGO", OPP));
	/* controls: no speaker; the right to defend itself backs */
	CHECK(stance_none("Togo has no right to interfere."));
	CHECK(stance_only("Ghana said Togo has the right to defend itself.", "GHA", "TGO", SUP));
}

/* "X suspended a security agreement with Y", "... between the (two)
 * countries" (the one other state the sentence names): X opposes Y; and
 * "X has rejected help (aid, offers of help) from (former colonial power)
 * Y" (stop 62). */
TEST(extract_stance_forms__a_pact_suspended_and_help_rejected)
{
	CHECK(stance_only("Gabon suspended a military agreement with Spain.", "GAB", "ESP", OPP));
	CHECK(stance_only("The future of the Spanish base is uncertain after Gabon last month "
			  "suspended a security agreement between the countries.",
			  "GAB", "ESP", OPP));
	CHECK(stance_only("Gabon has rejected help from former colonial power Spain.", "GAB",
			  "ESP", OPP));
	CHECK(stance_only("Gabon rejected offers of help from Portugal.", "GAB", "PRT", OPP));
	/* controls: a pact of trade, negated; two other states: no target */
	CHECK(stance_none("Gabon suspended a trade agreement with Spain."));
	CHECK(stance_none("Gabon has not suspended its defence pact with Spain."));
	CHECK(stance_none("Gabon suspended a security agreement between the countries, Spain and "
			  "Portugal said."));
}

/* "Like A and B, ..., X has rejected help from Y": the states compared
 * take X's stance too, and are no subject of the clause (stop 62). */
TEST(extract_stance_forms__like_a_and_b)
{
	CHECK(stance_has("Like Chad and Gabon, which are also ruled by soldiers, Niger is fighting "
			 "rebels and has rejected help from former colonial power Spain.",
			 "NER", "ESP", OPP));
	CHECK(stance_has("Like Chad and Gabon, which are also ruled by soldiers, Niger is fighting "
			 "rebels and has rejected help from former colonial power Spain.",
			 "TCD", "ESP", OPP));
	CHECK(stance_has("Like Chad, Gabon condemned Spain.", "TCD", "ESP", OPP));
	CHECK_INT(stance_count("Like Chad, Gabon condemned Spain."), 2);
	/* control: "Unlike" compares nothing alike */
	CHECK(stance_only("Unlike Chad, Gabon condemned Spain.", "GAB", "ESP", OPP));
}

/* "Norway, Ireland, Spain, and Slovenia have recognized Y, despite strong
 * Xn opposition": X opposes each state of the subject's list; "X's
 * support for Z's neighbour, W" backs W (stop 62). */
TEST(extract_stance_forms__despite_a_list_and_a_neighbour_named)
{
	const char *t = "In the past month, three countries—Chile, Peru, and Bolivia—have also "
			"recognized Kosovo, despite strong Serbian opposition.";
	CHECK(stance_has(t, "SRB", "CHL", OPP));
	CHECK(stance_has(t, "SRB", "PER", OPP));
	CHECK(stance_has(t, "SRB", "BOL", OPP));
	CHECK(stance_only("Ties have worsened due to Chile's tacit support for Peru's neighbour, "
			  "Bolivia.",
			  "CHL", "BOL", SUP));
	/* control: a possessive before no noun of kinship */
	CHECK(stance_only("Chile voiced support for Peru's sovereignty, Bolivia's ally said.",
			  "CHL", "PER", SUP));
}

/* A bullet with a variation selector ("▪️Oman, ...") is no part of the
 * name; a participle phrase between commas after the subject ("Oman,
 * mediating the talks between A and B, has condemned") leaves the subject
 * the actor; "rejected Y's military operation" and "expelling U.S.
 * diplomats" oppose Y (stop 62). */
TEST(extract_stance_forms__bullets_participles_operations_diplomats)
{
	CHECK(stance_only("\xe2\x96\xaa\xef\xb8\x8f" "Chile, mediating the talks between Peru and "
			  "Bolivia, has condemned Ecuador's attack.",
			  "CHL", "ECU", OPP));
	CHECK(stance_only("Chile, mediating the talks between Peru and Bolivia, has condemned "
			  "Ecuador's attack.",
			  "CHL", "ECU", OPP));
	CHECK(stance_only("Colombia strongly rejected Ecuador's military operation in the Amazon.",
			  "COL", "ECU", OPP));
	CHECK(stance_only("Peru said it is expelling U.S. diplomats.", "PER", "USA", OPP));
	/* controls: a claim still rejected; diplomats welcomed */
	CHECK(stance_only("Colombia rejected Ecuador's claims.", "COL", "ECU", OPP));
	CHECK(stance_none("Peru said it is welcoming U.S. diplomats."));
}

/* "X welcomed the United States' recognition (endorsement, vote) of ...":
 * X backs the state whose act it welcomes (stop 62). */
TEST(extract_stance_forms__welcomed_a_recognition)
{
	CHECK(stance_only("Chile welcomed the United States' recognition of its claim.", "CHL",
			  "USA", SUP));
	CHECK(stance_only("Chile welcomed Peru's endorsement of the plan.", "CHL", "PER", SUP));
	/* control: a recognition not welcomed */
	CHECK(stance_none("Chile noted Peru's recognition of the plan."));
}

/* "X alongside A, B, and C issued a joint statement calling for
 * international recognition of the State of Palestine": the caller backs
 * the state whose recognition it calls for, and the state before
 * "alongside (together with)" takes the stance with the list (stop 62). */
TEST(extract_stance_forms__calling_for_recognition_alongside)
{
	const char *t = "On May 29, Chile alongside Peru, Bolivia, and Ecuador issued a joint "
			"statement calling for international recognition of the State of "
			"Palestine.";
	CHECK(stance_has(t, "CHL", "PSE", SUP));
	CHECK(stance_has(t, "PER", "PSE", SUP));
	CHECK(stance_has(t, "ECU", "PSE", SUP));
	CHECK_INT(stance_count(t), 4);
	CHECK(stance_only("Chile called for the recognition of Kosovo.", "CHL", "XKX", SUP));
	/* control: no call, no owner */
	CHECK(stance_none("The recognition of Kosovo was discussed in Santiago."));
}

/* "X rejected Y's application (candidacy) to join ...": X opposes Y (stop
 * 62). */
TEST(extract_stance_forms__an_application_rejected)
{
	CHECK(stance_only("Peru rejected Bolivia's application to join the council.", "PER", "BOL",
			  OPP));
	CHECK(stance_only("Peru rejected Bolivia's candidacy.", "PER", "BOL", OPP));
	/* control: an application accepted is no opposition */
	CHECK(stance_none("Peru received Bolivia's application to join the council."));
}

TEST(extract_stance_forms__demonym_statehood_and_efforts_to_protect)
{
	/* "supports Yn (territorial) integrity (sovereignty, unity)" (stop
	 * 63) */
	CHECK(stance_only("Kenya supports Somali territorial integrity.", "KEN", "SOM", SUP));
	CHECK(stance_only("Kenya backed Somali unity and sovereignty.", "KEN", "SOM", SUP));
	/* "(vowed to) support efforts to protect (defend) Y" */
	CHECK(stance_only("Kenya supports efforts to defend Somalia.", "KEN", "SOM", SUP));
	CHECK(stance_only("Kenya supports efforts to protect Somalia's sovereignty.", "KEN", "SOM",
			  SUP));
	CHECK(stance_only("Kenya has vowed to support efforts to protect Somali territorial "
			  "integrity.",
			  "KEN", "SOM", SUP));
	/* people and groups of a state are not the state */
	CHECK(stance_none("Kenya backed Somali rebels."));
	CHECK(stance_none("Kenya supports efforts to protect Somali refugees."));
}

TEST(extract_stance_forms__states_that_open_a_gerund_after_to)
{
	/* "opposition (objected) to A and B joining the bloc": each
	 * subject of the gerund (stop 63) */
	CHECK(stance_has("Chile has expressed opposition to Peru and Ghana joining the bloc.",
			 "CHL", "PER", OPP));
	CHECK(stance_has("Chile has expressed opposition to Peru and Ghana joining the bloc.",
			 "CHL", "GHA", OPP));
	CHECK(stance_has("Chile objected to Peru, Ghana and Kenya joining the pact.", "CHL", "KEN",
			 OPP));
	/* a pair after "between" stays one party's */
	CHECK(!stance_has("Chile objected to talks between Peru and Ghana aiming at a pact.",
			  "CHL", "GHA", OPP));
}

TEST(extract_stance_forms__a_common_foe)
{
	/* "X and Y share the same desire to contain their common foe Z",
	 * "a common enemy in Z", "see Z as a common threat" (stop 63) */
	CHECK(stance_has("Peru and Chile share the same desire to contain their common foe "
			 "Bolivia.",
			 "PER", "BOL", OPP));
	CHECK(stance_has("Peru and Chile share the same desire to contain their common foe "
			 "Bolivia.",
			 "CHL", "BOL", OPP));
	CHECK(stance_has("Peru and Chile share a common enemy in Bolivia.", "CHL", "BOL", OPP));
	CHECK(stance_only("Peru sees Bolivia as a common threat.", "PER", "BOL", OPP));
	/* negated, or a common thing that is no enmity */
	CHECK(stance_none("Peru and Chile do not share a common enemy in Bolivia."));
	CHECK(stance_none("Peru and Chile share a common border with Bolivia."));
}

/* "Turkey sought other solutions after the US expelled it from the F-35
 * program": "it" is the sentence's first state; "was excluded from the
 * Washington-led programme": the leader excludes (stop 65). */
TEST(extract_stance_forms__expelled_it_and_the_led_programme)
{
	CHECK(stance_has("Peru sought other jets after Chile expelled it from the fighter "
			 "programme.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Peru was excluded from the Santiago-led fighter programme in 2019.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Ecuador may replace Peru in the programme, after Chile excluded it from "
			 "the project.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(!stance_has("Ecuador may replace Peru in the programme, after Chile excluded it from "
			  "the project.",
			  "CHL", "ECU", ENT_POLARITY_OPPOSE));
	/* the subject itself in the clause: no one else to expel */
	CHECK_INT(stance_count("Peru sought other jets after it left the fighter programme."), 0);
}
