/*
 * value.c - money values in short form, for tables and reports.
 */
#include "core/value.h"
#include "entente/errors.h"

#include <math.h>
#include <string.h>

int ent__value_short(ent_buf *b, const ent_value *v)
{
	char cur[sizeof v->currency + 1];
	double x;
	int rc;
	if (!v->present)
		return ENT_OK;
	memcpy(cur, v->currency, sizeof v->currency);
	cur[sizeof v->currency] = '\0';
	rc = v->approx ? ent_buf_putc(b, '~') : ENT_OK;
	x = v->has_usd ? v->usd : v->amount;
	if (!rc && (v->has_usd || strcmp(cur, "USD") == 0))
		rc = ent_buf_putc(b, '$');
	else if (!rc)
		rc = ent_buf_printf(b, "%s ", cur[0] ? cur : "?");
	if (rc)
		return rc;
	if (!isfinite(x))
		return ent_buf_putc(b, '?');
	if (fabs(x) >= 1e9)
		return ent_buf_printf(b, "%.2f bn", x / 1e9);
	if (fabs(x) >= 1e6)
		return ent_buf_printf(b, "%.1f m", x / 1e6);
	if (fabs(x) >= 1e3)
		return ent_buf_printf(b, "%.0f k", x / 1e3);
	return ent_buf_printf(b, "%.0f", x);
}
