-- Service metrics over the journeys in scope. A contact is an event on one of $contact_channels whose
-- activity is one of $contact_activities (any activity when $any_activity). Contacts are keyed per
-- customer (customer_id, else anonymous_id, else the journey) and by $repeat_key: the topic property,
-- the channel, or nothing ('any'). A contact is a repeat when the same customer made a contact with the same
-- key at most $window_ms before it; a journey's first contact is "followed up" when such a contact comes
-- at most $window_ms after it. It is resolved at first contact when not followed up and its resolved
-- property is not 'false'. A complaint is an event whose activity is one of $complaint_activities or
-- whose complaint property is 'true'.
WITH ev AS (
  SELECT case_id, customer_id, anonymous_id, activity, channel, properties, epoch_ms(ts) AS ts_ms, seq
  FROM {{events}} e
), contacts AS (
  SELECT case_id, coalesce(customer_id, anonymous_id, case_id) AS owner, ts_ms, seq,
         CASE $repeat_key
           WHEN 'topic' THEN coalesce(json_extract_string(properties, $topic_path), '')
           WHEN 'channel' THEN coalesce(channel, '')
           ELSE '' END AS contact_key,
         json_extract_string(properties, $resolved_path) AS resolved
  FROM ev
  WHERE list_contains($contact_channels, channel) AND ($any_activity OR list_contains($contact_activities, activity))
), timed AS (
  SELECT *,
         lag(ts_ms) OVER (PARTITION BY owner, contact_key ORDER BY ts_ms, seq) AS previous_ms,
         lead(ts_ms) OVER (PARTITION BY owner, contact_key ORDER BY ts_ms, seq) AS next_ms,
         row_number() OVER (PARTITION BY case_id ORDER BY ts_ms, seq) AS nth_in_journey
  FROM contacts
), first_contacts AS (
  SELECT next_ms IS NOT NULL AND next_ms - ts_ms <= $window_ms AS followed_up, resolved
  FROM timed WHERE nth_in_journey = 1
), complaints AS (
  SELECT case_id, count(*) AS events
  FROM ev
  WHERE list_contains($complaint_activities, activity) OR json_extract_string(properties, $complaint_path) = 'true'
  GROUP BY case_id
)
SELECT (SELECT count(DISTINCT case_id) FROM ev) AS journeys,
       (SELECT count(DISTINCT case_id) FROM contacts) AS journeys_with_contact,
       (SELECT count(*) FROM contacts) AS contacts,
       (SELECT count(*) FROM timed WHERE previous_ms IS NOT NULL AND ts_ms - previous_ms <= $window_ms) AS repeat_contacts,
       (SELECT count(*) FILTER (WHERE followed_up) FROM first_contacts) AS first_contacts_followed_up,
       (SELECT count(*) FILTER (WHERE NOT followed_up AND resolved IS DISTINCT FROM 'false') FROM first_contacts) AS resolved_first_contacts,
       (SELECT count(*) FROM complaints) AS journeys_with_complaint,
       (SELECT coalesce(sum(events), 0) FROM complaints) AS complaints;
