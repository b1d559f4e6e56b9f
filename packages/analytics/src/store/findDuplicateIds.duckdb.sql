-- The first event id that occurs twice inside one import, with the two positions (and source lines).
SELECT event_id,
       min(pos) AS first_pos, max(pos) AS second_pos,
       arg_min(source_line, pos) AS first_line, arg_max(source_line, pos) AS second_line
FROM (SELECT event_id, pos, source_line, count(*) OVER (PARTITION BY event_id) AS n FROM {{staging}}) d
WHERE n > 1
GROUP BY event_id
ORDER BY first_pos
LIMIT 1;
