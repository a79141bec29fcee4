/*
 * patterns.c - money, years and relative years over tokens.
 *
 * Money: "$2 billion", "~$30 million", "US$ 1.6bn", "USD 250m",
 * "Rs 5,000 crore", "EUR 300 million", "€1.2bn", "450 million dollars";
 * a preceding "about", "nearly", "~" ... marks the value approximate.
 * The currency is kept as stated (ISO 4217); a USD figure is set only when
 * the text gives USD.  Years: four-digit numbers 1950-2049 that are not part
 * of a money phrase; "this year", "last year", "next year" resolve against
 * the document's own date when it has one.
 */
#include "extract/extract_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct named {
	const char *key;
	const char *val;
} named;

/* Currency signs and codes written before the number. */
static const named cur_before[] = {
	{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"₹", "INR"}, {"₺", "TRY"},
	{"₼", "AZN"}, {"₽", "RUB"}, {"¥", "CNY"}, {"₩", "KRW"}, {"₪", "ILS"},
	{"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"inr", "INR"}, {"rs", "INR"},
	{"pkr", "PKR"}, {"try", "TRY"}, {"azn", "AZN"}, {"rub", "RUB"}, {"cny", "CNY"},
	{"rmb", "CNY"}, {"jpy", "JPY"}, {"krw", "KRW"}, {"ils", "ILS"}, {"nis", "ILS"},
	{"amd", "AMD"}, {"aed", "AED"}, {"sar", "SAR"}, {"cad", "CAD"}, {"aud", "AUD"},
	{"chf", "CHF"}, {"sek", "SEK"}, {"nok", "NOK"}, {"thb", "THB"}, {"egp", "EGP"},
	{"brl", "BRL"}, {"zar", "ZAR"}, {"idr", "IDR"}, {"myr", "MYR"}, {"php", "PHP"},
	/* "RON 4.2 billion", "PLN 1.6 billion" (stop 51) */
	{"pln", "PLN"}, {"ron", "RON"}, {"czk", "CZK"}, {"huf", "HUF"}, {"dkk", "DKK"},
	{"nzd", "NZD"}, {"sgd", "SGD"}, {"twd", "TWD"}, {"uah", "UAH"}, {"qar", "QAR"},
	{"kwd", "KWD"}, {"mxn", "MXN"}, {"ngn", "NGN"}, {NULL, NULL}};

/* Currency words written after the number. */
static const named cur_after[] = {
	{"dollars", "USD"}, {"dollar", "USD"}, {"euros", "EUR"}, {"euro", "EUR"},
	{"pounds", "GBP"}, {"rupees", "INR"}, {"lira", "TRY"}, {"liras", "TRY"},
	{"manat", "AZN"}, {"rubles", "RUB"}, {"roubles", "RUB"}, {"yuan", "CNY"},
	{"dram", "AMD"}, {"drams", "AMD"}, {"shekels", "ILS"}, {"won", "KRW"},
	{"yen", "JPY"}, {"dirhams", "AED"}, {"riyals", "SAR"},
	/* stop 51 */
	{"zloty", "PLN"}, {"zlotys", "PLN"}, {"zlotych", "PLN"}, {"lei", "RON"},
	{"forints", "HUF"}, {"hryvnias", "UAH"}, {"ringgit", "MYR"}, {"rupiah", "IDR"},
	{"baht", "THB"}, {"naira", "NGN"}, {"kronor", "SEK"}, {NULL, NULL}};

typedef struct scale {
	const char *key;
	double mul;
} scale;

static const scale scales[] = {
	{"thousand", 1e3}, {"k", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"mn", 1e6},
	/* a letter dropped by the writer: "US$28 milion" */
	{"milion", 1e6}, {"bilion", 1e9},
	{"mln", 1e6}, {"m", 1e6}, {"billion", 1e9}, {"billions", 1e9}, {"bn", 1e9},
	{"bln", 1e9}, {"b", 1e9}, {"trillion", 1e12}, {"tn", 1e12}, {"crore", 1e7},
	{"crores", 1e7}, {"cr", 1e7}, {"lakh", 1e5}, {"lakhs", 1e5}, {NULL, 0}};

static const char *approx_words[] = {
	"~", "about", "around", "approximately", "nearly", "almost", "roughly", "some",
	"over", "estimated", "approx", "circa", "close", "up", "under", "than", NULL};

static const char *lookup(const named *tab, const char *k)
{
	size_t i;
	for (i = 0; tab[i].key; i++) /* the first byte rules out most without a call */
		if (tab[i].key[0] == k[0] && strcmp(tab[i].key, k) == 0)
			return tab[i].val;
	return NULL;
}

static double scale_of(const char *k)
{
	size_t i;
	for (i = 0; scales[i].key; i++)
		if (scales[i].key[0] == k[0] && strcmp(scales[i].key, k) == 0)
			return scales[i].mul;
	return 0;
}

static int in_list(const char *const *l, const char *k)
{
	size_t i;
	for (i = 0; l[i]; i++)
		if (strcmp(l[i], k) == 0)
			return 1;
	return 0;
}

/* Parse the number token (digits with , thousands separators or a .
 * decimal).  One comma with one or two digits after it and no point is a
 * decimal comma: "11,1 billion USD" is 11.1 billion, "2,000" is 2000. */
static double num_value(const char *text, const tok *x)
{
	char buf[64];
	size_t i, n = 0, comma = 0, after = 0, point = 0;
	for (i = x->start; i < x->end; i++) {
		if (text[i] == ',') {
			comma++;
			after = 0;
		} else if (text[i] == '.') {
			point = 1;
		} else {
			after++;
		}
	}
	for (i = x->start; i < x->end && n < sizeof buf - 1; i++) {
		char c = text[i];
		if (c == ',') {
			if (comma == 1 && !point && after >= 1 && after <= 2)
				buf[n++] = '.';
			continue;
		}
		buf[n++] = c;
	}
	buf[n] = '\0';
	return strtod(buf, NULL);
}

/* "1,234" style (comma groups of three) or plain digits / decimals. */
static int is_year_token(const char *text, const tok *x, int *year)
{
	int y = 0;
	uint32_t i;
	if (x->kind != TK_NUM || x->end - x->start != 4)
		return 0;
	for (i = x->start; i < x->end; i++) {
		if (text[i] < '0' || text[i] > '9')
			return 0;
		y = y * 10 + (text[i] - '0');
	}
	if (y < 1950 || y > 2049)
		return 0;
	*year = y;
	return 1;
}

static const char *lookup(const named *tab, const char *k);
static double scale_of(const char *k);

/* Fill m as the money mention of tokens [i, k): amount in currency cur
 * (a USD amount is also its USD value). */
static void set_money(const tokens *t, size_t i, size_t k, double amount, const char *cur,
		      mention *m)
{
	m->kind = MK_MONEY;
	m->t0 = i;
	m->t1 = k;
	m->start = t->v[i].start;
	m->end = t->v[k - 1].end;
	m->value.present = 1;
	m->value.amount = amount;
	memcpy(m->value.currency, cur, 4);
	if (strcmp(cur, "USD") == 0) {
		m->value.has_usd = 1;
		m->value.usd = amount;
	}
}

/* The value of a spelled number up to ninety ("a", "one" ... "twenty",
 * "thirty" ... "ninety"), or 0. */
static int number_word(const char *key)
{
	static const char *const small[] = {"one", "two", "three", "four", "five", "six",
					    "seven", "eight", "nine", "ten", "eleven", "twelve",
					    "thirteen", "fourteen", "fifteen", "sixteen",
					    "seventeen", "eighteen", "nineteen", "twenty", NULL};
	static const char *const tens[] = {"thirty", "forty", "fifty", "sixty", "seventy",
					   "eighty", "ninety", NULL};
	int k;
	if (key[0] == 'a' && !key[1])
		return 1;
	for (k = 0; small[k]; k++)
		if (strcmp(key, small[k]) == 0)
			return k + 1;
	for (k = 0; tens[k]; k++)
		if (strcmp(key, tens[k]) == 0)
			return 30 + 10 * k;
	return 0;
}

/* "a billion dollars", "seven billion euros", "two hundred million
 * dollars": an amount spelled in words, its scale a word (stop 66 for
 * all but "a" and "one"). */
static size_t spelled_amount(const char *text, const tokens *t, size_t i, mention *m)
{
	const char *cur;
	double mul, v;
	size_t j = i + 1;
	(void)text;
	/* the next word is "million", "billion", "hundred" or "trillion":
	 * its length and letters rule out most words before any look-up */
	if (i + 2 >= t->n || (t->v[j].keylen != 7 && t->v[j].keylen != 8) ||
	    !(strcmp(TKEY(t, j) + 1, "illion") == 0 || strcmp(TKEY(t, j), "hundred") == 0 ||
	      strcmp(TKEY(t, j), "trillion") == 0))
		return 0;
	v = number_word(TKEY(t, i));
	if (v <= 0)
		return 0;
	if (strcmp(TKEY(t, j), "hundred") == 0 && v >= 2 && j + 2 < t->n) {
		v *= 100;
		j++;
	}
	mul = scale_of(TKEY(t, j));
	if (mul < 1e6 || t->v[j].keylen < 4) /* "million", "billion", not "m" */
		return 0;
	cur = lookup(cur_after, TKEY(t, j + 1));
	if (!cur)
		return 0;
	memset(m, 0, sizeof *m);
	set_money(t, i, j + 2, v * mul, cur, m);
	return j + 2 - i;
}

/* Is token k a hyphen glued to the tokens on both sides ("500-million")? */
static int hyphen_glued(const tokens *t, size_t k)
{
	return k + 1 < t->n && strcmp(TKEY(t, k), "-") == 0 && !t->v[k].space_before &&
	       !t->v[k + 1].space_before;
}

/* Try a money phrase starting at token i.  On success fill *m and return the
 * number of tokens consumed (0 if none). */
static size_t money_at(const char *text, const tokens *t, size_t i, mention *m)
{
	size_t j = i, k;
	const char *cur = NULL;
	double amount, mul = 1;
	const char *key = TKEY(t, i);

	/* Most tokens are lower-case words, which start no money phrase: a
	 * phrase starts with a number, a currency sign, a capitalised code
	 * or "US"/"us" before "$".  Ruling them out here spares the table
	 * look-ups below on every word of a document.  *m is filled only
	 * when a phrase is found. */
	if (t->v[i].kind == TK_WORD && !t->v[i].upper && !(key[0] == 'u' && key[1] == 's' && !key[2]))
		return spelled_amount(text, t, i, m);
	memset(m, 0, sizeof *m);
	/* "US$" / "US $" */
	if (strcmp(key, "us") == 0 && i + 1 < t->n && strcmp(TKEY(t, i + 1), "$") == 0) {
		cur = "USD";
		j = i + 2;
	} else if (strcmp(key, "us") == 0 && t->v[i].upper && i + 2 < t->n &&
		   (strcmp(TKEY(t, i + 1), "dollars") == 0 ||
		    strcmp(TKEY(t, i + 1), "dollar") == 0) &&
		   t->v[i + 2].kind == TK_NUM) {
		/* "valued at US dollars 106 million" (stop 50) */
		cur = "USD";
		j = i + 2;
	} else if (t->v[i].kind == TK_WORD &&
		   !(i + 1 < t->n && t->v[i + 1].kind == TK_NUM) &&
		   !(i + 2 < t->n && key[0] == 'r' && t->v[i + 2].kind == TK_NUM)) {
		/* a code names money only right before its figure ("Rs." over
		 * the dot): a capitalised word elsewhere needs no look-up */
		return 0;
	} else if ((cur = lookup(cur_before, key)) != NULL) {
		/* currency codes must be capitalised ("USD", "Rs"); signs are punctuation */
		if (t->v[i].kind == TK_WORD && !t->v[i].upper)
			return 0;
		if (key[0] == '$' && i > 0 && !t->v[i].space_before && t->v[i - 1].kind == TK_WORD &&
		    ((t->v[i - 1].allcaps && t->v[i - 1].keylen <= 3) ||
		     (t->v[i - 1].upper && strcmp(TKEY(t, i - 1), "aus") == 0))) {
			/* "NZ$1.5 billion", "A$300 million", "C$", "Aus$50
			 * billion": another dollar */
			static const named dollars[] = {
				{"nz", "NZD"}, {"a", "AUD"}, {"au", "AUD"}, {"aus", "AUD"}, {"c", "CAD"},
				{"ca", "CAD"}, {"s", "SGD"}, {"hk", "HKD"}, {"nt", "TWD"},
				{"r", "BRL"}, {"us", "USD"}, {NULL, NULL}};
			cur = lookup(dollars, TKEY(t, i - 1));
			if (!cur)
				return 0;
		}
		j = i + 1;
		if (j < t->n && strcmp(TKEY(t, j), ".") == 0 && strcmp(key, "rs") == 0)
			j++; /* "Rs." */
	}
	if (cur) {
		if (j >= t->n || t->v[j].kind != TK_NUM)
			return 0;
	} else if (t->v[i].kind != TK_NUM) {
		return 0;
	}
	amount = num_value(text, &t->v[j]);
	k = j + 1;
	/* "a 500-million-dollar package": the number, scale and currency
	 * word of an adjective joined by hyphens; "a $500-million contract":
	 * a sign before, the scale word (not a letter) glued by a hyphen */
	if (hyphen_glued(t, k) && scale_of(TKEY(t, k + 1)) > 0 &&
	    (!cur || t->v[k + 1].keylen > 1))
		k++;
	if (k < t->n && (mul = scale_of(TKEY(t, k))) > 0) {
		/* single-letter scales only when glued or followed by a non-word */
		if (t->v[k].keylen == 1 && t->v[k].space_before && k + 1 < t->n &&
		    t->v[k + 1].kind == TK_WORD && !t->v[k + 1].space_before)
			mul = 1;
		else
			k++;
	} else {
		mul = 1;
	}
	if (!cur) {
		/* number [scale] currency-word: "450 million dollars", "1.6 billion USD",
		 * "374.9 million US dollars" */
		const char *w;
		if (k + 1 < t->n && (strcmp(TKEY(t, k), "us") == 0 || strcmp(TKEY(t, k), "u.s.") == 0) &&
		    (strcmp(TKEY(t, k + 1), "dollars") == 0 || strcmp(TKEY(t, k + 1), "dollar") == 0))
			k++;
		/* "U.S. dollars": the dotted letters are four tokens */
		else if (k + 4 < t->n && strcmp(TKEY(t, k), "u") == 0 &&
			 strcmp(TKEY(t, k + 1), ".") == 0 && strcmp(TKEY(t, k + 2), "s") == 0 &&
			 strcmp(TKEY(t, k + 3), ".") == 0 &&
			 (strcmp(TKEY(t, k + 4), "dollars") == 0 ||
			  strcmp(TKEY(t, k + 4), "dollar") == 0))
			k += 4;
		if (hyphen_glued(t, k) && k > j + 1 &&
		    (strcmp(TKEY(t, k + 1), "dollar") == 0 || strcmp(TKEY(t, k + 1), "euro") == 0))
			k++;
		w = k < t->n ? lookup(cur_after, TKEY(t, k)) : NULL;
		if (!w && k < t->n && t->v[k].allcaps && t->v[k].keylen == 3)
			w = lookup(cur_before, TKEY(t, k));
		if (!w)
			return 0;
		cur = w;
		k++;
	}
	else if (t->v[i].kind != TK_WORD && k < t->n && t->v[k].allcaps && t->v[k].keylen == 3 &&
		 !(i > 0 && !t->v[i].space_before && t->v[i - 1].kind == TK_WORD)) {
		/* "$10 billion AUD", "$6.5 billion USD", "¥950 billion JPY":
		 * the code after the figure names the sign's currency */
		const char *w = lookup(cur_before, TKEY(t, k));
		if (w) {
			cur = w;
			k++;
		}
	}
	if (key[0] == '$' && !key[1] && strcmp(cur, "USD") == 0 && k + 2 < t->n &&
	    strcmp(TKEY(t, k), "in") == 0) {
		/* "$1 billion in Australian dollars": the words after name
		 * the sign's dollar (stop 48) */
		static const named demonym_dollars[] = {
			{"australian", "AUD"}, {"canadian", "CAD"}, {"singapore", "SGD"},
			{"singaporean", "SGD"}, {"taiwan", "TWD"}, {"taiwanese", "TWD"},
			{"hong", "HKD"}, {"new", "NZD"}, {"brazilian", "BRL"}, {NULL, NULL}};
		const char *w = lookup(demonym_dollars, TKEY(t, k + 1));
		size_t e = k + 2;
		if (w && (strcmp(w, "HKD") == 0 || strcmp(w, "NZD") == 0)) {
			/* "Hong Kong dollars", "New Zealand dollars" */
			if (strcmp(TKEY(t, e), strcmp(w, "HKD") == 0 ? "kong" : "zealand") != 0)
				w = NULL;
			e++;
		}
		if (w && e < t->n && strcmp(TKEY(t, e), "dollars") == 0) {
			cur = w;
			k = e + 1;
		}
	}
	amount *= mul;
	if (!isfinite(amount) || amount <= 0)
		return 0;
	set_money(t, i, k, amount, cur, m);
	/* approximation words just before */
	if (i > 0 && in_list(approx_words, TKEY(t, i - 1)))
		m->value.approx = 1;
	else if (i > 1 && in_list(approx_words, TKEY(t, i - 2)) &&
		 strcmp(TKEY(t, i - 1), "to") == 0)
		m->value.approx = 1; /* "close to", "up to" */
	return k - i;
}

static const char *months[] = {"january", "february", "march",     "april",   "may",      "june",
			       "july",    "august",   "september", "october", "november", "december",
			       NULL};

/* Words before a month that make it a date: "in December", "last March",
 * "mid-June", "on May 4". */
static const char *month_preps[] = {"in", "on", "since", "last", "early", "late", "mid", "-",
				    "from", "until", "by", "through", "during", "of", "this", NULL};

/* Plural nouns of people and things counted: "almost 2000 personnel",
 * "2000 troops" is a count, no year. */
static const char *count_nouns[] = {"personnel", "troops", "soldiers", "servicemen",
				    "servicemembers", "sailors", "marines", "airmen", "people",
				    "participants", "officers", "men", "women", "paratroopers",
				    "commandos", "vehicles", "tanks", "rounds", "shells",
				    "kilometres", "kilometers", "km", "tons", "tonnes", NULL};

/* Words of the future before a month in its sentence: "will be delivered
 * in June" is this year's or next year's June. */
static const char *future_words[] = {"will", "would", "expected", "scheduled", "due", "plans",
				     "planned", "set", "next", NULL};
static const char *past_words[] = {"was", "were", "had", "held", "took", "last", NULL};
static const char *invite_words[] = {"invited", "invites", "invite", "inviting", "invitation",
				     NULL};

/* A month named without its year ("in December", "on March 3") in a
 * document with a known date: the year of the latest such month on or
 * before the date (the next one on or after it when the words before speak
 * of the future).  Returns the tokens consumed (0 when none) and fills x. */
static size_t month_at(const tokens *t, size_t i, int doc_year, int doc_month, mention *x)
{
	size_t k, j = i + 1, b, v;
	int mon = 0, future = 0, y;
	if (!doc_year || !doc_month || !t->v[i].upper || i == 0 ||
	    !in_list(month_preps, TKEY(t, i - 1)))
		return 0;
	for (k = 0; months[k]; k++)
		if (strcmp(TKEY(t, i), months[k]) == 0)
			mon = (int)k + 1;
	if (!mon)
		return 0;
	/* "December 5" (a day) is still a month without a year; "December
	 * 2022", "December of last year", "December last year" are not */
	if (j < t->n && t->v[j].kind == TK_NUM && t->v[j].end - t->v[j].start <= 2)
		j++;
	if (j < t->n && j + 1 < t->n && strcmp(TKEY(t, j), ",") == 0 &&
	    t->v[j + 1].kind == TK_NUM)
		return 0; /* "March 3, 2021" */
	if (j < t->n && (t->v[j].kind == TK_NUM || strcmp(TKEY(t, j), "of") == 0 ||
			 strcmp(TKEY(t, j), "last") == 0 || strcmp(TKEY(t, j), "this") == 0 ||
			 strcmp(TKEY(t, j), "next") == 0 || strcmp(TKEY(t, j), "'") == 0))
		return 0;
	/* "October and November 2021", "March to May 2020": the month joined
	 * to a month with its year has that year (stop 39) */
	if (j + 2 < t->n &&
	    (strcmp(TKEY(t, j), "and") == 0 || strcmp(TKEY(t, j), "or") == 0 ||
	     strcmp(TKEY(t, j), "to") == 0 || strcmp(TKEY(t, j), "through") == 0 ||
	     strcmp(TKEY(t, j), "-") == 0) &&
	    t->v[j + 1].upper && in_list(months, TKEY(t, j + 1))) {
		size_t q = j + 2;
		if (q < t->n && t->v[q].kind == TK_NUM && t->v[q].end - t->v[q].start <= 2)
			q++;
		if (q < t->n && t->v[q].kind == TK_NUM && t->v[q].end - t->v[q].start == 4)
			return 0;
	}
	/* back to the start of the sentence, at most 12 tokens */
	for (b = i; b > 0 && b + 12 > i; b--) {
		const char *w = TKEY(t, b - 1);
		if (strcmp(w, ".") == 0 || strcmp(w, ";") == 0 || t->v[b - 1].kind == TK_NEWLINE)
			break;
		if (in_list(future_words, w))
			future = 1;
	}
	/* a word of invitation up to 24 tokens back: "has invited Australia
	 * to participate in the annual Malabar naval exercises with the US
	 * and Japan in November" (what one is invited to is to come; stop
	 * 49) */
	for (v = i; !future && v > 0 && v + 24 > i; v--) {
		const char *w = TKEY(t, v - 1);
		if (strcmp(w, ".") == 0 || strcmp(w, ";") == 0 || t->v[v - 1].kind == TK_NEWLINE ||
		    in_list(past_words, w))
			break; /* not "invited ... to drills which were held in March" */
		if (in_list(invite_words, w))
			future = 1;
	}
	/* a headline's "X to <verb>" ("Kenya to receive patrol ships in
	 * August", "South Korea to deliver ...") speaks of the future */
	if (!future && b < i && t->v[b].upper) {
		size_t to = b + 1 < i && strcmp(TKEY(t, b + 1), "to") == 0 ? b + 1
			    : b + 2 < i && t->v[b + 1].upper && strcmp(TKEY(t, b + 2), "to") == 0
				    ? b + 2
				    : 0;
		if (to && to + 1 < i && t->v[to + 1].kind == TK_WORD && !t->v[to + 1].upper)
			future = 1;
		/* in title case, past a hyphened pair: "China-Bangladesh To
		 * Hold Joint Military Exercise In May" (stop 54) */
		for (to = b + 1; !future && to + 1 < i && to < b + 5 &&
				 (t->v[to].upper || strcmp(TKEY(t, to), "-") == 0);
		     to++)
			if (strcmp(TKEY(t, to), "to") == 0 && t->v[to + 1].kind == TK_WORD &&
			    t->v[to + 1].upper && strcmp(TKEY(t, to - 1), "-") != 0)
				future = 1;
	}
	if (future)
		y = mon >= doc_month ? doc_year : doc_year + 1;
	else
		y = mon <= doc_month ? doc_year : doc_year - 1;
	memset(x, 0, sizeof *x);
	x->kind = MK_YEAR;
	x->t0 = i;
	x->t1 = j;
	x->start = t->v[i].start;
	x->end = t->v[j - 1].end;
	x->year = y;
	x->from_month = 1;
	return j - i;
}

/* "date 2024-11-01", "Published: 2022-03-14" opening a line: the date the
 * document came with (text.c reads it), not a year the text tells of.
 * Returns the number of tokens of the date after the label, or 0. */
static size_t stamp_date_at(const tokens *t, size_t i)
{
	static const char *labels[] = {"date", "published", "dateline", NULL};
	size_t l = i, k;
	if (i == 0 || t->v[i].kind != TK_NUM || t->v[i].end - t->v[i].start != 4 ||
	    i + 4 >= t->n || strcmp(TKEY(t, i + 1), "-") != 0 || strcmp(TKEY(t, i + 3), "-") != 0 ||
	    t->v[i + 2].kind != TK_NUM || t->v[i + 4].kind != TK_NUM)
		return 0;
	if (strcmp(TKEY(t, l - 1), ":") == 0 && l >= 2)
		l--;
	l--;
	for (k = 0; labels[k] && strcmp(TKEY(t, l), labels[k]) != 0; k++)
		;
	if (!labels[k] || (l > 0 && t->v[l - 1].kind != TK_NEWLINE))
		return 0;
	return 5;
}

/* "— Name (@handle) June 9, 2020": the date an embedded post was made,
 * after its author's handle in brackets, is no year the text tells of.
 * Is token i (a year) such a date? */
static int post_date_at(const tokens *t, size_t i)
{
	size_t k;
	if (i < 5 || strcmp(TKEY(t, i - 1), ",") != 0 || t->v[i - 2].kind != TK_NUM ||
	    t->v[i - 3].kind != TK_WORD || !t->v[i - 3].upper || strcmp(TKEY(t, i - 4), ")") != 0)
		return 0;
	for (k = i - 5; k > 0 && k + 4 > i - 5; k--)
		if (strcmp(TKEY(t, k), "@") == 0)
			return strcmp(TKEY(t, k - 1), "(") == 0;
	return 0;
}

/* "Taiwan's defense report for 2023 stated that ...": the year a paper
 * (report, review, white paper, strategy) is for is no year of what it
 * tells.  Is token i (a year) such a year? */
static int paper_year_at(const tokens *t, size_t i)
{
	static const char *const papers[] = {"report", "review", "paper", "strategy", "yearbook",
					     NULL};
	size_t k;
	if (i < 2 || strcmp(TKEY(t, i - 1), "for") != 0)
		return 0;
	for (k = 0; papers[k]; k++)
		if (strcmp(TKEY(t, i - 2), papers[k]) == 0)
			return 1;
	return 0;
}

/* "two 1990 Adelaide class frigates", "1990-built frigates", "a 1970s-era
 * jet": the year a thing was built, between a count and a capitalised
 * name or glued by a hyphen to "built / vintage / era", dates no event. */
static int vintage_year_at(const tokens *t, size_t i)
{
	static const char *const counts[] = {"two", "three", "four", "five", "six", "seven",
					     "eight", "nine", "ten", "twelve", NULL};
	static const char *const built[] = {"built", "vintage", "era", "made", NULL};
	size_t k;
	if (i + 2 < t->n && strcmp(TKEY(t, i + 1), "-") == 0 && !t->v[i + 1].space_before)
		for (k = 0; built[k]; k++)
			if (strcmp(TKEY(t, i + 2), built[k]) == 0)
				return 1;
	if (i < 1 || i + 1 >= t->n || t->v[i + 1].kind != TK_WORD || !t->v[i + 1].upper)
		return 0;
	if (t->v[i - 1].kind == TK_NUM)
		return 1;
	for (k = 0; counts[k]; k++)
		if (strcmp(TKEY(t, i - 1), counts[k]) == 0)
			return 1;
	return 0;
}

/* "on the sidelines of the Dubai Expo 2020", "its Vision 2030 plan": the
 * year in the name of a fair or a national plan dates no event the text
 * tells (stop 39).  Is token i (a year) such a name's? */
static int named_event_year_at(const tokens *t, size_t i)
{
	static const char *const names[] = {"expo", "vision", "agenda", NULL};
	return i > 0 && t->v[i - 1].kind == TK_WORD && t->v[i - 1].upper &&
	       in_list(names, TKEY(t, i - 1));
}

/* "the Elta EL/M-2032 radar": a number glued by "-" or "/" to a short
 * capitalised word is part of a designation, no year; "Mid-2020",
 * "Pre-2014" and a month's short name ("Sep-2021") stay years (stop 45). */
static int designation_year_at(const tokens *t, size_t i)
{
	static const char *const spans[] = {"mid", "pre", "post", "jan", "feb", "mar", "apr",
					    "may", "jun", "jul", "aug", "sep", "oct", "nov",
					    "dec", NULL};
	const char *w;
	if (i < 2 || t->v[i].space_before || t->v[i - 1].space_before ||
	    !(strcmp(TKEY(t, i - 1), "-") == 0 || strcmp(TKEY(t, i - 1), "/") == 0))
		return 0;
	w = TKEY(t, i - 2);
	/* "the Sikorsky CH-53-2000": a number of the name before (stop 64) */
	if (t->v[i - 2].kind == TK_NUM && i >= 4 && !t->v[i - 2].space_before &&
	    strcmp(TKEY(t, i - 3), "-") == 0 && !t->v[i - 3].space_before &&
	    t->v[i - 4].kind == TK_WORD && t->v[i - 4].upper)
		return 1;
	return t->v[i - 2].kind == TK_WORD && t->v[i - 2].upper && strlen(w) <= 3 &&
	       !in_list(spans, w);
}

/* "bought Mirage 5 and 2000 fighter jets": a number after "and" (or a
 * comma) that follows a capitalised name and a short number is a second
 * model of that name, no year (stop 61). */
static int model_year_at(const tokens *t, size_t i)
{
	/* not a date: "October 25, 2020", "Oct 25, 2020" */
	static const char *const short_months[] = {"jan", "feb", "mar", "apr", "jun", "jul",
						   "aug", "sep", "sept", "oct", "nov", "dec",
						   NULL};
	if (i < 3 || !(strcmp(TKEY(t, i - 1), "and") == 0 || strcmp(TKEY(t, i - 1), ",") == 0))
		return 0;
	return t->v[i - 2].kind == TK_NUM && t->v[i - 2].keylen <= 3 &&
	       t->v[i - 3].kind == TK_WORD && t->v[i - 3].upper &&
	       !in_list(months, TKEY(t, i - 3)) && !in_list(short_months, TKEY(t, i - 3));
}

/* "in breach of the 2017 Countering America's Adversaries Through
 * Sanctions Act", "the 1987 INF Treaty": the year that opens the name of
 * a law or a treaty dates the law, no event the text tells (stop 50).  Is
 * token i (a year) such a name's? */
static int law_year_at(const tokens *t, size_t i)
{
	static const char *const laws[] = {"act", "law", "bill", "treaty", NULL};
	size_t k;
	if (i < 1 || strcmp(TKEY(t, i - 1), "the") != 0)
		return 0;
	for (k = i + 1; k < t->n && k < i + 10; k++) {
		if (t->v[k].kind == TK_WORD && t->v[k].upper) {
			if (in_list(laws, TKEY(t, k)))
				return 1;
		} else if (strcmp(TKEY(t, k), "'s") != 0) {
			return 0;
		}
	}
	return 0;
}

int ent__find_patterns(const char *text, const tokens *t, int doc_year, int doc_month,
		       mentions *m)
{
	size_t i = 0;
	while (i < t->n) {
		mention x;
		size_t n;
		int y, year;
		if (t->v[i].kind == TK_NEWLINE) {
			i++;
			continue;
		}
		n = money_at(text, t, i, &x);
		if (n) {
			if (ent__mentions_push(m, &x))
				return ENT_ENOMEM;
			i += n;
			continue;
		}
		if ((n = stamp_date_at(t, i)) != 0) {
			i += n; /* the document's stamp, no year of the text */
			continue;
		}
		year = is_year_token(text, &t->v[i], &y);
		if (year && (post_date_at(t, i) || paper_year_at(t, i) || vintage_year_at(t, i) ||
			     named_event_year_at(t, i) || designation_year_at(t, i) ||
			     law_year_at(t, i) || model_year_at(t, i))) {
			i++;
			continue;
		}
		if (year &&
		    !(i + 1 < t->n && !t->v[i + 1].space_before && strcmp(TKEY(t, i + 1), "s") == 0)) {
			/* a year, not a decade ("the 1980s") */
			/* not a count of something: "2000 troops" has no capital or is
			 * followed by a plural noun; keep it simple: a year is not
			 * followed by a scale word */
			if (!(i + 1 < t->n && (scale_of(TKEY(t, i + 1)) > 0 ||
					       in_list(count_nouns, TKEY(t, i + 1))))) {
				memset(&x, 0, sizeof x);
				x.kind = MK_YEAR;
				x.t0 = i;
				x.t1 = i + 1;
				x.start = t->v[i].start;
				x.end = t->v[i].end;
				x.year = y;
				if (ent__mentions_push(m, &x))
					return ENT_ENOMEM;
			}
			i++;
			continue;
		}
		if ((n = month_at(t, i, doc_year, doc_month, &x)) != 0) {
			if (ent__mentions_push(m, &x))
				return ENT_ENOMEM;
			i += n;
			continue;
		}
		if (doc_year && i + 2 < t->n &&
		    (strcmp(TKEY(t, i + 2), "ago") == 0 || strcmp(TKEY(t, i + 2), "back") == 0) &&
		    (strcmp(TKEY(t, i + 1), "years") == 0 || strcmp(TKEY(t, i + 1), "year") == 0)) {
			/* "two years ago", "a year ago", "five years back" */
			static const char *nums[] = {"a", "one", "two", "three", "four", "five", "six",
						     "seven", "eight", "nine", "ten", NULL};
			int k, ago = -1;
			const char *w = TKEY(t, i);
			for (k = 0; nums[k]; k++)
				if (strcmp(w, nums[k]) == 0)
					ago = k ? k : 1;
			if (ago < 0 && t->v[i].kind == TK_NUM && t->v[i].end - t->v[i].start <= 2)
				ago = (int)num_value(text, &t->v[i]);
			if (ago > 0) {
				memset(&x, 0, sizeof x);
				x.kind = MK_YEAR;
				x.t0 = i;
				x.t1 = i + 3;
				x.start = t->v[i].start;
				x.end = t->v[i + 2].end;
				x.year = doc_year - ago;
				if (ent__mentions_push(m, &x))
					return ENT_ENOMEM;
				i += 3;
				continue;
			}
		}
		if (doc_year && i + 1 < t->n && strcmp(TKEY(t, i + 1), "year") == 0) {
			const char *k = TKEY(t, i);
			int d = 99;
			if (strcmp(k, "this") == 0)
				d = 0;
			else if (strcmp(k, "last") == 0 || strcmp(k, "previous") == 0)
				d = -1;
			else if (strcmp(k, "next") == 0)
				d = 1;
			/* "over the next year", "in the last year", "the previous
			 * year": a span of twelve months, or a year counted from
			 * an event, not from the document's date */
			if (d != 0 && i > 0 && strcmp(TKEY(t, i - 1), "the") == 0)
				d = 99;
			if (d != 99) {
				memset(&x, 0, sizeof x);
				x.kind = MK_YEAR;
				x.t0 = i;
				x.t1 = i + 2;
				x.start = t->v[i].start;
				x.end = t->v[i + 1].end;
				x.year = doc_year + d;
				if (ent__mentions_push(m, &x))
					return ENT_ENOMEM;
				i += 2;
				continue;
			}
		}
		i++;
	}
	return ENT_OK;
}

int ent__parse_money(const char *s, size_t len, ent_value *out)
{
	tokens t;
	size_t i;
	int found = 0;
	memset(out, 0, sizeof *out);
	if (ent__tokenize(&t, s, len))
		return 0;
	for (i = 0; i < t.n && !found; i++) {
		mention x;
		if (money_at(s, &t, i, &x)) {
			*out = x.value;
			found = 1;
		}
	}
	ent__tokens_destroy(&t);
	return found;
}

int ent__mentions_push(mentions *m, const mention *x)
{
#ifdef ENT_GROW_MOVES
	if (m->n < m->cap && m->n < ENT_GROW_MOVES_MAX) {
		mention *mv = ent__move(m->v, m->n * sizeof *mv, m->cap * sizeof *mv);
		if (!mv)
			return ENT_ENOMEM;
		m->v = mv;
	}
#endif
	if (m->n == m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : 256;
		mention *nv = ent__realloc(m->v, ncap * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		m->v = nv;
		m->cap = ncap;
	}
	m->v[m->n++] = *x;
	return ENT_OK;
}

void ent__mentions_destroy(mentions *m)
{
	ent__free(m->v);
	memset(m, 0, sizeof *m);
}
