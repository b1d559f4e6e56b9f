-- The size and time span of the events in scope.
SELECT count(*) AS events,
       count(DISTINCT case_id) AS cases,
       count(DISTINCT activity) AS activities,
       epoch_ms(min(ts)) AS first_ms,
       epoch_ms(max(ts)) AS last_ms
FROM {{events}} e;
