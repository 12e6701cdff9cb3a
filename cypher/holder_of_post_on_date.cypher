// Question: Who held post $post on date $date? Officials seen in the post on both sides of the date come first
//           (covers = true), then those last seen in it before the date, the most recent first.
// Parameters: $post — the post as written, e.g. 市长; $date — an ISO date, e.g. 2020-07-01
MATCH (official:Official)-[held:HOLDS_POSITION]->(:Post {name: $post})
WHERE held.first_seen <= $date
RETURN official.name AS official, official.key AS key, held.first_seen AS first_seen, held.last_seen AS last_seen,
       held.last_seen >= $date AS covers
ORDER BY covers DESC, last_seen DESC, official
