package dev.newsflow.enrich.nlp;

import dev.newsflow.model.EntityType;

/**
 * One place where an article names an entity.
 *
 * @param text the words as written
 * @param type the kind the name finder (or a rule) gave them
 * @param sentence the sentence it stands in, from 0
 * @param sentenceInitial whether it starts its sentence, where capitals prove nothing
 */
record Mention(String text, EntityType type, int sentence, boolean sentenceInitial) {}
