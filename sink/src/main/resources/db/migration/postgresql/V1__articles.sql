-- One row per article id: re-delivery overwrites, never duplicates.
CREATE TABLE articles (
    id             TEXT PRIMARY KEY,
    schema_version INTEGER NOT NULL,
    url            TEXT,
    source         TEXT,
    title          TEXT NOT NULL,
    authors        JSONB NOT NULL,
    published_at   TEXT,        -- ISO-8601 date or date-time, as in the record
    language       TEXT,
    body           TEXT NOT NULL,
    entities       JSONB NOT NULL,
    topics         JSONB NOT NULL,
    models         JSONB NOT NULL,
    ingested_at    TIMESTAMPTZ NOT NULL,
    enriched_at    TIMESTAMPTZ NOT NULL,
    stored_at      TIMESTAMPTZ NOT NULL,
    record         JSONB NOT NULL -- the enriched record as consumed, fields unknown to this version included
);

CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_ingested_at ON articles (ingested_at);
