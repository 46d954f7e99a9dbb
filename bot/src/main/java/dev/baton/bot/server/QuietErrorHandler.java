package dev.baton.bot.server;

import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The last resort for errors no servlet handled: the caller gets the status and its standard
 * reason, never the exception, its message or a stack trace (those go to the log).
 */
final class QuietErrorHandler extends ErrorHandler {
    QuietErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        super.generateResponse(request, response, code, HttpStatus.getMessage(code), null, callback);
    }
}
