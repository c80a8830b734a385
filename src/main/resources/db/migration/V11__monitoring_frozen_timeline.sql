-- The dates of an opened monitoring year, fixed when it opens: a later change of the
-- municipality's calendar applies to the years opened after it and never silently moves these.
alter table monitoring_campaign add column timeline varchar(1000);
