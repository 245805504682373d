-- CSV uploads of vacancies waiting for their owner's confirmation after the preview, outside the HTTP session (so
-- that a preview costs no memory and works on any instance). Each is named by a random id that only the user and
-- organisation that uploaded it can use; they expire after an hour and are few per user (see ImportUploads).
create table dwelling_import_upload (
    id varchar(36) primary key,
    username varchar(100) not null,
    organisation_id bigint not null,
    filename varchar(255) not null,
    content bytea not null,
    size_bytes integer not null,
    uploaded_at timestamp with time zone not null
);

create index dwelling_import_upload_owner_idx on dwelling_import_upload (username, organisation_id);
create index dwelling_import_upload_uploaded_at_idx on dwelling_import_upload (uploaded_at);
