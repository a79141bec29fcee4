/* fuzz_patterns.c - money, year and relative-year patterns on arbitrary text. */
#include "fuzz_common.h"
#include "extract/extract_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	ent_value v;
	tokens t;
	mentions m = {0};
	size_t i;
	if (ent__parse_money(s, size, &v))
		FUZZ_REQUIRE(v.amount > 0 && v.amount == v.amount && v.currency[0]);
	if (ent__tokenize(&t, s, size) == ENT_OK &&
	    ent__find_patterns(s, &t, size ? 1950 + data[0] % 100 : 0,
			       size > 1 ? data[1] % 13 : 0, &m) == ENT_OK)
		for (i = 0; i < m.n; i++) {
			FUZZ_REQUIRE(m.v[i].start < m.v[i].end && m.v[i].end <= size);
			FUZZ_REQUIRE(m.v[i].t0 < m.v[i].t1 && m.v[i].t1 <= t.n);
			FUZZ_REQUIRE(i == 0 || m.v[i - 1].t1 <= m.v[i].t0); /* in order */
		}
	ent__mentions_destroy(&m);
	ent__tokens_destroy(&t);
	return 0;
}
