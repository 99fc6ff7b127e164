package dev.hkfilings.connect.feed;

import java.util.List;

/**
 * One page of a listing, parsed.
 *
 * @param pageCount how many pages the listing has (maxNumOfFile), 1 when not said
 * @param more whether the title search has rows beyond those returned
 * @param shapeProblems how the page differed from the known shape (empty when it did not)
 */
public record FeedPage(List<FeedEntry> entries, int pageCount, boolean more, List<String> shapeProblems) {
}
