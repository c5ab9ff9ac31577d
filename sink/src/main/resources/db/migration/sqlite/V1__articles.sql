-- One row per article id: re-delivery overwrites, never duplicates.
CREATE TABLE articles (
    id             TEXT PRIMARY KEY,
    schema_version INTEGER NOT NULL,
    url            TEXT,
    source         TEXT,
    title          TEXT NOT NULL,
    authors        TEXT NOT NULL, -- JSON array of strings
    published_at   TEXT,          -- ISO-8601 date or date-time, as in the record
    language       TEXT,
    body           TEXT NOT NULL,
    entities       TEXT NOT NULL, -- JSON array of {name, type, mentions, aliases}
    topics         TEXT NOT NULL, -- JSON array of {label, score}
    models         TEXT NOT NULL, -- JSON object: model name -> version
    ingested_at    TEXT NOT NULL, -- ISO-8601 instant
    enriched_at    TEXT NOT NULL,
    stored_at      TEXT NOT NULL,
    record         TEXT NOT NULL  -- the enriched record exactly as consumed, fields unknown to this version included
);

CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_ingested_at ON articles (ingested_at);
