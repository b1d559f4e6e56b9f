-- Contacts per journey per journey window w (getContactsPerJourneyByWindow.ts): the journeys whose first
-- event ({{journeys}}.start_us, journeyTable.duckdb.sql) lies in [$window_from[w], $window_to[w]) ms, and per
-- window the sum and the sum of squares of their contacts ({{contacts}}, contactTable.duckdb.sql; a journey
-- without a contact counts 0) — enough for the mean and the sample variance.
WITH windows AS (
  SELECT CAST(f AS DOUBLE) * 1000 AS from_us, CAST(t AS DOUBLE) * 1000 AS to_us, w
  FROM (SELECT unnest($window_from) AS f, unnest($window_to) AS t, generate_subscripts($window_from, 1) AS w)
), journeys AS (
  SELECT j.case_id, w.w
  FROM {{journeys}} j JOIN windows w ON j.start_us >= w.from_us AND j.start_us < w.to_us
), per_journey AS (
  SELECT case_id, count(*) AS contacts FROM {{contacts}} GROUP BY case_id
), counted AS (
  SELECT j.w, count(*) AS journeys,
         sum(coalesce(p.contacts, 0)) AS contacts,
         sum(coalesce(p.contacts, 0) * coalesce(p.contacts, 0)) AS contacts_squared
  FROM journeys j
  LEFT JOIN per_journey p ON p.case_id = j.case_id
  GROUP BY j.w
)
SELECT w.w, coalesce(c.journeys, 0) AS journeys, coalesce(c.contacts, 0) AS contacts,
       coalesce(c.contacts_squared, 0) AS contacts_squared
FROM windows w
LEFT JOIN counted c ON c.w = w.w
ORDER BY w.w;
