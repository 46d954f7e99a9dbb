package dev.baton.bot.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.knowledge.answer.Citation;
import java.util.List;

/** The JSON kept in text columns: a conversation's customer context and a message's citations. */
final class StoredJson {
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {};

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            // Rows written by an older Baton may carry a field since removed; reading them must still work.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(CustomerContext context) {
        return writeValue(context);
    }

    String write(List<Citation> citations) {
        return writeValue(citations);
    }

    CustomerContext readContext(String conversationId, String json) {
        try {
            return mapper.readValue(json, CustomerContext.class);
        } catch (JsonProcessingException e) {
            throw unreadable("the customer context of conversation " + conversationId, e);
        }
    }

    List<Citation> readCitations(String messageId, String json) {
        try {
            return mapper.readValue(json, CITATIONS);
        } catch (JsonProcessingException e) {
            throw unreadable("the citations of message " + messageId, e);
        }
    }

    private String writeValue(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings, numbers and enums are always writable as JSON", e);
        }
    }

    private static StorageException unreadable(String what, Exception cause) {
        return new StorageException(StorageErrorCode.UNREADABLE_ROW, "Cannot read " + what + " from the database: "
                + "its JSON does not fit (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
