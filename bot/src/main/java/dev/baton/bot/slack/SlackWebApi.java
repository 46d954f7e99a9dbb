package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.conversations.ConversationsHistoryRequest;
import com.slack.api.methods.request.conversations.ConversationsOpenRequest;
import com.slack.api.methods.request.conversations.ConversationsRepliesRequest;
import com.slack.api.methods.request.users.UsersInfoRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Message;
import com.slack.api.model.ResponseMetadata;
import com.slack.api.model.User;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls Baton makes, each checked with {@code ok} (HTTP 200 can still be a failure).
 * A 429 is retried after the {@code Retry-After} the Web API asked for (the SDK's synchronous
 * client does not retry), and a connection failure after a short pause, a bounded number of times.
 */
final class SlackWebApi {
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);
    static final int MAX_RETRIES = 5;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    private static final Duration CONNECTION_PAUSE = Duration.ofMillis(500);
    /** The Slack message metadata type that marks a part of Baton's reply to an accepted message. */
    static final String REPLY_MARK = "baton_reply";
    private static final int MAX_PAGES = 10;

    private final MethodsClient methods;
    private final RetryPolicy<Object> retries;

    SlackWebApi(MethodsClient methods) {
        this.methods = requireNonNull(methods, "methods is null");
        this.retries = RetryPolicy.builder()
                .handleIf(failure -> rateLimited(failure) || failure instanceof IOException)
                .withDelayFn(context -> waitBefore(context.getLastException()))
                .withMaxRetries(MAX_RETRIES)
                .onRetry(event -> log.warn("Slack Web API call failed ({}); retry {} of {}",
                        describe(event.getLastException()), event.getAttemptCount(), MAX_RETRIES))
                .build();
    }

    /** Posts a message (in a thread when {@code threadTs} is given) and returns its ts. */
    String postMessage(String channel, Optional<String> threadTs, SlackMessage message) {
        return post(channel, threadTs, message).ts();
    }

    /** Where a posted message landed: the channel's id (even when posted by name) and the message's ts. */
    record Posted(String channel, String ts) {}

    /** Posts a message and says where it landed. */
    Posted post(String channel, Optional<String> threadTs, SlackMessage message) {
        return post(channel, threadTs, message, Optional.empty());
    }

    /**
     * Posts part {@code mark.part()} of the reply to an accepted message, carrying that mark as Slack
     * message metadata so {@link #hasReplyPart} can later tell whether Slack already has it.
     */
    Posted post(String channel, Optional<String> threadTs, SlackMessage message, Optional<ReplyMark> mark) {
        ChatPostMessageRequest request = ChatPostMessageRequest.builder()
                .channel(channel)
                .threadTs(threadTs.orElse(null))
                .text(message.text())
                .blocks(message.blocks())
                .metadata(mark.map(m -> new Message.Metadata(REPLY_MARK, Map.of("delivery", m.delivery(),
                        "part", m.part()))).orElse(null))
                .unfurlLinks(false)
                .build();
        ChatPostMessageResponse response = call("chat.postMessage", () -> methods.chatPostMessage(request));
        return new Posted(response.getChannel() == null ? channel : response.getChannel(), response.getTs());
    }

    /** Which accepted message (its delivery id) and which part of its reply a posted message is. */
    record ReplyMark(String delivery, int part) {}

    /**
     * Whether Slack already holds the marked part: looked up in the thread's replies, or (no thread: a
     * direct message) in the channel's messages since {@code since}. Used only when an earlier attempt
     * may have posted the part and died before recording it.
     */
    boolean hasReplyPart(String channel, Optional<String> threadTs, String since, ReplyMark mark) {
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String from = cursor;
            List<Message> messages;
            ResponseMetadata next;
            if (threadTs.isPresent()) {
                ConversationsRepliesResponse response = call("conversations.replies", () -> methods.conversationsReplies(
                        ConversationsRepliesRequest.builder().channel(channel).ts(threadTs.get()).cursor(from)
                                .limit(200).includeAllMetadata(true).build()));
                messages = response.getMessages();
                next = response.getResponseMetadata();
            } else {
                ConversationsHistoryResponse response = call("conversations.history", () -> methods.conversationsHistory(
                        ConversationsHistoryRequest.builder().channel(channel).oldest(since).inclusive(true)
                                .cursor(from).limit(200).includeAllMetadata(true).build()));
                messages = response.getMessages();
                next = response.getResponseMetadata();
            }
            if (messages != null && messages.stream().anyMatch(message -> marks(message, mark))) {
                return true;
            }
            cursor = next == null ? null : next.getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                return false;
            }
        }
        log.warn("Looked through {} pages of Slack channel {} without finding part {} of reply {}; posting it",
                MAX_PAGES, channel, mark.part(), mark.delivery());
        return false;
    }

    private static boolean marks(Message message, ReplyMark mark) {
        Message.Metadata metadata = message.getMetadata();
        if (metadata == null || !REPLY_MARK.equals(metadata.getEventType()) || metadata.getEventPayload() == null) {
            return false;
        }
        Object delivery = metadata.getEventPayload().get("delivery");
        Object part = metadata.getEventPayload().get("part");
        return mark.delivery().equals(delivery) && part instanceof Number number && number.intValue() == mark.part();
    }

    /** Posts a message only {@code user} sees. */
    void postEphemeral(String channel, String user, Optional<String> threadTs, SlackMessage message) {
        ChatPostEphemeralRequest request = ChatPostEphemeralRequest.builder()
                .channel(channel)
                .user(user)
                .threadTs(threadTs.orElse(null))
                .text(message.text())
                .blocks(message.blocks())
                .build();
        call("chat.postEphemeral", () -> methods.chatPostEphemeral(request));
    }

    /** The person's profile; their id as the name when the profile cannot be read. */
    SlackProfile profile(String userId) {
        try {
            UsersInfoResponse response =
                    call("users.info", () -> methods.usersInfo(UsersInfoRequest.builder().user(userId).build()));
            User user = response.getUser();
            User.Profile profile = user.getProfile();
            String name = firstNonBlank(profile == null ? null : profile.getDisplayName(), user.getRealName(),
                    user.getName(), userId);
            return new SlackProfile(name, Optional.ofNullable(profile).map(User.Profile::getTitle)
                    .filter(title -> !title.isBlank()), Optional.ofNullable(user.getTz()).filter(tz -> !tz.isBlank()));
        } catch (SlackException e) {
            // The answer matters more than the name: carry on with the id.
            log.warn("Could not read the Slack profile of {}: {}", userId, e.getMessage());
            return new SlackProfile(userId, Optional.empty(), Optional.empty());
        }
    }

    /** The id of the direct-message channel between Baton and the person. */
    String openDirectMessage(String userId) {
        ConversationsOpenResponse response = call("conversations.open", () -> methods.conversationsOpen(
                ConversationsOpenRequest.builder().users(java.util.List.of(userId)).build()));
        return response.getChannel().getId();
    }

    private <T extends SlackApiTextResponse> T call(String method, dev.failsafe.function.CheckedSupplier<T> call) {
        T response;
        try {
            response = Failsafe.with(retries).get(call);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SlackException(SlackErrorCode.WEB_API_FAILED, "Slack " + method + " failed after "
                    + "retries: " + describe(cause), cause);
        } catch (RuntimeException e) {
            throw new SlackException(SlackErrorCode.WEB_API_FAILED, "Slack " + method + " failed: " + e, e);
        }
        if (!response.isOk()) {
            throw new SlackException(SlackErrorCode.WEB_API_REFUSED, "Slack " + method + " answered ok:false, error "
                    + response.getError(), null);
        }
        if (response.getWarning() != null) {
            log.warn("Slack {} warned: {}", method, response.getWarning());
        }
        return response;
    }

    private static boolean rateLimited(Throwable failure) {
        return failure instanceof SlackApiException api && api.getResponse() != null
                && api.getResponse().code() == 429;
    }

    private static Duration waitBefore(Throwable failure) {
        if (!rateLimited(failure)) {
            return CONNECTION_PAUSE;
        }
        String header = ((SlackApiException) failure).getResponse().header("Retry-After");
        try {
            Duration asked = Duration.ofSeconds(Long.parseLong(header == null ? "1" : header.strip()));
            return asked.isNegative() ? Duration.ZERO : (asked.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : asked);
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static String describe(Throwable failure) {
        if (failure instanceof SlackApiException api && api.getResponse() != null) {
            return "HTTP " + api.getResponse().code();
        }
        return String.valueOf(failure);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalArgumentException("no value");
    }
}
