/*
 * gdelt_parse.c - read one GDELT event row, touching only the columns the
 * import needs.
 *
 * One pass over the line finds the tabs and the end of the line 16 bytes at
 * a time (SSE2 compares and bit masks; a memchr loop elsewhere).  The
 * positions of the first 35 tabs are kept (columns 0..34 hold everything
 * aggregated); later tabs are only counted, and the last one remembered:
 * SOURCEURL is the last column.  Then the needed columns are converted with
 * small hand-written parsers (integers; decimals with at most 15 digits are
 * exact as mantissa / 10^k, longer ones go through strtod).
 */
#include "entente/gdelt.h"
#include "import/gdelt_internal.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static const double pow10_tab[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
				   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
				   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

int ent_gdelt__parse_double(const char *s, size_t n, double *out)
{
	const char *e = s + n, *q = s;
	uint64_t mant = 0;
	int neg = 0, digits = 0, frac = 0, dot = 0;
	char tmp[64];
	char *end;

	if (n == 0)
		return 0;
	if (*q == '-' || *q == '+') {
		neg = *q == '-';
		q++;
	}
	for (; q < e; q++) {
		if (*q >= '0' && *q <= '9') {
			if (digits < 19)
				mant = mant * 10 + (uint64_t)(*q - '0');
			digits++;
			if (dot)
				frac++;
		} else if (*q == '.' && !dot) {
			dot = 1;
		} else {
			break;
		}
	}
	if (q == e && digits > 0 && digits <= 15) {
		/* both exact doubles: one division rounds correctly, as strtod */
		double v = (double)mant / pow10_tab[frac];
		*out = neg ? -v : v;
		return 1;
	}
	if (digits == 0 && q == e)
		return 0;
	/* exponents, long mantissas: the C library */
	if (n >= sizeof tmp)
		return 0;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	*out = strtod(tmp, &end);
	return end == tmp + n && n > 0 && *out == *out; /* rejects "nan" */
}

/* A non-negative decimal integer spanning exactly [s, s+n), at most 18 digits. */
static int parse_uint(const char *s, size_t n, int64_t *out)
{
	int64_t v = 0;
	size_t i;
	if (n == 0 || n > 18)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned d = (unsigned)(s[i] - '0');
		if (d > 9)
			return 0;
		v = v * 10 + (int64_t)d;
	}
	*out = v;
	return 1;
}

/* Up to @p max bytes packed into an integer, first byte lowest; -1 when longer. */
static int64_t pack_code(const char *s, size_t n, size_t max)
{
	uint64_t v = 0;
	size_t i;
	if (n > max)
		return -1;
	for (i = 0; i < n; i++)
		v |= (uint64_t)(unsigned char)s[i] << (8 * i);
	return (int64_t)v;
}

void ent_gdelt__key_unpack(uint64_t k0, uint64_t k1, char a1[4], char a2[4], char root[4],
			   int *ym, int *quad)
{
	int i;
	for (i = 0; i < 3; i++) {
		a1[i] = (char)((k0 >> (8 * i)) & 0xff);
		a2[i] = (char)((k0 >> (24 + 8 * i)) & 0xff);
	}
	a1[3] = a2[3] = '\0';
	root[0] = (char)((k0 >> 48) & 0xff);
	root[1] = (char)((k0 >> 56) & 0xff);
	root[2] = root[3] = '\0';
	*ym = (int)(k1 >> 8);
	*quad = (int)(k1 & 0xff);
}

static void copy_code(char *dst, size_t cap, const char *s, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

int ent_gdelt_is_military_coop(const char *code, const char *a1, const char *a2)
{
	static const char *const prefixes[] = {"0312", "0332", "062", "064", "072", "074"};
	size_t i;
	if (!code)
		return 0;
	for (i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
		if (strncmp(code, prefixes[i], strlen(prefixes[i])) == 0)
			return 1;
	if (strncmp(code, "057", 3) == 0)
		return a1 && a2 && strlen(a1) == 3 && strlen(a2) == 3 && strcmp(a1, a2) != 0;
	return 0;
}

/* Quick filter on the raw EventCode bytes before the exact test above. */
static int maybe_military(const char *s, size_t n)
{
	if (n < 3 || s[0] != '0')
		return 0;
	return s[1] == '3' || s[1] == '5' || s[1] == '6' || s[1] == '7';
}

#if defined(__SSE2__)
/* Bits set in a 16-bit mask, without a libgcc call on CPUs built without popcnt. */
static int popcount16(unsigned x)
{
	x = x - ((x >> 1) & 0x5555u);
	x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
	x = (x + (x >> 4)) & 0x0f0fu;
	return (int)((x + (x >> 8)) & 0x1fu);
}
#endif

/*
 * Find the tabs and the '\n' of the line at @p p.  Fills pos[] with the
 * offsets of the first GD_NEED_TABS tabs; *ntabs counts all of them,
 * *last is the offset of the last tab, *nl the offset of the '\n'.
 */
static void scan_line(const char *p, uint32_t *pos, int *ntabs, size_t *last, size_t *nl)
{
	int nt = 0;
	size_t lt = 0;
#if defined(__SSE2__)
	const __m128i vt = _mm_set1_epi8('\t'), vn = _mm_set1_epi8('\n');
	size_t off;
	for (off = 0;; off += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + off));
		unsigned mt = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vt));
		unsigned mn = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vn));
		if (mn)
			mt &= (mn & (0u - mn)) - 1u; /* tabs before the newline */
		if (mt) {
			lt = off + 31u - (unsigned)__builtin_clz(mt);
			while (mt && nt < GD_NEED_TABS) {
				pos[nt++] = (uint32_t)(off + (unsigned)__builtin_ctz(mt));
				mt &= mt - 1u;
			}
			nt += popcount16(mt);
		}
		if (mn) {
			*nl = off + (unsigned)__builtin_ctz(mn);
			break;
		}
	}
#else
	const char *q = p, *end = strchr(p, '\n');
	for (;;) {
		const char *t = memchr(q, '\t', (size_t)(end - q));
		if (!t)
			break;
		if (nt < GD_NEED_TABS)
			pos[nt] = (uint32_t)(t - p);
		nt++;
		lt = (size_t)(t - p);
		q = t + 1;
	}
	*nl = (size_t)(end - p);
#endif
	*ntabs = nt;
	*last = lt;
}

#define FIELD(i) (p + ((i) ? pos[(i)-1] + 1 : 0))
#define FLEN(i) ((size_t)(pos[(i)] - ((i) ? pos[(i)-1] + 1 : 0)))

int ent_gdelt__parse_line(const char *p, ent_gdelt__row *r, const char **next, const char **why)
{
	uint32_t pos[GD_NEED_TABS];
	size_t last, nl, end;
	int ntabs;
	int64_t ym, quad, a1, a2, root;

	scan_line(p, pos, &ntabs, &last, &nl);
	*next = p + nl + 1;
	end = nl;
	if (end > 0 && p[end - 1] == '\r')
		end--;
	if (end == 0)
		return GD_ROW_BLANK;
	r->ncols = ntabs + 1;
	if (r->ncols != 57 && r->ncols != 58 && r->ncols != 61) {
		*why = "not 57, 58 or 61 tab-separated columns";
		return GD_ROW_BAD;
	}
	if (!parse_uint(FIELD(GD_COL_MONTHYEAR), FLEN(GD_COL_MONTHYEAR), &ym) || ym < 100001 ||
	    ym > 999912 || ym % 100 < 1 || ym % 100 > 12) {
		*why = "bad MonthYear";
		return GD_ROW_BAD;
	}
	a1 = pack_code(FIELD(GD_COL_A1COUNTRY), FLEN(GD_COL_A1COUNTRY), 3);
	a2 = pack_code(FIELD(GD_COL_A2COUNTRY), FLEN(GD_COL_A2COUNTRY), 3);
	if (a1 < 0 || a2 < 0) {
		*why = "bad actor country code";
		return GD_ROW_BAD;
	}
	root = pack_code(FIELD(GD_COL_ROOTCODE), FLEN(GD_COL_ROOTCODE), 2);
	if (root <= 0) {
		*why = "bad EventRootCode";
		return GD_ROW_BAD;
	}
	if (!parse_uint(FIELD(GD_COL_QUAD), FLEN(GD_COL_QUAD), &quad) || quad < 1 || quad > 4) {
		*why = "bad QuadClass";
		return GD_ROW_BAD;
	}
	if (!ent_gdelt__parse_double(FIELD(GD_COL_GOLDSTEIN), FLEN(GD_COL_GOLDSTEIN),
				     &r->goldstein) ||
	    r->goldstein < -10.0 || r->goldstein > 10.0) {
		*why = "bad GoldsteinScale";
		return GD_ROW_BAD;
	}
	if (!parse_uint(FIELD(GD_COL_MENTIONS), FLEN(GD_COL_MENTIONS), &r->mentions) ||
	    !parse_uint(FIELD(GD_COL_SOURCES), FLEN(GD_COL_SOURCES), &r->sources) ||
	    !parse_uint(FIELD(GD_COL_ARTICLES), FLEN(GD_COL_ARTICLES), &r->articles)) {
		*why = "bad NumMentions, NumSources or NumArticles";
		return GD_ROW_BAD;
	}
	if (!ent_gdelt__parse_double(FIELD(GD_COL_TONE), FLEN(GD_COL_TONE), &r->tone) ||
	    r->tone < -100.0 || r->tone > 100.0) {
		*why = "bad AvgTone";
		return GD_ROW_BAD;
	}
	r->k0 = (uint64_t)a1 | (uint64_t)a2 << 24 | (uint64_t)root << 48;
	r->k1 = (uint64_t)ym << 8 | (uint64_t)quad;
	r->quad = (int)quad;
	r->military = 0;
	if (maybe_military(FIELD(GD_COL_EVENTCODE), FLEN(GD_COL_EVENTCODE))) {
		int64_t id, date;
		copy_code(r->code, sizeof r->code, FIELD(GD_COL_EVENTCODE), FLEN(GD_COL_EVENTCODE));
		copy_code(r->a1, sizeof r->a1, FIELD(GD_COL_A1COUNTRY), FLEN(GD_COL_A1COUNTRY));
		copy_code(r->a2, sizeof r->a2, FIELD(GD_COL_A2COUNTRY), FLEN(GD_COL_A2COUNTRY));
		if (ent_gdelt_is_military_coop(r->code, r->a1, r->a2)) {
			if (!parse_uint(FIELD(GD_COL_ID), FLEN(GD_COL_ID), &id) ||
			    !parse_uint(FIELD(GD_COL_SQLDATE), FLEN(GD_COL_SQLDATE), &date) ||
			    date > 99991231) {
				*why = "bad GLOBALEVENTID or SQLDATE";
				return GD_ROW_BAD;
			}
			r->military = 1;
			r->id = id;
			r->sqldate = (int)date;
			if (r->ncols == 57) { /* early 1.0 files have no SOURCEURL */
				r->url = p + end;
				r->url_len = 0;
			} else {
				r->url = p + last + 1;
				r->url_len = end - (last + 1);
			}
		}
	}
	return GD_ROW_OK;
}
