/*
 * test_extract_leaders.c - a leader's name (data/leaders.tsv) stands for
 * the state in stances, on sentences written for these tests (none quotes
 * an article): a full name, a surname the table lets stand alone, a
 * surname only after its full name, a surname with another given name,
 * "he said" after a leader, and the year that tells two leaders of one
 * surname apart.
 */
#include "extract_harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_leaders__full_name_and_surname)
{
	CHECK(stance_only("Narendra Modi condemned Pakistan over the attack on the border post.",
			  "IND", "PAK", OPP));
	CHECK(stance_only("Erdogan condemned Armenia over the shelling of the villages.", "TUR",
			  "ARM", OPP));
	/* the leader as the target */
	CHECK(stance_only("Armenia condemned Erdogan's remarks on the border.", "ARM", "TUR",
			  OPP));
}

TEST(extract_leaders__surname_after_full_name)
{
	/* "Khan" alone names no state; after "Imran Khan" it does */
	CHECK(stance_none("Khan condemned India over the shelling."));
	CHECK(stance_only("Imran Khan spoke in Lahore on Monday. Khan condemned India over the "
			  "shelling.",
			  "PAK", "IND", OPP));
	/* another given name: another person */
	CHECK(stance_none("A letter from Hunter Biden condemned Russia over the raid."));
	/* a surname two rows share ("Kim Jong Il", "Kim Jong Un") */
	CHECK(stance_only("Kim Jong Un met officials on Monday. Later, Kim condemned Japan.", "PRK",
			  "JPN", OPP));
	/* a full name after a state's title: the surname later still stands
	 * for the state */
	CHECK(stance_only("South Korean President Yoon Suk Yeol met reporters. Yoon condemned "
			  "Japan over the shelling.",
			  "KOR", "JPN", OPP));
}

TEST(extract_leaders__he_said_after_leader)
{
	CHECK(stance_only("President Emmanuel Macron spoke in Paris on Sunday. \"We condemn the "
			  "attack by Azerbaijan,\" he said.",
			  "FRA", "AZE", OPP));
}

TEST(extract_leaders__year_picks_leader)
{
	char dir[] = "/tmp/ent-leaders-XXXXXX";
	gazetteer *g = NULL;
	ent_error err = {0, ""};
	CHECK(mkdtemp(dir) != NULL);
	CHECK(data_dir_with(dir, "leaders.tsv",
			    "PER\thos\t2001\t2005\tAna Ruiz\tRuiz\tyes\n"
			    "CHL\thog\t2010\t2014\tLuis Ruiz\tRuiz\tyes\n"
			    "KEN\thos\t2003\t2008\tJane Mwangi\tMwangi\tyes\n") == 0);
	CHECK(ent__gazetteer_load(&g, dir, NULL, &err) == 0);
	if (g) {
		const char *c = ent__gazetteer_leader(g, "ruiz", 2003);
		CHECK(c && !strcmp(c, "PER"));
		c = ent__gazetteer_leader(g, "ruiz", 2012);
		CHECK(c && !strcmp(c, "CHL"));
		/* no year, or a year neither was in office: ambiguous */
		CHECK(ent__gazetteer_leader(g, "ruiz", 0) == NULL);
		CHECK(ent__gazetteer_leader(g, "ruiz", 2008) == NULL);
		/* one state: any year */
		c = ent__gazetteer_leader(g, "mwangi", 2020);
		CHECK(c && !strcmp(c, "KEN"));
		ent__gazetteer_free(g);
	}
	data_dir_remove(dir);
}
