-- A person whose personal data was erased (consent withdrawn or the person deleted): the row stays,
-- so that statistics keep counting them, but without name, contacts and login.
alter table person add column anonymized_at timestamp(6) with time zone;
