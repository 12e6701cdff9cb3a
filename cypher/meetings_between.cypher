// Question: Which meetings took place between two dates, who chaired them and how many officials attended?
// Parameters: $from, $to — ISO dates (inclusive), e.g. 2021-03-01 and 2021-03-31
MATCH (meeting:Meeting)
WHERE $from <= meeting.date <= $to
OPTIONAL MATCH (chair:Official)-[:CHAIRED]->(meeting)
OPTIONAL MATCH (attendee:Entity)-[:ATTENDED]->(meeting)
RETURN meeting.date AS date, meeting.name AS meeting, collect(DISTINCT chair.name) AS chaired_by,
       count(DISTINCT attendee) AS attendees
ORDER BY date, meeting
