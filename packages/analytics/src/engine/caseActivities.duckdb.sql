-- The activities in scope, each with a dense code numbered in the activities' sort order (so that ordering
-- lists of codes orders the activity names the same way). Built once per cached trace set (caseTraces.ts).
CREATE TEMP TABLE {{activities}} AS
SELECT activity, CAST(row_number() OVER (ORDER BY activity) AS INTEGER) AS act
FROM (SELECT DISTINCT activity FROM {{events}} e);
