/*
 * test_extract_speakers_own.c - words whose meaning hangs on who says them
 * ("will supply us", said by a state's leader) and contractions that look
 * like other words ("won't" is no contract won).  Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

TEST(extract_speakers_own__us_in_a_quote_is_the_speakers_state)
{
	static const char *const forms[] = {
		"\"Russia will supply us with dozens of planes,\" Belarusian President Alexander "
		"Lukashenko said.",
		"\"Russia will supply us - I will not say what - with dozens of planes,\" Belarusian "
		"President Alexander Lukashenko said.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++)
		expect_deal(forms[i], 1, "RUS", "BLR");
	/* "us" outside a quote names no one; "US" is the United States */
	expect_no_transfer("Russia will supply us with dozens of planes.");
	expect_deal("Russia will supply US with dozens of planes, Belarusian President Alexander "
		    "Lukashenko said.",
		    1, "RUS", "USA");
}

TEST(extract_speakers_own__wont_is_no_contract_won)
{
	static const char *const forms[] = {
		"Russia will supply Belarus with planes, but it won't say when.",
		"Russia will supply Belarus with planes, but it won\xe2\x80\x99t say when.",
		"\"Russia will supply Belarus - I won't say what - with planes,\" the minister said.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		int st = deal_status(forms[i], "RUS", "BLR");
		CHECK(st >= 0);
		CHECK(st != ENT_STATUS_SIGNED);
	}
	/* "won" itself still wins a contract */
	CHECK_INT(deal_status("Saab won a contract to supply Gripen jets to Thailand.", "SWE", "THA"),
		  ENT_STATUS_SIGNED);
}
