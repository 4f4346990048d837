-- 5,000 synthetic peer experts and kwartiermakers in the demo organisation, with profiles,
-- neighbourhoods and caseloads, to time the decision page's suggestion.
WITH org AS (SELECT id FROM organisation WHERE name = 'Stichting Kwartier Demo'),
     team AS (SELECT t.id FROM team t JOIN org ON t.organisation_id = org.id ORDER BY t.name LIMIT 1),
     hash AS (SELECT password_hash FROM app_user WHERE username = 'demo-kwartiermaker')
INSERT INTO app_user (id, organisation_id, team_id, username, display_name, password_hash, totp_enabled)
SELECT gen_random_uuid(), (SELECT id FROM org), (SELECT id FROM team), 'bench-worker-' || n, 'Bench Worker ' || n,
       (SELECT password_hash FROM hash), false
FROM generate_series(1, 5000) n;
INSERT INTO user_role (app_user, role)
SELECT id, CASE WHEN substring(username from 14)::int % 3 = 0 THEN 'KWARTIERMAKER' ELSE 'PEER_EXPERT' END
FROM app_user WHERE username LIKE 'bench-worker-%';
INSERT INTO worker_profile (user_id, organisation_id, fte, trainee, languages, experience_areas)
SELECT id, organisation_id, (1 + substring(username from 14)::int % 10) / 10.0, substring(username from 14)::int % 7 = 0,
       CASE WHEN substring(username from 14)::int % 5 = 0 THEN '{nl,tr}'::text[] ELSE '{nl}'::text[] END,
       CASE WHEN substring(username from 14)::int % 4 = 0 THEN '{LONELINESS,POVERTY}'::text[] ELSE '{ADDICTION}'::text[] END
FROM app_user WHERE username LIKE 'bench-worker-%';
INSERT INTO worker_neighbourhood (user_id, neighbourhood_id)
SELECT u.id, n.id FROM app_user u
JOIN LATERAL (SELECT id FROM neighbourhood ORDER BY md5(u.id::text || id::text) LIMIT 2) n ON true
WHERE u.username LIKE 'bench-worker-%';
-- 40,000 clients spread over the workers' caseloads.
INSERT INTO client (id, organisation_id, given_name, family_name, family_name_key, date_of_birth, pc4)
SELECT gen_random_uuid(), (SELECT id FROM organisation WHERE name = 'Stichting Kwartier Demo'), 'Bench', 'Client' || n,
       'client' || n, DATE '1950-01-01' + (n % 20000), (5600 + n % 60)::text
FROM generate_series(1, 40000) n;
INSERT INTO assignment (id, client_id, worker_id, role, reason, since)
SELECT gen_random_uuid(), c.id, w.id, 'PEER_EXPERT', 'FIRST_TALK', now()
FROM (SELECT id, row_number() OVER () AS r FROM client WHERE given_name = 'Bench') c
JOIN (SELECT id, row_number() OVER () - 1 AS r FROM app_user WHERE username LIKE 'bench-worker-%') w
  ON w.r = c.r % 5000;
ANALYZE;
