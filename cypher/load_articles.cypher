// Upsert articles by key ("article:<file stem>#<index>"); an article comes from one page, so SET replaces.
// Parameters: $rows — [{key, id, source, paper, issue_number, issue_date, event_date, title, reporters,
//             start, end, headline_spans, body_spans}]; offsets are into the original page file.
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a.id = row.id, a.source = row.source, a.paper = row.paper, a.issue_number = row.issue_number,
    a.issue_date = row.issue_date, a.event_date = row.event_date, a.title = row.title,
    a.reporters = row.reporters, a.start = row.start, a.end = row.end,
    a.headline_spans = row.headline_spans, a.body_spans = row.body_spans
