package org.gsoia.workflow.visit.api;

import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequestChangedException;

/**
 * A request's version as an HTTP entity tag: GET and PUT answer with {@code ETag: "7"}; a client that sends it back
 * in {@code If-Match} has its amendment or cancellation refused (412) when the request changed meanwhile, instead
 * of overwriting a change it never saw.
 */
final class Versions {

    private Versions() {
    }

    static String etag(VisitRequest request) {
        return "\"" + request.getVersion() + "\"";
    }

    /** The version an If-Match header names; null without one (or for {@code *}). */
    static Integer expected(String reference, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException unknownTag) {
            // a tag we never issued cannot match the current version
            throw new VisitRequestChangedException(reference);
        }
    }
}
