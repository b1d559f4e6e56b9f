-- The journey starts of every version of a store written before they were recorded at import
-- (recordJourneyStarts.duckdb.sql does the same for one version), and each version's event count.
DELETE FROM journey_starts;
INSERT INTO journey_starts
SELECT dataset, dataset_version, case_id, epoch_us(min(ts))
FROM events
WHERE case_id IS NOT NULL
GROUP BY dataset, dataset_version, case_id;
INSERT INTO journey_starts_recorded
SELECT v.dataset, v.dataset_version, count(e.dataset)
FROM dataset_versions v
LEFT JOIN events e ON e.dataset = v.dataset AND e.dataset_version = v.dataset_version
GROUP BY v.dataset, v.dataset_version;
