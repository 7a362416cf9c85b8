package org.secplan.query;

import org.secplan.base.SecplanException;

/** A query that cannot be run: a syntax error, or something the safety rules refuse. */
public class QueryRejectedException extends SecplanException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String reason;

    public QueryRejectedException(String message) {
        super(message);
        this.line = 0;
        this.column = 0;
        this.reason = message;
    }

    /**
     * A refusal at a place in the query text; the message names the place, {@link #reason()} does not (for a
     * report that gives the place as {@code file:line:col} already).
     */
    QueryRejectedException(String reason, int line, int column, String placed) {
        super(placed);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The line (from 1) of the query text the refusal is about; 0 when it is about the whole query. */
    public int line() {
        return line;
    }

    /** The column (from 1) on {@link #line()}; 0 when not known. */
    public int column() {
        return column;
    }

    /** The message without the place. */
    public String reason() {
        return reason;
    }
}
