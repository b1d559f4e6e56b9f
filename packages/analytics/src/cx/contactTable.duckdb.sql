-- The service contacts of one scope + filter and contact definition, built once and shared by the service
-- metrics of compareWindows (contactTable.ts): one row per contact (an event on one of $contact_channels
-- whose activity is one of $contact_activities, any activity when $any_activity) with its owner (customer_id,
-- else anonymous_id, else the journey), ts and seq, repeat key ($repeat_key: the topic property, the
-- channel, or '' for 'any'), resolved property, and its journey's start ({{journeys}}.start_us of
-- journeyTable.duckdb.sql, which holds every journey of the same events). The properties JSON is parsed here
-- once, on the contacts only.
CREATE TEMP TABLE {{contacts}} AS
SELECT c.case_id, c.owner, c.ts, c.seq, c.contact_key, c.resolved, j.start_us
FROM (
  {{include:contactEvents}}
) c
JOIN {{journeys}} j ON j.case_id = c.case_id;
