-- Letters the mail server did not take are tried again: how often, when last, and why it failed.
alter table notification add column attempts integer default 0 not null;
alter table notification add column last_attempt_at timestamp(6) with time zone;
alter table notification add column last_error varchar(1000);
create index ix_notification_undelivered on notification (status, created_at);
