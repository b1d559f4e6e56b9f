-- Records the first event (epoch µs) of each journey among the events that version $version of $dataset
-- added. Runs inside the version's transaction (importEvents.ts writeVersion), so it commits or rolls back
-- with the events; backfillJourneyStarts.duckdb.sql does the same for a store made before journey_starts existed.
INSERT INTO journey_starts
SELECT $dataset, $version, case_id, epoch_us(min(ts))
FROM events
WHERE dataset = $dataset AND dataset_version = $version AND case_id IS NOT NULL
GROUP BY case_id;
