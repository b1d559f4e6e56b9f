-- Service counts per journey window w (see journeyWindows.ts): a journey belongs to window w when its first
-- event ({{journeys}}.start_us, journeyTable.duckdb.sql) lies in [$window_from[w], $window_to[w]) ms, and
-- all its events count there. Contacts, repeats, first contacts and complaints as in
-- getServiceMetrics.duckdb.sql (same parameters), counted on the contacts of those journeys — read from
-- {{contacts}} (contactTable.duckdb.sql: the contacts with their journey's start, JSON already parsed) — and
-- on their complaint rows: a contact is a repeat when the same customer made a contact with the same key in
-- the same window at most $window_ms before it. Without $all_journeys only the contact counts are computed
-- (journeys and complaints are 0: compareWindows of a contact rate reads neither the journeys nor the events).
WITH windows AS (
  SELECT CAST(f AS DOUBLE) * 1000 AS from_us, CAST(t AS DOUBLE) * 1000 AS to_us, w
  FROM (SELECT unnest($window_from) AS f, unnest($window_to) AS t, generate_subscripts($window_from, 1) AS w)
), journeys AS (
  SELECT j.case_id, w.w
  FROM {{journeys}} j JOIN windows w ON j.start_us >= w.from_us AND j.start_us < w.to_us
  WHERE $all_journeys
), complaints AS (
  -- CASE, unlike AND, evaluates the JSON extraction only on the rows whose text holds the needle.
  SELECT case_id
  FROM {{events}} e
  WHERE $all_journeys
    AND (list_contains($complaint_activities, activity)
         OR CASE WHEN contains(properties, $complaint_needle)
                 THEN coalesce(json_extract_string(properties, $complaint_path) = 'true', false)
                 ELSE false END)
), journey_counts AS (
  SELECT w, count(*) AS journeys FROM journeys GROUP BY w
), complaint_counts AS (
  SELECT j.w, count(DISTINCT c.case_id) AS journeys_with_complaint, count(*) AS complaints
  FROM complaints c JOIN journeys j ON j.case_id = c.case_id
  GROUP BY j.w
), timed AS (
  -- The previous and next contact of the same customer and key (one window; the journey's first contact is
  -- then an aggregate, cheaper than a second window per journey).
  SELECT w, case_id, epoch_ms(ts) AS ts_ms, resolved,
         {{eventOrderKey}} AS k,
         lag(epoch_ms(ts)) OVER by_key AS previous_ms,
         lead(epoch_ms(ts)) OVER by_key AS next_ms
  FROM (SELECT c.*, w.w FROM {{contacts}} c JOIN windows w ON c.start_us >= w.from_us AND c.start_us < w.to_us)
  WINDOW by_key AS (PARTITION BY w, owner, contact_key ORDER BY {{eventOrder}})
), first_contacts AS (
  SELECT w, arg_min(next_ms IS NOT NULL AND next_ms - ts_ms <= $window_ms, k) AS followed_up,
         arg_min(resolved, k) AS resolved
  FROM timed
  GROUP BY w, case_id
), contact_counts AS (
  SELECT w, count(*) AS contacts,
         count(*) FILTER (WHERE previous_ms IS NOT NULL AND ts_ms - previous_ms <= $window_ms) AS repeat_contacts
  FROM timed
  GROUP BY w
), first_contact_counts AS (
  SELECT w, count(*) AS journeys_with_contact,
         count(*) FILTER (WHERE followed_up) AS first_contacts_followed_up,
         count(*) FILTER (WHERE NOT followed_up AND resolved IS DISTINCT FROM 'false') AS resolved_first_contacts
  FROM first_contacts
  GROUP BY w
)
SELECT w.w,
       coalesce(j.journeys, 0) AS journeys,
       coalesce(f.journeys_with_contact, 0) AS journeys_with_contact,
       coalesce(c.contacts, 0) AS contacts,
       coalesce(c.repeat_contacts, 0) AS repeat_contacts,
       coalesce(f.first_contacts_followed_up, 0) AS first_contacts_followed_up,
       coalesce(f.resolved_first_contacts, 0) AS resolved_first_contacts,
       coalesce(x.journeys_with_complaint, 0) AS journeys_with_complaint,
       coalesce(x.complaints, 0) AS complaints
FROM windows w
LEFT JOIN journey_counts j ON j.w = w.w
LEFT JOIN complaint_counts x ON x.w = w.w
LEFT JOIN contact_counts c ON c.w = w.w
LEFT JOIN first_contact_counts f ON f.w = w.w
ORDER BY w.w;
