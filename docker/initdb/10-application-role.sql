-- The ordinary role the application connects as; row-level security applies to it. The migrations (run as the
-- owner, matchpunt) grant it its rights on the tables.
create role matchpunt_app login password 'matchpunt_app';
