-- The intake is a registration (aanmelding). "Referral" is kept for the closed-loop referrals to partners.
ALTER TABLE referral RENAME TO registration;
ALTER TABLE registration RENAME COLUMN referred_on TO registered_on;
ALTER TABLE registration RENAME CONSTRAINT referral_pkey TO registration_pkey;
ALTER TABLE registration RENAME CONSTRAINT referral_organisation_id_fkey TO registration_organisation_id_fkey;
ALTER TABLE registration RENAME CONSTRAINT referral_team_id_fkey TO registration_team_id_fkey;
ALTER TABLE registration RENAME CONSTRAINT referral_client_id_fkey TO registration_client_id_fkey;
ALTER TABLE registration RENAME CONSTRAINT referral_decided_by_fkey TO registration_decided_by_fkey;
ALTER INDEX referral_client_idx RENAME TO registration_client_idx;
ALTER INDEX referral_waiting_idx RENAME TO registration_waiting_idx;
ALTER INDEX referral_possible_match_idx RENAME TO registration_possible_match_idx;

ALTER TABLE assignment RENAME COLUMN referral_id TO registration_id;
ALTER TABLE assignment RENAME CONSTRAINT assignment_referral_id_fkey TO assignment_registration_id_fkey;

ALTER TABLE first_conversation RENAME COLUMN referral_id TO registration_id;
ALTER TABLE first_conversation RENAME CONSTRAINT first_conversation_referral_id_fkey TO first_conversation_registration_id_fkey;
ALTER TABLE first_conversation RENAME CONSTRAINT first_conversation_referral_id_key TO first_conversation_registration_id_key;
