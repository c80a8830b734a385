-- Group mentoring: several pairs with one mentor share a group code.
alter table mentoring_pair add column group_code varchar(64);
