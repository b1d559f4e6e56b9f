-- The channels in scope, each with a dense code (built once per base trace set, caseTraces.ts); events
-- without a channel get no code (NULL), so no channel filter keeps them.
CREATE TEMP TABLE {{channels}} AS
SELECT channel, CAST(row_number() OVER (ORDER BY channel) AS INTEGER) AS ch
FROM (SELECT DISTINCT channel FROM {{events}} e WHERE channel IS NOT NULL);
