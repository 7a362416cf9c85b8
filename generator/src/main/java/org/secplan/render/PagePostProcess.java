package org.secplan.render;

import org.secplan.site.Page;

/** The post-processing step of a converted page, and a digest of what it reads besides the body (the page's shell). */
interface PagePostProcess {
    String shellDigest(Page page);

    ProcessedPage process(Page page, String body);
}
