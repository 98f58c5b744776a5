-- The moderator queue lists the most recently hidden reports, so that a hide can be undone.
create index report_hidden_recent_idx on report (id desc) where status = 'HIDDEN';
