-- Matcher suggestions (suggestActivities.ts): the activities of a channel's events that no other touchpoint
-- of the map matches, most events first. The other touchpoints' matchers come as journeyMatches' $tp_*/$cond_*
-- (compileMatchers.ts); a channel is one of $channel_names after normalising the event's channel text as
-- normalizeChannelName does (lower case, runs of spaces/underscores/hyphens one hyphen, none at the ends).
-- Activities in $own_activities (the touchpoint's own) are left out. other_channel_events: the activity's
-- events in scope whose channel is not exactly this one (what a channel condition would leave out).
WITH {{include:journeyMatches}}
), elsewhere AS (
  SELECT DISTINCT k FROM matches
), channel_events AS (
  SELECT e.activity, e.channel, e.case_id
  FROM {{events}} e
  ANTI JOIN elsewhere m ON m.k = {{eventOrderKey:e}}
  WHERE e.channel IS NOT NULL
    AND list_contains(
      $channel_names,
      regexp_replace(regexp_replace(lower(e.channel), '[\s_-]+', '-', 'g'), '^-|-$', '', 'g')
    )
    AND NOT list_contains($own_activities, e.activity)
), counted AS (
  SELECT activity, channel, count(*) AS events, count(DISTINCT case_id) AS journeys
  FROM channel_events
  GROUP BY activity, channel
), per_channel AS (
  SELECT e.activity, e.channel, count(*) AS n
  FROM {{events}} e
  SEMI JOIN (SELECT DISTINCT activity FROM counted) a ON a.activity = e.activity
  GROUP BY e.activity, e.channel
), totals AS (
  SELECT activity, channel, n, sum(n) OVER (PARTITION BY activity) AS activity_total
  FROM per_channel
)
SELECT c.activity, c.channel, c.events, c.journeys, t.activity_total - t.n AS other_channel_events
FROM counted c
JOIN totals t ON t.activity = c.activity AND t.channel = c.channel
ORDER BY c.events DESC, c.journeys DESC, c.activity, c.channel
LIMIT $max_rows
