-- The live count of a matcher being edited (countMatches.ts): the events in scope that match it and the
-- journeys they belong to, with the matching of the measured map (traceMatches.duckdb.sql).
WITH {{include:traceMatches}}
)
SELECT coalesce(sum(len(list_filter(mp, ps -> len(ps) > 0))), 0) AS matched_events,
       count(*) FILTER (WHERE list_bool_or(list_transform(mp, ps -> len(ps) > 0))) AS journeys
FROM journeys;
