-- Issue 14: a successful HTTP Basic login is remembered for a short while (identity.LoginCache), so
-- that a REST call does not spend three of its four transactions on the password, the groups and
-- the tenants of the caller. Every change of a user, a membership, a group or a tenant — on any node
-- of a cluster — raises this revision in the transaction that makes the change; a node trusts what
-- it remembered only while the revision it read then is still the current one.
create table identity_revision (
  id int primary key,
  revision bigint not null
);

insert into identity_revision (id, revision) values (1, 0);
