package org.secplan.plan;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites RIOT's parser messages into sentences a newcomer to Turtle understands. */
final class MessageTranslator {

    private record Rule(Pattern pattern, Function<Matcher, String> rewrite) {
    }

    private static final List<Rule> RULES = List.of(
            rule("(?:Undefined prefix|Unresolved prefixed name|Unknown prefix):\\s*'?([^':\\s]*):?.*",
                    m -> "unknown prefix '" + m.group(1) + "' (declare it with @prefix " + m.group(1)
                            + ": <...> . at the top of the file)"),
            rule("Lexical form '(.*)' not valid for datatype XSD (.*)",
                    m -> "'" + m.group(1) + "' is not a valid xsd:" + m.group(2) + example("xsd:" + m.group(2))),
            rule("Lexical form '(.*)' not valid for datatype (.*)",
                    m -> "'" + m.group(1) + "' is not a valid " + shortType(m.group(2))
                            + example(shortType(m.group(2)))),
            rule("Ill-formed literal: \"(.*)\"\\^\\^(.*)",
                    m -> "'" + m.group(1) + "' is not a valid " + shortType(m.group(2))
                            + example(shortType(m.group(2)))),
            rule("[Ff]ailed to find a prefix name or keyword: (.)\\(.*",
                    m -> "unexpected character '" + m.group(1) + "': it is not part of any Turtle term"),
            rule("Triples not terminated by DOT", m -> "statement not ended: a '.' is missing before this point"),
            rule("Triples not terminated properly in \\[\\]-list",
                    m -> "a [ ... ] block is not closed: ']' is missing before this point"),
            rule("Unrecognized \\(expected an RDF Term\\): \\[DOT\\]",
                    m -> "expected a value (an IRI, a prefixed name, a literal or [ ... ]) but found '.'"),
            rule("Unrecognized \\(expected an RDF Term\\): (.*)",
                    m -> "expected a value (an IRI, a prefixed name, a literal or [ ... ]) but found " + m.group(1)),
            rule("[Bb]roken token \\(newline in string\\).*",
                    m -> "a string is not closed: the closing quote is missing (use \"\"\"...\"\"\" for text over "
                            + "several lines)"),
            rule("Expected BNode or IRI: Got: (.*)",
                    m -> "expected a subject (an IRI like :name or <...>) but found " + m.group(1)),
            rule("Unexpected token .*(EOF|\\[EOF\\]).*", m -> "the file ends in the middle of a statement"),
            rule("Broken IRI.*: (.*)", m -> "broken IRI: " + m.group(1)),
            rule("Bad IRI: (.*)", m -> "bad IRI: " + m.group(1)));

    private static Rule rule(String regex, Function<Matcher, String> rewrite) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), rewrite);
    }

    String translate(String riotMessage) {
        String message = riotMessage == null ? "unreadable Turtle" : riotMessage.strip();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(message);
            if (m.matches()) {
                return rule.rewrite().apply(m);
            }
        }
        return message.isEmpty() ? "unreadable Turtle" : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String shortType(String datatype) {
        String t = datatype.strip();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.replace("http://www.w3.org/2001/XMLSchema#", "xsd:");
    }

    private static String example(String type) {
        return switch (type) {
            case "xsd:date" -> " (write dates as \"2026-11-01\"^^xsd:date)";
            case "xsd:duration" -> " (write durations as \"P1Y\", \"P6M\" or \"P3M\")";
            case "xsd:integer" -> " (write whole numbers such as 3)";
            case "xsd:boolean" -> " (write true or false)";
            default -> "";
        };
    }
}
