package org.gsoia.workflow.audit;

import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being served (the browser's for the UI, the caller's for the REST
 * APIs). Behind a reverse proxy it is the client's own address as long as {@code server.forward-headers-strategy}
 * is set and the proxy is trusted; empty outside a request (job executor, start-up).
 */
public final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            if (address != null && !address.isBlank()) {
                return Optional.of(address.length() <= MAX_LENGTH ? address : address.substring(0, MAX_LENGTH));
            }
        }
        return Optional.empty();
    }
}
