/*
 * test.h - a small unit-test harness.
 *
 *   TEST(extract_money__billion) { CHECK(x == 1); CHECK_STR(a, "b"); }
 *
 * Tests register themselves at load time; tests/unit/main.c runs them all
 * (or those whose name contains argv[1]) and ends with "N passed, N failed".
 */
#ifndef ENT_TEST_H
#define ENT_TEST_H

#include <stdio.h>
#include <string.h>

typedef void (*ent_test_fn)(void);
void ent_test_register(const char *name, ent_test_fn fn);
void ent_test_fail(const char *file, int line, const char *expr);
/** Directory of the repository's tests/data (from $ENTENTE_TESTDATA or ./tests/data). */
const char *ent_test_data(void);
/** Path of ../shared from the repository root, or NULL when absent. */
const char *ent_test_shared(void);

#define TEST(name)                                                         \
	static void test_##name(void);                                     \
	__attribute__((constructor)) static void reg_##name(void)          \
	{                                                                  \
		ent_test_register(#name, test_##name);                     \
	}                                                                  \
	static void test_##name(void)

#define CHECK(expr)                                                        \
	do {                                                               \
		if (!(expr)) {                                             \
			ent_test_fail(__FILE__, __LINE__, #expr);          \
			return;                                            \
		}                                                          \
	} while (0)

#define CHECK_STR(a, b)                                                    \
	do {                                                               \
		const char *ca_ = (a), *cb_ = (b);                         \
		if (!ca_ || !cb_ || strcmp(ca_, cb_) != 0) {               \
			char m_[2048];                                      \
			snprintf(m_, sizeof m_, "%s == %s (\"%s\" vs \"%s\")", #a, #b, \
				 ca_ ? ca_ : "(null)", cb_ ? cb_ : "(null)");       \
			ent_test_fail(__FILE__, __LINE__, m_);             \
			return;                                            \
		}                                                          \
	} while (0)

#define CHECK_INT(a, b)                                                    \
	do {                                                               \
		long long ia_ = (long long)(a), ib_ = (long long)(b);      \
		if (ia_ != ib_) {                                          \
			char m_[2048];                                      \
			snprintf(m_, sizeof m_, "%s == %s (%lld vs %lld)", #a, #b, ia_, ib_); \
			ent_test_fail(__FILE__, __LINE__, m_);             \
			return;                                            \
		}                                                          \
	} while (0)

#endif
