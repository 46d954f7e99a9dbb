package dev.baton.knowledge.answer;

import java.util.Set;

/** Common English function words: they say nothing about what a question is about. */
final class Stopwords {
    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "else", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "about", "as", "into", "over", "under", "up", "down", "out", "off", "is", "are", "was",
            "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have", "has", "had", "having",
            "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its",
            "they", "them", "their", "this", "that", "these", "those", "there", "here", "what", "which", "who",
            "whom", "whose", "when", "where", "why", "how", "can", "could", "should", "would", "will", "shall",
            "may", "might", "must", "not", "no", "yes", "so", "too", "very", "just", "also", "any", "some", "all",
            "each", "every", "much", "many", "more", "most", "other", "same", "such", "than", "only", "own", "again",
            "please", "thanks", "thank", "hi", "hello", "hey", "way", "get", "got", "want", "need", "know", "like",
            "i'm", "i've", "can't", "don't", "doesn't", "isn't", "it's", "what's", "there's");

    private Stopwords() {}

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
