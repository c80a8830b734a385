-- The municipal report keeps the figures of every organization: 20,000 characters held about 35.
alter table monitoring_report alter column figures set data type varchar(1000000);
