-- Issue 13: a roadmap item linked at review to a fact the system records (SystemFact): its
-- occurrences close themselves when the fact is there and its indicator's fact is counted.
alter table roadmap_item add column system_fact varchar(40);
