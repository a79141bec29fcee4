/*
 * test_extract_spender.c - "X plans to spend <a sum in two currencies> to
 * acquire ...": the spender buys, however long the sum; "Y contracted X's
 * firm to build goods" buys from X; and sums in currencies of Central
 * Europe and South-East Asia are kept as stated.
 * Every sentence here was written for these tests (stop 51).
 */
#include "extract_harness.h"

#include <math.h>
#include <string.h>

TEST(extract_spender__sum_in_two_currencies)
{
	const char *text = "Chile plans to buy six frigates from the Netherlands.\n\n"
			   "Santiago plans to spend around CLP 900 billion (U.S. $950 million) to "
			   "acquire the frigates along with spare parts.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_DEAL), 1);
	f = find_deal(l, "NLD", "CHL");
	CHECK(f && f->value.has_usd && fabs(f->value.usd - 9.5e8) < 1);
	ent_fact_list_free(l);
	/* the sum and a time between the spending and the buying */
	CHECK(fabs(deal_usd("Chile plans to buy six frigates from the Netherlands.\n\n"
			    "Santiago plans to spend $950 million this year to acquire the "
			    "frigates.",
			    "NLD", "CHL") -
		   9.5e8) < 1);
	/* no sum: nothing spent, no buyer found that far back */
	CHECK(ndeals_text("Santiago plans to spend heavily on schools this year, and it wants "
			  "to acquire six frigates from the Netherlands.") == 1);
}

/* The currency of the first deal of text, or "" when it has no sum. */
static const char *currency_of(const char *text)
{
	static char cur[4];
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_DEAL) : NULL;
	cur[0] = 0;
	if (f && f->value.amount > 0)
		memcpy(cur, f->value.currency, sizeof cur);
	ent_fact_list_free(l);
	return cur;
}

TEST(extract_spender__currencies_kept_as_stated)
{
	CHECK_STR(currency_of("Hungary will buy 40 tanks from Germany for PLN 1.6 billion."), "PLN");
	CHECK_STR(currency_of("Hungary will buy 40 tanks from Germany for RON 2 billion."), "RON");
	CHECK_STR(currency_of("Hungary will buy 40 tanks from Germany for 1.6 billion zlotys."),
		  "PLN");
	CHECK_STR(currency_of("Malaysia will buy 18 jets from South Korea for 4 billion ringgit."),
		  "MYR");
	CHECK_STR(currency_of("Malaysia will buy 18 jets from South Korea for 40 billion baht."),
		  "THB");
}

/* "Y contracted (hired) X's firm to build goods": Y buys from X */
TEST(extract_spender__contracted_to_build)
{
	CHECK(deal_status("Chile's navy contracted the Netherlands' Damen to build two frigates.",
			  "NLD", "CHL") == ENT_STATUS_SIGNED);
	CHECK_INT(deal_year("Peru hired South Korea's Hanwha to build three submarines in 2023.",
			    NULL, "KOR", "PER"),
		  2023);
	/* no goods after the verb of building: no deal */
	CHECK(ndeals_text("Chile contracted the Netherlands' Damen to build a new port.") == 0);
}

/* "Y will pay (is paying) $N for goods from X": a purchase */
TEST(extract_spender__will_pay_for_goods)
{
	CHECK(fabs(deal_usd("Peru will pay $950 million for six frigates from the Netherlands.",
			    "NLD", "PER") -
		   9.5e8) < 1);
	CHECK(ndeals_text("Peru is paying $950 million for six Dutch frigates.") == 1);
	/* a payment refused buys nothing */
	CHECK(ndeals_text("Peru refused to pay $5 million for the tanks from Chile.") == 0);
}

/* "It comes as Y prepares to finalize two agreements with X, which include
 * the acquisition of ...": the relative clause belongs to the "as" clause,
 * whose deal it tells */
TEST(extract_spender__relative_in_an_as_clause)
{
	CHECK(ndeals_text("It comes as Peru prepares to finalize two defence agreements with "
			  "Chile, which include the acquisition of 26 patrol boats.") == 1);
	CHECK(deal_status("As Peru prepares to finalize two defence agreements with Chile, which "
			  "include the acquisition of 26 patrol boats.",
			  "CHL", "PER") == ENT_STATUS_REPORTED);
	/* control: a state of a subordinate clause stays out of the deal */
	expect_not("Peru bought 26 patrol boats from Chile as Bolivia launched its offensive.",
		   "BOL", "PER");
}

/* "Y paid X for the upgrade of its Kfir jets": a state paid stands for the
 * sum, so the payer buys from it; payment for help is no deal (stop 56). */
TEST(extract_spender__paid_a_state_for_goods)
{
	expect_deal("Peru paid Israel for the upgrade of its Kfir jets.", 1, "ISR", "PER");
	CHECK_INT(deal_year("Peru paid Israel for the Kfir upgrade in 2019.", "2023-05-10", "ISR",
			    "PER"),
		  2019);
	expect_no_transfer("Peru paid Israel for its help in the war.");
}
