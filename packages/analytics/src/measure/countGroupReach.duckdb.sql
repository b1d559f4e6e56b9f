-- The journeys in scope that reach any touchpoint of a group (countGroupReach.ts), for many groups that may
-- share touchpoints, with the matching of the measured map (traceMatches.duckdb.sql).
-- $group_index / $group_position: one pair per (group, touchpoint position).
WITH {{include:traceMatches}}
), reached AS MATERIALIZED (
  -- per journey every position one of its events matches, once
  SELECT c, unnest(list_distinct(flatten(
           CASE WHEN lookup_only THEN list_transform(k, x -> m[x]) ELSE mp END))) AS pos
  FROM journeys
), groups AS (
  SELECT CAST(unnest($group_index) AS INTEGER) AS g, CAST(unnest($group_position) AS INTEGER) AS pos
)
SELECT -1 AS group_index, count(*) AS journeys FROM journeys
UNION ALL
SELECT g.g, count(DISTINCT r.c)
FROM groups g
JOIN reached r ON r.pos = g.pos
GROUP BY g.g;
