-- Roadmaps keep the approval blocks of their document («УТВЕРЖДЕНА приказом … от … № …»,
-- «УТВЕРЖДАЮ Директор … И.И. Иванов») as fields, out of the title, and whose roadmap the document
-- says it is; owner_confirmed records that the reviewer confirmed a document naming another owner.

create table roadmap_approval (
  roadmap_id bigint not null references roadmap (id),
  sort_order integer not null,
  kind varchar(40) not null,
  document_kind varchar(100),
  body varchar(1000),
  approved_on date,
  number varchar(100),
  annex varchar(100),
  signatory_position varchar(1000),
  signatory_name varchar(300),
  text varchar(4000) not null,
  primary key (roadmap_id, sort_order)
);

alter table roadmap add column document_owner varchar(1000);
alter table roadmap add column owner_confirmed boolean not null default false;

-- A roadmap withdrawn before its period is over: why, when and by whom; its occurrences still
-- undone are cancelled with the reason.
alter table roadmap add column withdrawn_at timestamp(6) with time zone;
alter table roadmap add column withdrawn_by varchar(64);
alter table roadmap add column withdrawal_reason varchar(1000);
alter table roadmap_occurrence add column cancel_reason varchar(1000);
