-- Per-key request quotas for integrators (issue 22): requests allowed per newsroom.api-keys.quota-window.
-- Empty means the configured default (newsroom.api-keys.default-quota), so changing it reaches every such key.
alter table api_key add column quota integer check (quota between 1 and 1000000);
