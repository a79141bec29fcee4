/*
 * value.h - money values written short ("$2.00 bn", "~$30.0 m", "EUR 300.0 m"),
 * shared by the renderers and the analyses.
 */
#ifndef ENT_CORE_VALUE_H
#define ENT_CORE_VALUE_H

#include "entente/fact.h"
#include "util/buf.h"

/**
 * Append @p v in short form to @p b: '~' when approximate, '$' for USD (or
 * the ISO 4217 code and a space), then the amount scaled to bn/m/k.  Nothing
 * is appended when no value is present.
 * @return ENT_OK, or the ent_buf error (ENT_ENOMEM, ENT_ETOOBIG)
 */
int ent__value_short(ent_buf *b, const ent_value *v);

#endif
