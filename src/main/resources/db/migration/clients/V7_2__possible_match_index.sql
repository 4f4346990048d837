-- Registrations that may be about a client of another team wait for that team's coordinator;
-- his list reads them through this index, like the waiting list reads referral_waiting_idx.
CREATE INDEX referral_possible_match_idx ON referral (organisation_id, referred_on) WHERE status = 'POSSIBLE_MATCH';
