-- The contact events of {{events}} (shared by getServiceMetrics and contactTable): an event on one of
-- $contact_channels whose activity is one of $contact_activities (any activity when $any_activity), with its
-- owner (customer_id, else anonymous_id, else the journey), ts and seq (its place in event order), repeat key
-- ($repeat_key: the topic property, the channel, or '' for 'any') and resolved property.
SELECT case_id, coalesce(customer_id, anonymous_id, case_id) AS owner, ts, seq,
       CASE $repeat_key
         WHEN 'topic' THEN coalesce(json_extract_string(properties, $topic_path), '')
         WHEN 'channel' THEN coalesce(channel, '')
         ELSE '' END AS contact_key,
       json_extract_string(properties, $resolved_path) AS resolved
FROM {{events}} e
WHERE list_contains($contact_channels, channel) AND ($any_activity OR list_contains($contact_activities, activity))
