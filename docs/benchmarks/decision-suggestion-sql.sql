-- The three statements behind the decision page's suggestion, sent straight to PostgreSQL.
-- psql -v org="'<organisation uuid>'" -f docs/benchmarks/decision-suggestion-sql.sql
\timing on
SELECT count(*) FROM (SELECT u.id, u.organisation_id, u.display_name, u.team_id, p.fte, coalesce(p.trainee, false),
       coalesce(p.languages, '{}'), coalesce(p.experience_areas, '{}'),
       (SELECT array_agg(r.role) FROM user_role r WHERE r.app_user = u.id)
FROM app_user u LEFT JOIN worker_profile p ON p.user_id = u.id
WHERE u.organisation_id = :org AND u.active
  AND EXISTS (SELECT 1 FROM user_role r WHERE r.app_user = u.id AND r.role IN ('KWARTIERMAKER', 'PEER_EXPERT'))) x;
SELECT count(*) FROM worker_neighbourhood WHERE user_id IN (SELECT id FROM app_user WHERE organisation_id = :org);
SELECT count(*) FROM (SELECT worker_id, count(DISTINCT client_id) FROM assignment
WHERE until IS NULL AND worker_id IN (SELECT id FROM app_user WHERE organisation_id = :org) GROUP BY worker_id) x;
