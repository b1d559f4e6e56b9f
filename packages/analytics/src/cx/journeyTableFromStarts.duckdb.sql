-- The journey table of journeyTable.duckdb.sql (case_id, start_us) for a scope without an event filter, read
-- from the starts each version recorded at import (journey_starts, store/recordJourneyStarts.duckdb.sql)
-- instead of aggregating every event: a journey's start is the earliest over the versions the scope reads.
-- $single_version: at most one of those versions added events, so each journey has at most one row.
CREATE TEMP TABLE {{journeys}} AS
SELECT case_id, start_us
FROM journey_starts
WHERE $single_version AND dataset = $f_dataset AND dataset_version <= $f_version
UNION ALL
SELECT case_id, min(start_us)
FROM journey_starts
WHERE NOT $single_version AND dataset = $f_dataset AND dataset_version <= $f_version
GROUP BY case_id;
