nav-search = Search
search-title = Search
search-intro = Find lessons, glossary terms, guides, publications and good practices in English, French, Spanish and Arabic.
search-label = Words to search for
search-button = Search
search-selected-filters = Filters in use
search-selected-filter = { $facet }: { $value }
search-remove-filter = (remove this filter)
search-no-results = Nothing found
search-no-results-hint = Try fewer or other words, or remove a filter.
search-result-count = { $count ->
    [one] One result
   *[other] { $count } results
}
search-draft = Draft
search-found-in-language = found in { $language }
search-pages = Result pages
search-previous-page = Previous page
search-next-page = Next page
search-page-of = Page { $page } of { $pages }
search-refine = Refine
search-facet-kind = Kind
search-facet-theme = Theme
search-facet-region = Region
search-facet-country = Country
search-facet-lang = Language
search-facet-year = Year
search-facet-sdg = SDG target
search-sdg-target = SDG { $target }
search-kind-lesson = Lesson
search-kind-term = Glossary term
search-kind-guide = Guide
search-kind-publication = Publication
search-kind-practice = Good practice
