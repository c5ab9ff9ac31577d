package dev.newsflow.model;

/** The kinds of named entity an enriched article carries. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC,
    DATE,
    MONEY,
    PERCENT
}
