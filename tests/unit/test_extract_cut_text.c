/*
 * test_extract_cut_text.c - text cut anywhere: every word-prefix and
 * word-suffix of sentences that fire the rules is extracted as a document
 * of its own, so each rule meets its cue word as the document's first
 * token (nothing before it) and as its last (nothing after it).  Under
 * AddressSanitizer (the README's test command) a rule that looks one token
 * before the first or past the last fails here; every fact's quote must lie
 * inside the text.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

static const char *const cut_sentences[] = {
	/* stances */
	"Support for Armenia grew in France after the war.",
	"Support from Russia reached Belarus, officials said.",
	"Greece voiced strong support to Cyprus over the dispute.",
	"Turkey pledged its full support for Azerbaijan, the minister said.",
	"The sale is meant to improve the security of Taiwan.",
	"It is part of the policy of Japan to improve the security of the Philippines.",
	"Israel is committed to the defence of Cyprus.",
	"China condemned the sale of F-16 jets to Taiwan.",
	"Moscow urged Washington against selling missiles to Ukraine.",
	"Iran threatened to use force against Israel if the strikes continue.",
	"India lodged solemn demarches with the Chinese side.",
	"Russia blames the USA and France and threatens Moldova with consequences.",
	"Under pressure from Washington, Ankara cut off aid to Syria.",
	"India is justifiably concerned with this nascent Turkey-Pakistan-China nexus.",
	"Turkey is expressing its displeasure at the Franco-Greek defense agreement.",
	"The Gulf countries are Bahrain, Iraq – including the Kurdistan Region – and Oman.",
	/* deals */
	"A chartered Ukrainian An-124 transport aircraft delivered helicopters to Chile.",
	"Chile bought F-16 jets retired by Norway from the U.S. In 2020 it ordered more.",
	"Orders for the Gripen have since come in from Hungary (14 jets) and Brazil.",
	"Peru's decision to complete the Russian S-400 purchase angered Chile.",
	"Peru announced a moratorium on arms sales to Chile.",
	"Morocco, which already operates US-made F-16s, is now buying Apache helicopters.",
	"Azerbaijan, which Turkey supplies with drones, is now buying jets from Pakistan.",
	"Pakistan signed a $1.5 billion deal with China for 36 J-10C fighter jets in 2022.",
	"Armenia has bought Pinaka rocket launchers from India, signing a contract in 2020.",
	"The howitzers were delivered to Armenia by India in 2023.",
	"Azerbaijan may seek JF-17 Block III jets from Pakistan, sources said.",
	"Supplies of Russian arms to Iran and Syria form a large part of its exports.",
	"Besides Turkey and Israel, Pakistan sold drones to Azerbaijan.",
	"Spain won a $400 million tender to build three patrol vessels for the Kenyan Navy.",
	"According to reports, Spain has won the tender to build ships for Kenya.",
	"Spain as well as Italy have gifted Uganda 12 such 155 millimeter truck-mounted systems.",
	"Russia and Malaysia signed a contract to supply the jets, making Malaysia the third "
	"buyer after Vietnam and Algeria.",
	"Malaysia's minister said that Russia has begun delivering to his country the Su-30 jets.",
	"The US will send Ukraine NASAMS and HAWK systems.",
	"Spain will train Kenyan troops and sell them drones.",
	"Peru has purchased four patrol ships from the shipbuilder.",
	"Peru was okayed to buy 31 terminals for as much as $23.7 million.",
	"Peru shot down a Chilean-supplied Storm Shadow missile fired by Bolivia.",
	"Ten K2 tanks from South Korea were unloaded at the Chilean port city of Valparaiso.",
	"Chile and Spain are arming Peru while sourcing arms from Iran.",
	/* stances (more) */
	"Chile will sanction Peru if it buys the jets.",
	"Chile takes an extremely negative view of Peru's decision.",
	"Chile would not tolerate an attempt by Peru to close the strait.",
	"Chilean President Boric and Peruvian President Boluarte pledged support for each other.",
	"Chile's government opposes the sale of F-35s to Peru.",
	"Chile is not happy with Peru's decision.",
	"Peru being criticised recently by Chile.",
	/* exercises */
	"Lake Guard is a bilateral naval drill which takes place between Kenya and Tanzania.",
	"The first such drill was held in Kenya in March 2011, the second in Tanzania in 2013.",
	"They are Uganda, Rwanda and Kenya.",
	"Turkey, Pakistan and Azerbaijan held the Three Brothers 2021 drills in Baku.",
	"Indian and Armenian troops took part in a joint exercise near Yerevan.",
	"The Zapad 2021 Russian-Belarusian exercises drew criticism from the Kremlin's critics.",
	NULL,
};

/* Extract text (len bytes of a longer buffer, copied so that nothing lies
 * past its end) and check every evidence span lies inside it. */
static void extract_cut(const char *text, size_t len)
{
	char *copy = malloc(len + 1);
	ent_fact_list *l;
	size_t i, k;
	CHECK(copy != NULL);
	if (!copy)
		return;
	memcpy(copy, text, len);
	copy[len] = '\0';
	l = run(copy, NULL);
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++)
		for (k = 0; k < l->v[i].nevidence; k++) {
			const ent_evidence *e = &l->v[i].evidence[k];
			if (e->start > e->end || e->end > len)
				fprintf(stderr, "    evidence %zu..%zu outside \"%s\"\n", e->start,
					e->end, copy);
			CHECK(e->start <= e->end && e->end <= len);
		}
	ent_fact_list_free(l);
	free(copy);
}

TEST(extract_cut_text__every_word_prefix_and_suffix_extracts_inside_its_bounds)
{
	size_t s, n = 0;
	for (s = 0; cut_sentences[s]; s++) {
		const char *t = cut_sentences[s];
		size_t len = strlen(t), i;
		for (i = 0; i <= len; i++) {
			if (i == len || t[i] == ' ') {
				extract_cut(t, i); /* the words before the space */
				n++;
			}
			if (i < len && (i == 0 || t[i - 1] == ' ')) {
				extract_cut(t + i, len - i); /* the words from here on */
				n++;
			}
		}
	}
	CHECK(n > 400);
}

TEST(extract_cut_text__a_cue_word_alone_is_a_document_without_facts)
{
	/* the first word of a rule as the whole text: no neighbour to read */
	static const char *const alone[] = {"Support", "support", "sold", "bought", "drills",
					    "condemned", "security", "the", ",", NULL};
	size_t i;
	for (i = 0; alone[i]; i++) {
		ent_fact_list *l = run(alone[i], NULL);
		CHECK(l != NULL);
		CHECK(l && l->n == 0);
		ent_fact_list_free(l);
	}
}
