package org.secplan.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.NeedToKnow;
import org.secplan.audience.PageLevels;
import org.secplan.base.Severity;
import org.secplan.check.Finding;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.Vocabulary;
import org.secplan.render.PageOutline;
import org.secplan.site.NarrativeSource;
import org.secplan.site.PlanPages;

/**
 * The checks of the narrative pages, against the whole plan: unknown levels, marks that cannot be applied, and text
 * that quotes or embeds an element classified above the page or section it stands in. A quote is the element's
 * identifier (a whole word) or its label — compared without regard to case or line breaks, as whole words, and only
 * when the label is distinctive: at least two words and ten characters, so that single ordinary words ("Staff",
 * "Fence") never count. Audiences and classification levels are not elements for this purpose: their identifiers
 * ("staff", "secret") are ordinary words of every plan's prose.
 *
 * <p>The findings stay in the full edition (they name pages and elements of any level). A quote is also a leak
 * for every edition that may read the text but not the element: {@link #publishedBy} gives those, so that a render
 * refuses to write such an edition at all.
 */
final class PageFindings {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+(?:[-'][\\p{L}\\p{N}_]+)*");
    private static final int LABEL_MIN_WORDS = 2;
    private static final int LABEL_MIN_CHARACTERS = 10;

    /** A quote of an element above the text that quotes it: published by editions reading {@code text} but not it. */
    private record Quote(Finding finding, ClassificationLevel text, ClassificationLevel quoted) {
    }

    /** A distinctive label, as lower-case words. */
    private record Label(String identifier, List<String> words, ClassificationLevel level) {
    }

    private final List<Finding> findings = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    /** @param needToKnow the plan classified: asked for only when the plan has narrative pages to check */
    PageFindings(PlanGraph plan, java.util.function.Supplier<NeedToKnow> needToKnow, PageOutline outline) {
        List<NarrativeSource> pages = PlanPages.read(plan.directory()).narrative();
        if (pages.isEmpty()) {
            return;
        }
        NeedToKnow ntk = needToKnow.get();
        Map<String, ClassificationLevel> identifiers = new HashMap<>();
        Map<String, List<Label>> labelsByFirstWord = new HashMap<>();
        for (Entity e : plan.entities()) {
            if (e.hasType(Vocabulary.sp("Audience")) || ntk.scheme().level(e.iri()).isPresent()) {
                continue;
            }
            ntk.classification().levelOf(e.iri()).ifPresent(l -> {
                identifiers.putIfAbsent(e.identifier(), l);
                List<String> words = words(e.label());
                if (!e.label().equals(e.identifier()) && words.size() >= LABEL_MIN_WORDS
                        && e.label().strip().length() >= LABEL_MIN_CHARACTERS) {
                    labelsByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                            .add(new Label(e.identifier(), words, l));
                }
            });
        }
        for (NarrativeSource page : pages) {
            PageLevels.Page p = outline.classify(page.content());
            String[] lines = page.content().split("\n", -1);
            for (String token : p.unknown()) {
                int line = lineOf(lines, token);
                findings.add(new Finding("page-classification-is-known", Severity.ERROR, "3.1", page.file(),
                        page.file(), page.file() + ":" + line + ": unknown classification level '" + token + "'; the "
                                + "page or section is treated as the highest level, " + ntk.scheme().highest().label()
                                + ", and appears only in the edition that reads everything", page.file(), line));
            }
            for (PageLevels.Problem problem : p.problems()) {
                findings.add(new Finding("page-classification-marks-apply", Severity.ERROR, "3.1", page.file(),
                        page.file(), page.file() + ":" + problem.line() + ": " + problem.message(), page.file(),
                        problem.line()));
            }
            for (int i = 0; i < lines.length; i++) {
                ClassificationLevel here = p.levelAt(i);
                identifierQuotes(page, lines[i], i + 1, here, identifiers);
                labelQuotes(page, lines, i, here, labelsByFirstWord);
            }
        }
    }

    /** Every finding about the pages, for the full check. */
    List<Finding> all() {
        return List.copyOf(findings);
    }

    /** The quotes an edition reading up to {@code max} would publish: the text is within it, the element is not. */
    List<Finding> publishedBy(ClassificationLevel max) {
        return quotes.stream().filter(q -> q.text().rank() <= max.rank() && q.quoted().rank() > max.rank())
                .map(Quote::finding).toList();
    }

    private void identifierQuotes(NarrativeSource page, String line, int number, ClassificationLevel here,
                                  Map<String, ClassificationLevel> identifiers) {
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            String id = m.group().replaceAll("[.]+$", "");
            ClassificationLevel level = identifiers.get(id);
            if (level == null || level.rank() <= here.rank()) {
                continue;
            }
            boolean embeds = line.contains("entity:" + id + "[") || line.contains("trace::" + id + "[")
                    || line.matches(".*query::.*\\b" + Pattern.quote(id) + "\\b.*");
            Finding f = new Finding(embeds ? "page-embeds-above-level" : "page-quotes-above-level",
                    Severity.ERROR, "3.1", page.file(), page.file(),
                    page.file() + ":" + number + ": " + (embeds ? "embeds" : "quotes") + " '" + id
                            + "', which is classified " + level.label() + ", in text classified " + here.label()
                            + (embeds ? "; lower editions show it as 'withheld'"
                                    : "; readers of " + here.label() + " would see the identifier"),
                    page.file(), number);
            findings.add(f);
            if (!embeds) {
                quotes.add(new Quote(f, here, level));
            }
        }
    }

    /** Labels quoted on the line, a label's later words allowed to run on to the next lines. */
    private void labelQuotes(NarrativeSource page, String[] lines, int index, ClassificationLevel here,
                             Map<String, List<Label>> labelsByFirstWord) {
        List<String> words = words(lines[index]);
        if (words.isEmpty()) {
            return;
        }
        List<String> ahead = new ArrayList<>(words);
        for (int k = index + 1; k < lines.length && k <= index + 3; k++) {
            ahead.addAll(words(lines[k]));
        }
        Set<String> reported = new HashSet<>();
        for (int w = 0; w < words.size(); w++) {
            for (Label label : labelsByFirstWord.getOrDefault(words.get(w), List.of())) {
                if (label.level().rank() <= here.rank() || w + label.words().size() > ahead.size()
                        || !ahead.subList(w, w + label.words().size()).equals(label.words())
                        || !reported.add(label.identifier())) {
                    continue;
                }
                Finding f = new Finding("page-quotes-above-level", Severity.ERROR, "3.1", page.file(), page.file(),
                        page.file() + ":" + (index + 1) + ": quotes the label of '" + label.identifier()
                                + "', which is classified " + label.level().label() + ", in text classified "
                                + here.label() + "; readers of " + here.label() + " would see it",
                        page.file(), index + 1);
                findings.add(f);
                quotes.add(new Quote(f, here, label.level()));
            }
        }
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int lineOf(String[] lines, String token) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(token) && lines[i].contains("classif")) {
                return i + 1;
            }
        }
        return 1;
    }
}
