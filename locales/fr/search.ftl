nav-search = Recherche
search-title = Recherche
search-intro = Trouvez des leçons, des termes du glossaire, des guides, des publications et des bonnes pratiques en anglais, en français, en espagnol et en arabe.
search-label = Mots à rechercher
search-button = Rechercher
search-selected-filters = Filtres appliqués
search-selected-filter = { $facet } : { $value }
search-remove-filter = (retirer ce filtre)
search-no-results = Aucun résultat
search-no-results-hint = Essayez avec moins de mots ou d’autres mots, ou retirez un filtre.
search-result-count = { $count ->
    [one] Un résultat
   *[other] { $count } résultats
}
search-draft = Brouillon
search-found-in-language = version trouvée : { $language }
search-pages = Pages de résultats
search-previous-page = Page précédente
search-next-page = Page suivante
search-page-of = Page { $page } sur { $pages }
search-refine = Affiner
search-facet-kind = Type
search-facet-theme = Thème
search-facet-region = Région
search-facet-country = Pays
search-facet-lang = Langue
search-facet-year = Année
search-facet-sdg = Cible des ODD
search-sdg-target = Cible { $target } des ODD
search-kind-lesson = Leçon
search-kind-term = Terme du glossaire
search-kind-guide = Guide
search-kind-publication = Publication
search-kind-practice = Bonne pratique
