-- The journeys of one scope + filter with their first event (epoch µs, what a journey window compares),
-- built once and shared by the windowed metrics of compareWindows (journeyTable.ts). One hash aggregate
-- over the events; the metrics then join their few rows (contacts, answers, complaints, conversion steps)
-- to it instead of each computing every journey's start again.
CREATE TEMP TABLE {{journeys}} AS
SELECT case_id, epoch_us(min(ts)) AS start_us
FROM {{events}} e
GROUP BY case_id;
