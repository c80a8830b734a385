-- The scanned paper of a signed consent (issue 12): one per consent, replaced by a new upload,
-- deleted with the person's personal data. Kept apart from consent so that lists of consents
-- never load the file. Written in the SQL subset shared by PostgreSQL and H2 2.x.
create table consent_scan (
  consent_id bigint not null primary key references consent (id),
  file_name varchar(200) not null,
  content_type varchar(40) not null,
  size_bytes integer not null,
  content bytea not null,
  uploaded_by varchar(64) not null,
  uploaded_at timestamp(6) with time zone not null
);
