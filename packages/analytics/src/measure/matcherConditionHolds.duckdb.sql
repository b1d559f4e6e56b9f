-- Whether an event (alias e) meets one condition of a touchpoint matcher (alias d: op, txt, num and json_path,
-- the JSON path of a property condition), as the domain's matchesEvent defines it (compileMatchers.ts encodes
-- the conditions): 'channel' — the event's channel is one of the \x1f-separated names in txt; 'eq'/'ne'/'in'/
-- 'contains' compare the property's text (ne holds when it is missing); 'gt'/'lt' compare a number (num) or an
-- instant (txt). A property that is missing or unreadable never holds. Included by journeyMatches.duckdb.sql
-- and traceMatches.duckdb.sql: the one place a condition operator is written.
coalesce(
  CASE d.op
    WHEN 'channel' THEN list_contains(string_split(d.txt, chr(31)), e.channel)
    WHEN 'eq' THEN json_extract_string(e.properties, d.json_path) = d.txt
    WHEN 'ne' THEN json_extract_string(e.properties, d.json_path) IS DISTINCT FROM d.txt
    WHEN 'in' THEN list_contains(string_split(d.txt, chr(31)), json_extract_string(e.properties, d.json_path))
    WHEN 'contains' THEN contains(json_extract_string(e.properties, d.json_path), d.txt)
    WHEN 'gt' THEN CASE WHEN d.num IS NOT NULL
                        THEN TRY_CAST(json_extract_string(e.properties, d.json_path) AS DOUBLE) > d.num
                        ELSE TRY_CAST(json_extract_string(e.properties, d.json_path) AS TIMESTAMPTZ)
                             > TRY_CAST(d.txt AS TIMESTAMPTZ) END
    WHEN 'lt' THEN CASE WHEN d.num IS NOT NULL
                        THEN TRY_CAST(json_extract_string(e.properties, d.json_path) AS DOUBLE) < d.num
                        ELSE TRY_CAST(json_extract_string(e.properties, d.json_path) AS TIMESTAMPTZ)
                             < TRY_CAST(d.txt AS TIMESTAMPTZ) END
  END, false)
