-- Indexes of the monitoring figures (/api/monitoring/figures, MonitoringMetrics) and the managers'
-- dashboard (/api/dashboard, DashboardService), chosen from their plans on RegionScaleBenchmark's data
-- (150,000 pairs, 450,000 meetings, 900,000 feedback rows); see docs/benchmarks.md.

-- Meetings of a period: held ones by the moment they were held, the others by their planned day
-- (a BitmapOr of both instead of reading all meetings).
create index ix_meeting_status_held on program_meeting (status, held_at);
create index ix_meeting_planned on program_meeting (planned_on);

-- Feedback of the period's held meetings, read from the index alone meeting by meeting
-- instead of joining all feedback rows.
create index ix_feedback_meeting_figures on meeting_feedback (meeting_id, submitted_at, due_at, rating);

-- The dashboard's years: the first feedback before (or after) the years already known is a short range.
create index ix_feedback_submitted on meeting_feedback (submitted_at);

-- The dashboard's years: the first proposal of each organization's pairs is the first entry of its range.
create index ix_pair_organization_proposed on mentoring_pair (organization_id, proposed_at);

-- Active pairs and pairs ended in the period, without reading the others.
create index ix_pair_status_ended on mentoring_pair (status, ended_at);

-- Pairs with a mentor or serving a request: the request ids of those statuses for the hashed sets of
-- young specialists with a mentor and of requests without a mentor.
create index ix_pair_status_request on mentoring_pair (status, request_id);

-- Mentees in the bank: requests in order of organization and mentee, no sort for count(distinct).
create index ix_request_organization_mentee on mentoring_request (organization_id, mentee_id, status);
