-- Issue 14: the monitoring figures and the dashboard of a region (150,000 pairs) read kept-up sums
-- instead of joining every request with its pairs and every rating with its meeting on each call.
-- reporting.ReportingSums keeps them in the transaction that changes a pair, a meeting or a feedback;
-- V27 fills the monthly ratings of the data already there.

-- A request is «served» while a pair that is forming, working or completed serves it (PairStatus.SERVING);
-- a person has a mentor when one of her requests has an active or completed pair (PairStatus.WITH_MENTOR).
alter table mentoring_request add column served boolean default false not null;
alter table person add column with_mentor boolean default false not null;

update mentoring_request set served = true where exists (select 1 from mentoring_pair mp
  where mp.request_id = mentoring_request.id and mp.status in ('PROPOSED', 'MENTOR_CONFIRMED', 'CONFIRMED', 'ACTIVE', 'COMPLETED'));
update person set with_mentor = true where exists (select 1 from mentoring_request r join mentoring_pair mp on mp.request_id = r.id
  where r.mentee_id = person.id and mp.status in ('ACTIVE', 'COMPLETED'));

-- The ratings of the held meetings of an organization, by the calendar month (in the municipality's
-- time zone) the meeting was held in: all ratings, and the mentees' own.
create table satisfaction_month (
  organization_id bigint not null references organization (id),
  month_start timestamp(6) with time zone not null,
  ratings int not null,
  total bigint not null,
  mentee_ratings int not null,
  mentee_total bigint not null,
  primary key (organization_id, month_start)
);

-- Each feedback carries the organization of its program and, while its meeting is held, the moment it
-- was held: the figures of a period read the feedback of the meetings held in it from one index, instead
-- of joining a region's 900,000 feedback rows with their meetings and programs.
alter table meeting_feedback add column organization_id bigint references organization (id);
alter table meeting_feedback add column meeting_held_at timestamp(6) with time zone;

update meeting_feedback set
  organization_id = (select p.organization_id from program_meeting m join mentoring_program p on p.id = m.program_id
    where m.id = meeting_feedback.meeting_id),
  meeting_held_at = (select m.held_at from program_meeting m where m.id = meeting_feedback.meeting_id and m.status = 'HELD');

-- The current counts of each organization: the mentees in its bank (people with a request accepted into it,
-- RequestStatus.IN_BANK), its young specialists and how many of them have a mentor. Filled by V27.
create table organization_sums (
  organization_id bigint primary key references organization (id),
  mentees_in_bank int not null,
  young_specialists int not null,
  young_with_mentor int not null
);

create index ix_feedback_held_figures on meeting_feedback (meeting_held_at, organization_id, submitted_at, due_at, rating);
create index ix_person_organization_young on person (organization_id, category, with_mentor);
create index ix_request_organization_served on mentoring_request (organization_id, served, status);
