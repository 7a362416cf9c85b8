package org.secplan.query;

import org.secplan.base.SecplanException;

/** A query that cannot be run: a syntax error, or something the safety rules refuse. */
public class QueryRejectedException extends SecplanException {
    private static final long serialVersionUID = 1L;

    public QueryRejectedException(String message) {
        super(message);
    }
}
