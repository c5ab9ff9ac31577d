package dev.newsflow.enrich.nlp;

import dev.newsflow.model.EntityType;

/** One place where an article names an entity: the words as written and the kind the name finder gave them. */
record Mention(String text, EntityType type) {}
