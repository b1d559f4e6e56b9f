-- The distinct non-null values of one column in scope ($column 'activity' or 'channel'), sorted.
SELECT DISTINCT CASE $column WHEN 'channel' THEN channel ELSE activity END AS value
FROM {{events}} e
WHERE value IS NOT NULL
ORDER BY value;
