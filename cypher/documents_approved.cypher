// Question: Which documents did meetings approve between two dates, and who chaired those meetings?
// Parameters: $from, $to — ISO dates bounding the meeting date (inclusive), e.g. 2021-01-01 and 2021-12-31
MATCH (meeting:Meeting)-[approved:APPROVED]->(document:Document)
WITH meeting, document, coalesce(meeting.date, approved.first_seen) AS date
WHERE $from <= date <= $to
OPTIONAL MATCH (chair:Official)-[:CHAIRED]->(meeting)
RETURN date, meeting.name AS meeting, document.name AS document, collect(chair.name) AS chaired_by
ORDER BY date, meeting, document
