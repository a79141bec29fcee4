/*
 * frames_internal.h - what the rule files of src/extract (frames*.c) share:
 * the span a rule looks at, the lexicon of word lists with its per-token
 * bits, the small token tests every rule inlines, and the functions and
 * word lists one rule file takes from another.
 *
 * The shared functions keep the short names the rules use; the macros
 * below give each an ent__fr_ symbol so that nothing outside the library
 * can collide with them.  Not a public header.
 */
#ifndef ENT_EXTRACT_FRAMES_INTERNAL_H
#define ENT_EXTRACT_FRAMES_INTERNAL_H

#include "extract/extract_internal.h"

#include <stddef.h>
#include <string.h>

/* ---- the shared names, as link symbols ---------------------------------- */

#define actor_after ent__fr_actor_after
#define name_after_the ent__fr_name_after_the
#define actor_before ent__fr_actor_before
#define actors_group_before ent__fr_actors_group_before
#define add_items ent__fr_add_items
#define add_goods_of ent__fr_add_goods_of
#define add_others ent__fr_add_others
#define after_prep ent__fr_after_prep
#define states_listed ent__fr_states_listed
#define by_carrier ent__fr_by_carrier
#define factbox_intro ent__fr_factbox_intro
#define factbox_holder ent__fr_factbox_holder
#define anaphor_states ent__fr_anaphor_states
#define code_listed ent__fr_code_listed
#define list_next ent__fr_list_next
#define apposition_subject ent__fr_apposition_subject
#define background_state ent__fr_background_state
#define list_head ent__fr_list_head
#define beat_word_at ent__fr_beat_word_at
#define rival_party ent__fr_rival_party
#define contest_in ent__fr_contest_in
#define ban_reversed ent__fr_ban_reversed
#define called_off_in_unit ent__fr_called_off_in_unit
#define offer_declined ent__fr_offer_declined
#define cancelled_before_clause ent__fr_cancelled_before_clause
#define cand_clear_items ent__fr_cand_clear_items
#define cand_clear_evidence ent__fr_cand_clear_evidence
#define bracket_around ent__fr_bracket_around
#define cand_keep_item ent__fr_cand_keep_item
#define code_mention ent__fr_code_mention
#define pin_code ent__fr_pin_code
#define pin_mention ent__fr_pin_mention
#define separate_deal ent__fr_separate_deal
#define clause_break ent__fr_clause_break
#define state_owns_deal_noun ent__fr_state_owns_deal_noun
#define clause_subject ent__fr_clause_subject
#define coordinated_pair ent__fr_coordinated_pair
#define deal_trigger ent__fr_deal_trigger
#define denied_reports ent__fr_denied_reports
#define described_possessor ent__fr_described_possessor
#define designation_maker ent__fr_designation_maker
#define drop_alternatives ent__fr_drop_alternatives
#define earlier_buyers ent__fr_earlier_buyers
#define earlier_deal_year ent__fr_earlier_deal_year
#define emit ent__fr_emit
#define ent__add_unit_evidence ent__fr_ent__add_unit_evidence
#define expand_buyer_pair ent__fr_expand_buyer_pair
#define expand_count_list ent__fr_expand_count_list
#define expand_supplier_list ent__fr_expand_supplier_list
#define split_maker_list ent__fr_split_maker_list
#define gapped_sellers ent__fr_gapped_sellers
#define ring_exchange ent__fr_ring_exchange
#define earlier_purchase ent__fr_earlier_purchase
#define find_in ent__fr_find_in
#define first_item_owner ent__fr_first_item_owner
#define ends_ing ent__fr_ends_ing
#define find_persons ent__fr_find_persons
#define firm_owner ent__fr_firm_owner
#define focus_partner ent__fr_focus_partner
#define follow_on ent__fr_follow_on
#define further_order ent__fr_further_order
#define gear_given_by ent__fr_gear_given_by
#define gives_no_goods ent__fr_gives_no_goods
#define goods_anaphor_subject ent__fr_goods_anaphor_subject
#define halted_sales ent__fr_halted_sales
#define yearly_aid ent__fr_yearly_aid
#define budget_sum ent__fr_budget_sum
#define hedged ent__fr_hedged
#define in_weapon ent__fr_in_weapon
#define intended_relative ent__fr_intended_relative
#define item_owner ent__fr_item_owner
#define kin ent__fr_kin
#define kin_local ent__fr_kin_local
#define ly_adverb ent__fr_ly_adverb
#define made_in ent__fr_made_in
#define main_kind ent__fr_main_kind
#define measures_call_stance ent__fr_measures_call_stance
#define media_demonym ent__fr_media_demonym
#define mention_at ent__fr_mention_at
#define mention_at_end ent__fr_mention_at_end
#define possessor_before ent__fr_possessor_before
#define possessor_over ent__fr_possessor_over
#define joined_in_gerund ent__fr_joined_in_gerund
#define modifier_not_verb ent__fr_modifier_not_verb
#define money_end ent__fr_money_end
#define money_near ent__fr_money_near
#define named_state ent__fr_named_state
#define narrow ent__fr_narrow
#define negated ent__fr_negated
#define only_modifiers ent__fr_only_modifiers
#define opinion_agent ent__fr_opinion_agent
#define opposing_subject ent__fr_opposing_subject
#define party_over_the ent__fr_party_over_the
#define person_at ent__fr_person_at
#define pronoun_subject ent__fr_pronoun_subject
#define qualifies_weapon ent__fr_qualifies_weapon
#define quantity_before ent__fr_quantity_before
#define quote_mark ent__fr_quote_mark
#define quote_speaker ent__fr_quote_speaker
#define receives_no_goods ent__fr_receives_no_goods
#define recipient_of ent__fr_recipient_of
#define refers_back ent__fr_refers_back
#define rival_word_after ent__fr_rival_word_after
#define rule_among_purchases ent__fr_rule_among_purchases
#define rule_built_for ent__fr_rule_built_for
#define rule_coproduce_pair ent__fr_rule_coproduce_pair
#define rule_customers ent__fr_rule_customers
#define rule_which_bought ent__fr_rule_which_bought
#define rule_main_suppliers ent__fr_rule_main_suppliers
#define rule_ranked_after ent__fr_rule_ranked_after
#define rule_customer_list ent__fr_rule_customer_list
#define rule_purchases_by ent__fr_rule_purchases_by
#define rule_in_service ent__fr_rule_in_service
#define rule_list_parties ent__fr_rule_list_parties
#define listed_recipients ent__fr_listed_recipients
#define rule_deal ent__fr_rule_deal
#define rule_deals ent__fr_rule_deals
#define rule_departed_batch ent__fr_rule_departed_batch
#define rule_arrived_goods ent__fr_rule_arrived_goods
#define rule_exercise ent__fr_rule_exercise
#define rule_exercises ent__fr_rule_exercises
#define rule_fleet ent__fr_rule_fleet
#define rule_helped_service ent__fr_rule_helped_service
#define rule_service_approved ent__fr_rule_service_approved
#define rule_holdings_made ent__fr_rule_holdings_made
#define rule_used_goods ent__fr_rule_used_goods
#define rule_aid_approved ent__fr_rule_aid_approved
#define rule_aid_resumed ent__fr_rule_aid_resumed
#define rule_aid_package ent__fr_rule_aid_package
#define rule_orders_placed_by ent__fr_rule_orders_placed_by
#define rule_added_to_arsenal ent__fr_rule_added_to_arsenal
#define rule_induction_into ent__fr_rule_induction_into
#define rule_commissioned ent__fr_rule_commissioned
#define rule_armed_with ent__fr_rule_armed_with
#define add_rivalry ent__fr_add_rivalry
#define rule_builds_for ent__fr_rule_builds_for
#define plain_state_at ent__fr_plain_state_at
#define rule_goods_of_owner ent__fr_rule_goods_of_owner
#define rule_inventory ent__fr_rule_inventory
#define rule_membership ent__fr_rule_membership
#define rule_joined_operators ent__fr_rule_joined_operators
#define rule_customer_of ent__fr_rule_customer_of
#define rule_relative_sent ent__fr_rule_relative_sent
#define rule_imports_included ent__fr_rule_imports_included
#define rule_bought_passed_on ent__fr_rule_bought_passed_on
#define rule_other_customers ent__fr_rule_other_customers
#define rule_among_recipients ent__fr_rule_among_recipients
#define rule_these_include ent__fr_rule_these_include
#define rule_operates_type ent__fr_rule_operates_type
#define rule_origin_list ent__fr_rule_origin_list
#define rule_owned_made ent__fr_rule_owned_made
#define rule_owned_built ent__fr_rule_owned_built
#define rule_presented_goods ent__fr_rule_presented_goods
#define rule_chose_over ent__fr_rule_chose_over
#define rule_thanked_gift ent__fr_rule_thanked_gift
#define rule_trained_forces ent__fr_rule_trained_forces
#define rule_built_relative ent__fr_rule_built_relative
#define rule_parenthetical_giver ent__fr_rule_parenthetical_giver
#define rule_recipient_list ent__fr_rule_recipient_list
#define rule_rely_on ent__fr_rule_rely_on
#define rule_widened_sources ent__fr_rule_widened_sources
#define rule_replaced_goods ent__fr_rule_replaced_goods
#define rule_rivalry ent__fr_rule_rivalry
#define rule_source_of ent__fr_rule_source_of
#define rule_stance ent__fr_rule_stance
#define rule_aid_purpose ent__fr_rule_aid_purpose
#define rule_tech_from ent__fr_rule_tech_from
#define rule_production_in ent__fr_rule_production_in
#define rule_factory_in ent__fr_rule_factory_in
#define rule_tech_shared ent__fr_rule_tech_shared
#define rule_with_becoming ent__fr_rule_with_becoming
#define rule_contracted_to_build ent__fr_rule_contracted_to_build
#define second_object ent__fr_second_object
#define seller_phrase ent__fr_seller_phrase
#define serviced_goods ent__fr_serviced_goods
#define by_gerund_supplier ent__fr_by_gerund_supplier
#define counted_from_another ent__fr_counted_from_another
#define along_with_suppliers ent__fr_along_with_suppliers
#define cancelled_sale_to ent__fr_cancelled_sale_to
#define conditional_deals ent__fr_conditional_deals
#define set_pair ent__fr_set_pair
#define span_has ent__fr_span_has
#define span_of_unit ent__fr_span_of_unit
#define seen_warily ent__fr_seen_warily
#define ex_uninvited ent__fr_ex_uninvited
#define warned_against ent__fr_warned_against
#define speaker ent__fr_speaker
#define spent_on_goods ent__fr_spent_on_goods
#define split_by_item ent__fr_split_by_item
#define split_by_owner ent__fr_split_by_owner
#define split_by_price ent__fr_split_by_price
#define split_by_sum ent__fr_split_by_sum
#define split_goods_kinds ent__fr_split_goods_kinds
#define stage_year ent__fr_stage_year
#define status_at ent__fr_status_at
#define subject_before ent__fr_subject_before
#define subject_pronoun ent__fr_subject_pronoun
#define supplier_of ent__fr_supplier_of
#define that_country ent__fr_that_country
#define w_arms_generic ent__fr_w_arms_generic
#define w_notably ent__fr_w_notably
#define w_aspect_deal ent__fr_w_aspect_deal
#define tried_in_vain ent__fr_tried_in_vain
#define w_aspect_ex ent__fr_w_aspect_ex
#define w_attack ent__fr_w_attack
#define w_attitude ent__fr_w_attitude
#define w_be ent__fr_w_be
#define w_blame_v ent__fr_w_blame_v
#define w_bought_list ent__fr_w_bought_list
#define w_bought_pp ent__fr_w_bought_pp
#define w_buy_verb ent__fr_w_buy_verb
#define w_call ent__fr_w_call
#define w_cancel ent__fr_w_cancel
#define w_contest_any ent__fr_w_contest_any
#define w_cause_v ent__fr_w_cause_v
#define w_concern ent__fr_w_concern
#define w_conflict ent__fr_w_conflict
#define w_counter_v ent__fr_w_counter_v
#define w_customer ent__fr_w_customer
#define w_deal_noun ent__fr_w_deal_noun
#define w_delivered ent__fr_w_delivered
#define w_deny_v ent__fr_w_deny_v
#define w_det ent__fr_w_det
#define w_ex_premod ent__fr_w_ex_premod
#define w_ex_prior ent__fr_w_ex_prior
#define w_exercise ent__fr_w_exercise
#define w_future ent__fr_w_future
#define w_gov_noun ent__fr_w_gov_noun
#define w_greet_v ent__fr_w_greet_v
#define w_group_noun ent__fr_w_group_noun
#define w_group_num ent__fr_w_group_num
#define w_hedge ent__fr_w_hedge
#define w_impose ent__fr_w_impose
#define w_interest ent__fr_w_interest
#define w_interpret ent__fr_w_interpret
#define w_label_v ent__fr_w_label_v
#define w_locprep ent__fr_w_locprep
#define w_member ent__fr_w_member
#define w_modal ent__fr_w_modal
#define w_mou ent__fr_w_mou
#define w_name_stop ent__fr_w_name_stop
#define w_negation ent__fr_w_negation
#define w_not_name ent__fr_w_not_name
#define w_numwords ent__fr_w_numwords
#define w_months ent__fr_w_months
#define w_obj_pronoun ent__fr_w_obj_pronoun
#define w_oppose_n ent__fr_w_oppose_n
#define w_oppose_prep ent__fr_w_oppose_prep
#define w_oppose_v ent__fr_w_oppose_v
#define w_ordered ent__fr_w_ordered
#define w_party_prep ent__fr_w_party_prep
#define w_polity_n ent__fr_w_polity_n
#define w_pose_v ent__fr_w_pose_v
#define w_procure ent__fr_w_procure
#define w_reject_v ent__fr_w_reject_v
#define w_rel_v ent__fr_w_rel_v
#define w_relations ent__fr_w_relations
#define w_rival ent__fr_w_rival
#define w_sanction_n ent__fr_w_sanction_n
#define w_sign ent__fr_w_sign
#define w_signed ent__fr_w_signed
#define w_speaker_noun ent__fr_w_speaker_noun
#define w_speech_verb ent__fr_w_speech_verb
#define w_spend ent__fr_w_spend
#define w_stop ent__fr_w_stop
#define w_supply_noun ent__fr_w_supply_noun
#define w_supply_verb ent__fr_w_supply_verb
#define w_support_n ent__fr_w_support_n
#define w_support_v ent__fr_w_support_v
#define w_take ent__fr_w_take
#define w_thank_v ent__fr_w_thank_v
#define w_target_v ent__fr_w_target_v
#define w_this ent__fr_w_this
#define w_threaten_v ent__fr_w_threaten_v
#define w_title ent__fr_w_title
#define w_title_mod ent__fr_w_title_mod
#define w_venture ent__fr_w_venture
#define w_voice ent__fr_w_voice
#define w_with ent__fr_w_with
#define weapon_is_target ent__fr_weapon_is_target
#define weapon_mentions ent__fr_weapon_mentions
#define weapon_names_a_maker ent__fr_weapon_names_a_maker
#define replaced_at ent__fr_replaced_at
#define instead_of_named ent__fr_instead_of_named
#define weapon_names_a_maker_or_target ent__fr_weapon_names_a_maker_or_target
#define word_before ent__fr_word_before
#define list_word_before ent__fr_list_word_before
#define year_counts ent__fr_year_counts
#define year_in ent__fr_year_in
#define year_names_event ent__fr_year_names_event
#define year_of_period ent__fr_year_of_period
#define span_has_period ent__fr_span_has_period

#define K(i) TKEY(&d->t, (i))

typedef struct span {
	int unit;
	size_t t0, t1;          /* tokens looked at */
	size_t m0, m1;          /* their mentions */
	int year_def;           /* year from a table's Year column, 0 if none */
	char pair_def[2][12];   /* the pair a table or list is about, "" if none */
	int forced_deal;        /* a deal-table row or a deal cell of a comparison */
	int forced_exercise;    /* an exercise cell of a comparison */
	ent_value value_def;    /* value from a Value column */
	int subject;            /* mention index of a list item's subject, or -1 */
	const char *rule_prefix;
	const mention *subj_def; /* the subject of the clause before ("X bought ..., and
				    in the same year agreed to buy ..."), or NULL */
} span;

/* The word lists answered from the per-token masks of ent__word_classes,
 * in bit order (the lexicon of frames_words.c); KIN(d, i, w) tests one of
 * them with the bit known at compile time. */
#define LEXICON(X) X(w_supply_verb) X(w_supply_noun) X(w_det) X(w_take) X(w_buy_verb) \
	X(w_deal_noun) X(w_sign) X(w_delivered) X(w_ordered) X(w_signed) X(w_mou) \
	X(w_hedge) X(w_interest) X(w_negation) X(w_future) X(w_be) X(w_exercise) \
	X(w_support_v) X(w_support_n) X(w_oppose_v) X(w_concern) X(w_oppose_n) \
	X(w_oppose_prep) X(w_voice) X(w_call) X(w_stop) X(w_sanction_n) X(w_impose) \
	X(w_gov_noun) X(w_modal) X(w_title) X(w_title_mod) X(w_attack) X(w_with) \
	X(w_relations) X(w_interpret) X(w_member) X(w_rival) X(w_conflict) \
	X(w_procure) X(w_locprep) X(w_name_stop) X(w_numwords) X(w_group_noun) \
	X(w_group_num) X(w_speaker_noun) X(w_speech_verb) X(w_aspect_deal) \
	X(w_aspect_ex) X(w_cancel) X(w_spend) X(w_rel_v) X(w_reject_v) X(w_cause_v) \
	X(w_label_v) X(w_greet_v) X(w_counter_v) X(w_threaten_v) X(w_blame_v) \
	X(w_ex_prior) X(w_pose_v) X(w_deny_v) X(w_attitude) X(w_contest_any)

enum {
#define LEX_ENUM(w) LB_##w,
	LEXICON(LEX_ENUM)
#undef LEX_ENUM
	LB__COUNT
};

#define KIN(d, i, w) kbit((d), (i), LB_##w, (w))

#define NONE ((size_t)-1)

/* ---- word lists one rule file takes from another ---------------------------- */

extern const char *w_arms_generic[];
extern const char *w_notably[];
extern const char *w_aspect_deal[];
extern const char *w_aspect_ex[];
extern const char *w_attack[];
extern const char *w_attitude[];
extern const char *w_contest_any[];
extern const char *w_be[];
extern const char *w_blame_v[];
extern const char *w_bought_list[];
extern const char *w_bought_pp[];
extern const char *w_buy_verb[];
extern const char *w_call[];
extern const char *w_cancel[];
extern const char *w_cause_v[];
extern const char *w_concern[];
extern const char *w_conflict[];
extern const char *w_counter_v[];
extern const char *w_customer[];
extern const char *w_deal_noun[];
extern const char *w_delivered[];
extern const char *w_deny_v[];
extern const char *w_det[];
extern const char *w_comma[];
extern const char *w_travel_n[];
extern const char *w_list_joint[];

extern const char *w_ex_premod[];
extern const char *w_ex_prior[];
extern const char *w_exercise[];
extern const char *w_future[];
extern const char *w_gov_noun[];
extern const char *w_greet_v[];
extern const char *w_group_noun[];
extern const char *w_group_num[];
extern const char *w_hedge[];
extern const char *w_impose[];
extern const char *w_interest[];
extern const char *w_interpret[];
extern const char *w_label_v[];
extern const char *w_locprep[];
extern const char *w_member[];
extern const char *w_modal[];
extern const char *w_mou[];
extern const char *w_name_stop[];
extern const char *w_negation[];
extern const char *w_not_name[];
extern const char *w_numwords[];
extern const char *w_months[];
extern const char *w_obj_pronoun[];
extern const char *w_oppose_n[];
extern const char *w_oppose_prep[];
extern const char *w_oppose_v[];
extern const char *w_ordered[];
extern const char *w_party_prep[];
extern const char *w_polity_n[];
extern const char *w_pose_v[];
extern const char *w_procure[];
extern const char *w_reject_v[];
extern const char *w_rel_v[];
extern const char *w_relations[];
extern const char *w_rival[];
extern const char *w_sanction_n[];
extern const char *w_sign[];
extern const char *w_signed[];
extern const char *w_speaker_noun[];
extern const char *w_speech_verb[];
extern const char *w_spend[];
extern const char *w_stop[];
extern const char *w_supply_noun[];
extern const char *w_supply_verb[];
extern const char *w_support_n[];
extern const char *w_support_v[];
extern const char *w_take[];
extern const char *w_thank_v[];
extern const char *w_target_v[];
extern const char *w_this[];
extern const char *w_threaten_v[];
extern const char *w_title[];
extern const char *w_title_mod[];
extern const char *w_venture[];
extern const char *w_voice[];
extern const char *w_with[];

/* ---- functions one rule file takes from another --------------------------- */

int kin(const dctx *d, size_t i, const char *const *l);
int kin_local(const dctx *d, size_t i, const char *const *l);
int measures_call_stance(dctx *d, const span *s, size_t i, int *hit);
int modifier_not_verb(const dctx *d, const span *s, size_t i);
int ly_adverb(const dctx *d, size_t i);
/* Does key k end in "ing" and have more than four letters ("supplying")? */
int ends_ing(const char *k);
size_t find_in(const dctx *d, size_t t0, size_t t1, const char *const *l);
size_t rival_word_after(const dctx *d, const mention *m, size_t t1);
int described_possessor(const dctx *d, const mention *m, size_t t1);
const mention *actor_before(const dctx *d, const span *s, size_t t, size_t maxdist,
				   int names_only);
size_t passive_halt_verb(const dctx *d, const span *s, size_t noun);
const mention *actor_after(const dctx *d, const span *s, size_t t, size_t maxdist,
				  int names_only);
const mention *name_after_the(const dctx *d, const span *s, size_t j);
/* "by" at token b names a carrier ("by an Antonov-124 cargo plane"), no agent */
int by_carrier(const dctx *d, const span *s, size_t b);
/* a list of holders of goods announced before a colon (frames_deal.c) */
size_t factbox_intro(const dctx *d, size_t ui);
int factbox_holder(dctx *d, size_t ui, size_t gk);
const mention *after_prep(const dctx *d, const span *s, size_t t, const char *prep);
size_t states_listed(const dctx *d, const span *s, size_t j, size_t end, const mention **out,
		     size_t max);
int media_demonym(const dctx *d, const span *s, const mention *m);
/* "X has generally regarded Yn exercises and naval activity ... with
 * apprehension": is token i between a verb of seeing and "with" a noun of
 * wariness?  Sets *verb to the verb's token. */
int seen_warily(const dctx *d, const span *s, size_t i, size_t *verb);
/* "revoked an invitation to X", "disinvited X" (frames_exercise.c) */
size_t ex_uninvited(const dctx *d, const span *s, const mention *m);
/* "X warned (cautioned) Y against (retaliating by) supplying arms to Z":
 * is the word at t a deed warned against? */
int warned_against(const dctx *d, const span *s, size_t t);
void cand_clear_items(cand *c);
void cand_clear_evidence(cand *c);
int bracket_around(const dctx *d, const span *s, size_t i, size_t reach, size_t *open,
		   size_t *close);
/* Keep goods item j of c alone (none when j is past the last). */
void cand_keep_item(cand *c, size_t j);
const mention *code_mention(mention *m, const char *code);
const char *pin_code(const dctx *d, ent_code *buf, const char *code);
const mention *pin_mention(const dctx *d, mention *keep, ent_code *buf, const mention *m);
int separate_deal(const dctx *d, const span *s, size_t dn);
int ent__add_unit_evidence(dctx *d, cand *c, int ui, const char *rule);
int emit(dctx *d, cand *c, const span *s, const char *rule);
int add_others(cand *c, const char *code);
long quantity_before(const dctx *d, const span *s, const mention *w);
int spent_on_goods(const dctx *d, const span *s, size_t v);
const char *item_owner(const dctx *d, const span *s, size_t k, int *stated);
/* The seller the first goods of a span name for themselves, or NULL. */
const char *first_item_owner(const dctx *d, const span *s);
int in_weapon(const dctx *d, const span *s, size_t i);
int weapon_is_target(const dctx *d, const span *s, const mention *m);
int weapon_names_a_maker_or_target(const dctx *d, const span *s, const mention *m);
int weapon_names_a_maker(const dctx *d, const span *s, const mention *m);
int replaced_at(const dctx *d, const span *s, size_t from, size_t t);
int instead_of_named(const dctx *d, const span *s, const mention *m);
int add_items(dctx *d, cand *c, const span *s, int *designation, int *quantity);
/* Add the goods of fact src (kinds, words, designations; no counts) to dst. */
int add_goods_of(ent_fact *dst, const ent_fact *src);
size_t weapon_mentions(const dctx *d, const span *s);
int split_by_owner(dctx *d, cand *c, const span *s, int sup_stated);
int split_by_sum(dctx *d, cand *c, const span *s, size_t from);
int split_by_price(dctx *d, cand *c, const span *s, size_t from);
int split_by_item(dctx *d, cand *c, const span *s, size_t v);
const mention *money_near(const dctx *d, const span *s, size_t t);
size_t money_end(const dctx *d, const span *s, size_t j);
int earlier_deal_year(const dctx *d, const span *s);
int year_of_period(const dctx *d, const span *s, const mention *y);
int span_has_period(const dctx *d, const span *s);
int year_counts(const dctx *d, const span *s, const mention *y);
int year_in(const dctx *d, const span *s);
int year_names_event(const dctx *d, const span *s, const mention *y);
int hedged(const dctx *d, const span *s, size_t t);
int negated(const dctx *d, const span *s, size_t t);
int span_has(const dctx *d, const span *s, const char *const *l);
size_t actors_group_before(const dctx *d, const span *s, size_t t, const mention **out,
				  size_t max);
int made_in(const dctx *d, const span *s, const mention *m);
int qualifies_weapon(const dctx *d, const span *s, size_t k);
size_t gear_given_by(const dctx *d, const span *s, size_t a, size_t b, const ent_fact *f);
int gives_no_goods(const dctx *d, const span *s, size_t v);
int receives_no_goods(const dctx *d, const span *s, size_t v);
int background_state(const dctx *d, const span *s, const mention *m);
size_t list_head(const dctx *d, const span *s, size_t q, size_t max);
int beat_word_at(const dctx *d, const span *s, size_t i);
int rival_party(const dctx *d, const span *s, const mention *m);
int contest_in(const dctx *d, const span *s);
size_t word_before(const dctx *d, const span *s, const mention *m);
size_t list_word_before(const dctx *d, const span *s, const mention *m);
const mention *firm_owner(const dctx *d, const span *s, const mention *m);
int coordinated_pair(const dctx *d, const span *s, const mention *m);
int dateline_place(const dctx *d, const span *s, const mention *m);
int seller_phrase(const dctx *d, const span *s, const mention *m);
int opinion_agent(const dctx *d, const span *s, const mention *m);
int opposing_subject(const dctx *d, const span *s, const mention *m, size_t trig);
const char *designation_maker(const dctx *d, const span *s, const char *not);
int only_modifiers(const dctx *d, size_t i, size_t j);
void set_pair(cand *c, const char *a, const char *b);
int follow_on(const dctx *d, const span *s);
int further_order(const dctx *d, const span *s, const char *rec);
int anaphor_states(const dctx *d, const span *s, char out[4][12]);
int code_listed(const char set[][12], int n, const char *code);
size_t list_next(const dctx *d, const span *s, size_t j);
const mention *that_country(const dctx *d, const span *s, const mention *not);
const char *supplier_of(const dctx *d, const char *recipient);
const char *recipient_of(const dctx *d, const span *s, const char *supplier);
size_t refers_back(const dctx *d, const span *s);
int goods_anaphor_subject(const dctx *d, const span *s, size_t sv);
const char *focus_partner(const dctx *d, const span *s, const mention *sup);
ent_status status_at(const dctx *d, const span *s, size_t *at);
int stage_year(const dctx *d, const span *s, size_t at);
const mention *pronoun_subject(const dctx *d, const span *s, size_t t);
int ban_reversed(const dctx *d, const span *s, size_t b);
int rule_deal(dctx *d, const span *s);
int speaker(const dctx *d, const span *s, const mention *m);
int rule_exercise(dctx *d, const span *s);
const mention *person_at(const dctx *d, size_t i);
const mention *mention_at(const dctx *d, const span *s, size_t i);
/* The first mention of the span that ends right before token i, or NULL. */
const mention *mention_at_end(const dctx *d, const span *s, size_t i);
const mention *possessor_before(const dctx *d, const span *s, size_t j);
const mention *possessor_over(const dctx *d, const span *s, size_t j, size_t lo);
/* "X joined Y in pledging": the subjects of the gerund at v (frames_deal.c) */
size_t joined_in_gerund(const dctx *d, const span *s, size_t v, const mention **out);
void find_persons(dctx *d);
int quote_mark(const dctx *d, size_t i);
const mention *quote_speaker(const dctx *d, const span *s, size_t v);
size_t subject_pronoun(const dctx *d, const span *s, size_t v);
const mention *subject_before(const dctx *d, const span *s, size_t before);
const mention *named_state(const dctx *d, const span *s, size_t j, size_t *end);
const mention *apposition_subject(const dctx *d, const span *s, size_t v);
int rule_stance(dctx *d, const span *s);
int rule_aid_purpose(dctx *d, const span *s, size_t from);
int rule_membership(dctx *d, const span *s);
int rule_rivalry(dctx *d, const span *s);
void span_of_unit(const dctx *d, size_t ui, span *s);
void narrow(const dctx *d, span *s, size_t t0, size_t t1);
int clause_break(const dctx *d, const span *s, size_t i);
/* a state at token j right before a deal noun of its own ("Indonesia pact") */
int state_owns_deal_noun(const dctx *d, const span *s, size_t j);
int deal_trigger(const dctx *d, const span *s);
const mention *clause_subject(const dctx *d, const span *s);
int party_over_the(const dctx *d, const span *s, const mention *m);
size_t intended_relative(const dctx *d, const span *s);
size_t second_object(const dctx *d, const span *s, size_t *cut, int *y1, int *y2);
int rule_deals(dctx *d, const span *s);
int rule_exercises(dctx *d, const span *s);
int rule_inventory(dctx *d, const span *s);
int rule_fleet(dctx *d, const span *s);
int rule_replaced_goods(dctx *d, const span *s);
int rule_holdings_made(dctx *d, const span *s);
int rule_used_goods(dctx *d, const span *s);
int rule_aid_approved(dctx *d, const span *s);
int rule_aid_resumed(dctx *d, const span *s);
int rule_aid_package(dctx *d, const span *s);
int rule_orders_placed_by(dctx *d, const span *s);
int rule_added_to_arsenal(dctx *d, const span *s);
int rule_induction_into(dctx *d, const span *s);
int rule_commissioned(dctx *d, const span *s);
int rule_armed_with(dctx *d, const span *s);
/* A rivalry fact between a and b (frames_relation.c). */
int add_rivalry(dctx *d, const span *s, const char *a, const char *b, const char *rule);
int rule_builds_for(dctx *d, const span *s);
/* The state named at token j (not a firm, demonym or bloc), or NULL. */
const mention *plain_state_at(const dctx *d, const span *s, size_t j);
int rule_goods_of_owner(dctx *d, const span *s);
int rule_owned_made(dctx *d, const span *s);
int rule_owned_built(dctx *d, const span *s);
int rule_built_for(dctx *d, const span *s);
int rule_helped_service(dctx *d, const span *s);
int rule_service_approved(dctx *d, const span *s);
/* Is the verb of buying at v after "unsuccessful (failed, fruitless,
 * futile) efforts (attempts, bids) to": a purchase tried in vain
 * (frames_cand.c weapon_tried, rule_deal)? */
int tried_in_vain(const dctx *d, const span *s, size_t v);
int rule_with_becoming(dctx *d, const span *s);
int rule_contracted_to_build(dctx *d, const span *s);
int rule_origin_list(dctx *d, const span *s);
int rule_tech_from(dctx *d, const span *s);
int rule_production_in(dctx *d, const span *s);
int rule_factory_in(dctx *d, const span *s);
int rule_tech_shared(dctx *d, const span *s);
int rule_source_of(dctx *d, const span *s);
int rule_joined_operators(dctx *d, const span *s);
int rule_customer_of(dctx *d, const span *s);
int rule_relative_sent(dctx *d, const span *s);
int rule_imports_included(dctx *d, const span *s);
int rule_bought_passed_on(dctx *d, const span *s);
int rule_other_customers(dctx *d, const span *s);
int rule_among_recipients(dctx *d, const span *s);
int rule_these_include(dctx *d, const span *s);
int rule_operates_type(dctx *d, const span *s);
int rule_rely_on(dctx *d, const span *s);
int rule_widened_sources(dctx *d, const span *s);
int rule_customers(dctx *d, const span *s);
int rule_which_bought(dctx *d, const span *s);
int rule_main_suppliers(dctx *d, const span *s);
int rule_ranked_after(dctx *d, const span *s);
int rule_customer_list(dctx *d, const span *s);
int rule_purchases_by(dctx *d, const span *s);
int rule_in_service(dctx *d, const span *s);
int rule_list_parties(dctx *d, const span *s);
int rule_recipient_list(dctx *d, const span *s);
void drop_alternatives(dctx *d, const span *s, size_t from);
void called_off_in_unit(dctx *d, const span *s, size_t from);
void offer_declined(dctx *d, const span *s, size_t from);
void halted_sales(dctx *d, const span *s, size_t from);
void yearly_aid(dctx *d, const span *s, size_t from);
void budget_sum(dctx *d, const span *s, size_t from);
int expand_supplier_list(dctx *d, const span *s, size_t from);
int split_maker_list(dctx *d, const span *s, size_t from);
int gapped_sellers(dctx *d, const span *s, size_t from);
int ring_exchange(dctx *d, const span *s, size_t from);
int earlier_purchase(dctx *d, const span *s, size_t from);
int expand_count_list(dctx *d, const span *s, size_t from);
int expand_buyer_pair(dctx *d, const span *s, size_t from);
int rule_among_purchases(dctx *d, const span *s);
void serviced_goods(dctx *d, const span *s, size_t from);
void by_gerund_supplier(dctx *d, const span *s, size_t from);
void counted_from_another(dctx *d, const span *s, size_t from);
void along_with_suppliers(dctx *d, const span *s, size_t from);
void cancelled_sale_to(dctx *d, const span *s, size_t from);
void conditional_deals(dctx *d, const span *s, size_t from);
void denied_reports(dctx *d);
void cancelled_before_clause(dctx *d, const span *s, size_t from);
int rule_departed_batch(dctx *d, const span *s);
int rule_arrived_goods(dctx *d, const span *s);
int rule_presented_goods(dctx *d, const span *s);
int rule_chose_over(dctx *d, const span *s);
int rule_thanked_gift(dctx *d, const span *s);
int rule_trained_forces(dctx *d, const span *s);
int rule_built_relative(dctx *d, const span *s);
int rule_parenthetical_giver(dctx *d, const span *s);
int rule_coproduce_pair(dctx *d, const span *s);
int main_kind(int cat);
int split_goods_kinds(dctx *d, const span *s, size_t from);
int earlier_buyers(dctx *d, const span *s, size_t from);
int listed_recipients(dctx *d, const span *s, size_t from);

/* ---- token tests every rule inlines ---------------------------------------- */

static inline __attribute__((always_inline)) int kis(const dctx *d, size_t i, const char *k)
{
	/* k is nearly always a literal: its length is known at compile time,
	 * so the key's length rules out most words and the compare is inline */
	size_t n = strlen(k);
	return d->t.v[i].keylen == n && memcmp(K(i), k, n) == 0;
}

/* Is token i's key in lexicon list @p l, bit @p b? */
static inline int kbit(const dctx *d, size_t i, int b, const char *const *l)
{
	if (d->tmask)
		return (int)((d->tmask[i] >> b) & 1);
	return kin(d, i, l);
}

static inline const mention *M(const dctx *d, size_t k) { return &d->m.v[k]; }

#endif
