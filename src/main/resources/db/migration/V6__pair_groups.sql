-- Group mentoring: several pairs with one mentor share a group code.
alter table mentoring_pair add column group_code varchar(64);

-- The mentee's category as stated in the request (молодой специалист, новый сотрудник ...).
alter table mentoring_request add column category varchar(40);
