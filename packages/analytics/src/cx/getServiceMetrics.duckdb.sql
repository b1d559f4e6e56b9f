-- Service metrics over the journeys in scope (one row; the journey windows of compareWindows are
-- getServiceCountsByWindow.duckdb.sql). A contact is an event on one of $contact_channels whose activity is
-- one of $contact_activities (any activity when $any_activity). Contacts are keyed per customer
-- (customer_id, else anonymous_id, else the journey) and by $repeat_key: the topic property, the channel, or
-- nothing ('any'). A contact is a repeat when the same customer made a contact with the same key at most
-- $window_ms before it; a journey's first contact is "followed up" when such a contact comes at most
-- $window_ms after it. It is resolved at first contact when not followed up and its resolved property is
-- not 'false'. A complaint is an event whose activity is one of $complaint_activities or whose complaint
-- property is 'true'; the JSON is only parsed on rows whose text holds $complaint_needle (the quoted
-- property name, '' = every row), never on every event. Without $all_journeys only the contact counts are
-- computed (journeys and complaints are 0).
WITH contact_events AS (
  {{include:contactEvents}}
), flagged AS (
  -- Every event with its complaint flag (the journey count and the complaints in one scan). CASE, unlike
  -- AND, evaluates the JSON extraction only on the rows whose text holds the needle.
  SELECT case_id,
         list_contains($complaint_activities, activity)
           OR CASE WHEN contains(properties, $complaint_needle)
                   THEN coalesce(json_extract_string(properties, $complaint_path) = 'true', false)
                   ELSE false END AS is_complaint
  FROM {{events}} e
), journey_counts AS (
  SELECT count(DISTINCT case_id) AS journeys,
         count(DISTINCT case_id) FILTER (WHERE is_complaint) AS journeys_with_complaint,
         count(*) FILTER (WHERE is_complaint) AS complaints
  FROM flagged WHERE $all_journeys
), timed AS (
  -- The previous and next contact of the same customer and key (one window; the journey's first contact is
  -- then an aggregate, cheaper than a second window per journey).
  SELECT case_id, epoch_ms(ts) AS ts_ms, resolved,
         {{eventOrderKey}} AS k,
         lag(epoch_ms(ts)) OVER by_key AS previous_ms,
         lead(epoch_ms(ts)) OVER by_key AS next_ms
  FROM contact_events
  WINDOW by_key AS (PARTITION BY owner, contact_key ORDER BY {{eventOrder}})
), first_contacts AS (
  SELECT arg_min(next_ms IS NOT NULL AND next_ms - ts_ms <= $window_ms, k) AS followed_up,
         arg_min(resolved, k) AS resolved
  FROM timed
  GROUP BY case_id
), contact_counts AS (
  SELECT count(*) AS contacts,
         count(*) FILTER (WHERE previous_ms IS NOT NULL AND ts_ms - previous_ms <= $window_ms) AS repeat_contacts
  FROM timed
), first_contact_counts AS (
  SELECT count(*) AS journeys_with_contact,
         count(*) FILTER (WHERE followed_up) AS first_contacts_followed_up,
         count(*) FILTER (WHERE NOT followed_up AND resolved IS DISTINCT FROM 'false') AS resolved_first_contacts
  FROM first_contacts
)
SELECT coalesce(j.journeys, 0) AS journeys,
       f.journeys_with_contact,
       c.contacts,
       c.repeat_contacts,
       f.first_contacts_followed_up,
       f.resolved_first_contacts,
       coalesce(j.journeys_with_complaint, 0) AS journeys_with_complaint,
       coalesce(j.complaints, 0) AS complaints
FROM journey_counts j, contact_counts c, first_contact_counts f;
