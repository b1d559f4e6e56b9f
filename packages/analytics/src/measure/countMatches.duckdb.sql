-- The live count of a matcher being edited (countMatches.ts): the events in scope that match it and the
-- journeys they belong to, with the matching of the measured map (traceMatches.duckdb.sql).
WITH {{include:traceMatches}}
)
SELECT coalesce(sum(len(list_filter(evmin, m -> m IS NOT NULL))), 0) AS matched_events,
       count(*) FILTER (WHERE list_min(evmin) IS NOT NULL) AS journeys
FROM journeys;
