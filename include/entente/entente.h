/*
 * entente.h - umbrella header: everything a program using libentente needs.
 */
#ifndef ENTENTE_H
#define ENTENTE_H

#define ENTENTE_VERSION "0.1.0"

#include "entente/errors.h"
#include "entente/fact.h"
#include "entente/doc.h"
#include "entente/ingest.h"
#include "entente/extract.h"
#include "entente/store.h"
#include "entente/render.h"
#include "entente/sipri.h"
#include "entente/gdelt.h"
#include "entente/analyse.h"
#include "entente/network.h"

#endif
