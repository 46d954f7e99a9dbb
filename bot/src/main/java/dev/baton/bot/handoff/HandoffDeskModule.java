package dev.baton.bot.handoff;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import dev.baton.bot.conversation.Surface;

/**
 * The bot's side of handoffs. Binds {@link HandoffCoordinator}, {@link HandoffNotices} and the
 * {@link SlaPager}, and declares the sets other modules add to: {@link StaffDesk}s (where staff work
 * requests), a {@link RequesterChannel} per {@link Surface}, and {@link ResolutionListener}s. Needs the handoff
 * module's service and stores, the ConversationStore and a Clock; reads no settings of its own.
 */
public final class HandoffDeskModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), StaffDesk.class);
        Multibinder.newSetBinder(binder(), ResolutionListener.class);
        MapBinder.newMapBinder(binder(), Surface.class, RequesterChannel.class);
        bind(HandoffNotices.class).in(Singleton.class);
        bind(HandoffCoordinator.class).in(Singleton.class);
        bind(SlaPager.class).in(Singleton.class);
    }
}
