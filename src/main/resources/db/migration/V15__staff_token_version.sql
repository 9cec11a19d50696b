-- Access tokens carry the version of the account they were issued for. A password reset or change, a role change
-- and a deactivation raise it, so that every token issued before is refused at once rather than at its expiry.
alter table staff_user add column token_version integer not null default 0;
