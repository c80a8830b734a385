-- The load of a municipality's mentors (pairs that occupy a place) is counted by organization and status
-- at every ranking of candidates and every bank assignment.
create index ix_pair_organization_status on mentoring_pair (organization_id, status);
