/**
 * What the plan site holds, decided without rendering anything: {@link org.secplan.site.SitePlanner} turns a plan
 * graph and its check report into a {@link org.secplan.site.Site} of {@link org.secplan.site.Page}s whose bodies are
 * AsciiDoc, and {@link org.secplan.site.SiteWriter} is the one class that writes a finished site to disk (built
 * beside the target, verified, swapped in). This package reads the graph only through SPARQL and the entity list;
 * it never imports Jena, Asciidoctor or Jsoup.
 */
package org.secplan.site;
