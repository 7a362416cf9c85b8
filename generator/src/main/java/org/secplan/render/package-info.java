/**
 * Turning a planned {@link org.secplan.site.Site} into HTML: {@link org.secplan.render.AsciidocConverter} (one
 * Asciidoctor engine per run, SECURE, locked attributes, the plan macros registered as instances with the plan
 * injected), {@link org.secplan.render.HtmlPostProcessor} (Jsoup DOM only: sanitizing, page shell, navigation,
 * link rewriting and checking, search documents) and {@link org.secplan.render.SiteRenderer}, which runs the
 * pipeline and hands the files to {@link org.secplan.site.SiteWriter}. Only this package touches AsciidoctorJ and
 * Jsoup.
 */
package org.secplan.render;
