-- Service metrics over the journeys in scope, one row per journey window w (see journeyWindows.ts: with
-- $windowed a journey belongs to window w when its first event lies in [$window_from[w], $window_to[w]) ms,
-- and all its events count there; without it every journey is in window 1). A contact is an event on one
-- of $contact_channels whose activity is one of $contact_activities (any activity when $any_activity).
-- Contacts are keyed per customer (customer_id, else anonymous_id, else the journey) and by $repeat_key:
-- the topic property, the channel, or nothing ('any'). A contact is a repeat when the same customer made a
-- contact with the same key (in the same window) at most $window_ms before it; a journey's first contact
-- is "followed up" when such a contact comes at most $window_ms after it. It is resolved at first contact
-- when not followed up and its resolved property is not 'false'. A complaint is an event whose activity is
-- one of $complaint_activities or whose complaint property is 'true'; the JSON is only parsed on rows whose
-- text holds $complaint_needle (the quoted property name, '' = every row), never on every event. Without
-- $all_journeys only the contact counts are computed (journeys and complaints are 0; compareWindows of a
-- contact rate skips the complaint scan).
WITH windows AS (
  SELECT CAST(f AS DOUBLE) * 1000 AS from_us, CAST(t AS DOUBLE) * 1000 AS to_us, w
  FROM (SELECT unnest($window_from) AS f, unnest($window_to) AS t, generate_subscripts($window_from, 1) AS w)
), contact_events AS (
  SELECT case_id, coalesce(customer_id, anonymous_id, case_id) AS owner, epoch_ms(ts) AS ts_ms, seq,
         CASE $repeat_key
           WHEN 'topic' THEN coalesce(json_extract_string(properties, $topic_path), '')
           WHEN 'channel' THEN coalesce(channel, '')
           ELSE '' END AS contact_key,
         json_extract_string(properties, $resolved_path) AS resolved
  FROM {{events}} e
  WHERE list_contains($contact_channels, channel) AND ($any_activity OR list_contains($contact_activities, activity))
), starts AS (
  -- Journey starts (a plain aggregate over all journeys is cheaper than a semi-join to the contact ones).
  SELECT case_id, min(ts) AS start_ts FROM {{events}} e WHERE $windowed GROUP BY case_id
), journeys AS (
  SELECT s.case_id, w.w
  FROM starts s JOIN windows w ON epoch_us(s.start_ts) >= w.from_us AND epoch_us(s.start_ts) < w.to_us
), flagged AS (
  -- Every event with its complaint flag (the journey count and the complaints in one scan). CASE, unlike
  -- AND, evaluates the JSON extraction only on the rows whose text holds the needle.
  SELECT case_id,
         list_contains($complaint_activities, activity)
           OR CASE WHEN contains(properties, $complaint_needle)
                   THEN coalesce(json_extract_string(properties, $complaint_path) = 'true', false)
                   ELSE false END AS is_complaint
  FROM {{events}} e
), contacts AS (
  SELECT c.*, j.w FROM contact_events c JOIN journeys j ON j.case_id = c.case_id WHERE $windowed
  UNION ALL
  SELECT c.*, 1 AS w FROM contact_events c WHERE NOT $windowed
), journey_counts AS (
  SELECT w, count(*) AS journeys, NULL AS journeys_with_complaint, NULL AS complaints
  FROM journeys WHERE $all_journeys GROUP BY w
  UNION ALL
  SELECT j.w, NULL, count(DISTINCT c.case_id), count(*)
  FROM flagged c JOIN journeys j ON j.case_id = c.case_id
  WHERE $windowed AND $all_journeys AND c.is_complaint
  GROUP BY j.w
  UNION ALL
  SELECT 1, count(DISTINCT case_id), count(DISTINCT case_id) FILTER (WHERE is_complaint), count(*) FILTER (WHERE is_complaint)
  FROM flagged WHERE NOT $windowed AND $all_journeys
), timed AS (
  -- The previous and next contact of the same customer and key (one window; the journey's first contact is
  -- then an aggregate, cheaper than a second window per journey).
  SELECT w, case_id, ts_ms, resolved,
         CAST(ts_ms AS HUGEINT) * 18446744073709551616 + seq AS k,
         lag(ts_ms) OVER by_key AS previous_ms,
         lead(ts_ms) OVER by_key AS next_ms
  FROM contacts
  WINDOW by_key AS (PARTITION BY w, owner, contact_key ORDER BY ts_ms, seq)
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
       coalesce(j.journeys_with_complaint, 0) AS journeys_with_complaint,
       coalesce(j.complaints, 0) AS complaints
FROM windows w
LEFT JOIN (SELECT w, sum(journeys) AS journeys, sum(journeys_with_complaint) AS journeys_with_complaint,
                  sum(complaints) AS complaints
           FROM journey_counts GROUP BY w) j ON j.w = w.w
LEFT JOIN contact_counts c ON c.w = w.w
LEFT JOIN first_contact_counts f ON f.w = w.w
ORDER BY w.w;
